import { useActorRef } from "@xstate/react";
import { useEffect, useState } from "react";
import { transition } from "xstate";
import { LOSS_EXPLANATION_MAX, lossExplanationProblem } from "~/domain/card/answers";
import type { TFunction } from "~/i18n/translate";
import { useT } from "~/i18n/useT";
import { lostCardMachine, JOURNEY_STEPS, type JourneyStep, type Step } from "../../../machines/lostCard";
import { eventFromForm } from "../../../machines/lostCardForms";
import { formErrorText } from "./errors";
import type { StepView } from "./steps/types";

type Snapshot = ReturnType<typeof lostCardMachine.resolveState>;

/**
 * The browser's copy of the journey machine (@xstate/react), started from
 * the server's snapshot at this page's step. It previews where the answer in
 * the form leads; the server stays the authority and decides on submit.
 */
export default function LiveFeedback({ formId, step, journey }: { formId: string; step: Step; journey: StepView["journey"] }) {
  const t = useT();
  const actor = useActorRef(lostCardMachine, {
    input: { actorId: journey.context.actorId, targetId: journey.context.targetId },
    snapshot: lostCardMachine.getPersistedSnapshot(atStep(journey, step)) as Snapshot,
  });
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const update = () => {
      const values: Record<string, string> = {};
      new FormData(form).forEach((value, name) => {
        if (typeof value === "string") values[name] = value;
      });
      setMessage(feedback(t, step, values, actor.getSnapshot() as Snapshot));
    };
    update();
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    return () => {
      form.removeEventListener("input", update);
      form.removeEventListener("change", update);
    };
  }, [formId, step, actor, t]);
  return message ? <p className="live-feedback__message">{message}</p> : null;
}

/** The server's snapshot moved to the page's own step (the back button may show an earlier one). */
function atStep(journey: StepView["journey"], step: Step): Snapshot {
  const snapshot = lostCardMachine.resolveState(journey as Parameters<typeof lostCardMachine.resolveState>[0]);
  if (!(JOURNEY_STEPS as readonly string[]).includes(step)) return snapshot;
  return transition(lostCardMachine, snapshot, { type: "GOTO", step: step as JourneyStep })[0];
}

function feedback(t: TFunction, step: Step, values: Record<string, string>, snapshot: Snapshot): string | null {
  if (step === "lossExplanation") {
    // C-LOST-1: say at once if the text cannot be accepted, otherwise how much room is left.
    const text = values.explanation ?? "";
    if (!text.trim()) return null;
    const problem = lossExplanationProblem(text);
    if (problem === "containsHetu") return formErrorText(t, "explanationHetu");
    if (problem === "tooLong") return formErrorText(t, "explanationTooLong");
    return t("card:live.charactersLeft", { count: LOSS_EXPLANATION_MAX - text.trim().length });
  }
  const parsed = eventFromForm(step, values, snapshot.context);
  if (!parsed.ok) return null;
  const [next] = transition(lostCardMachine, snapshot, parsed.event);
  const value = next.value;
  if (typeof value === "object" && "defectiveOutcome" in value) {
    // C-DEFECT-1
    return value.defectiveOutcome === "complaint" ? t("card:live.complaint") : t("card:live.normalOrder");
  }
  switch (value) {
    case "lossExplanation":
      return t("card:live.nextLost");
    case "defectiveCard":
      return t("card:live.nextDefective");
    case "dataChanged":
      return t("card:live.nextDataChanged");
    case "dataNotCorrected":
      return t("card:live.dataNotCorrected");
    case "temporaryCertificate":
      return t("card:live.temporaryCertificate");
    case "noTemporaryCertificate":
      return t("card:live.noTemporaryCertificate");
    case "addressIncorrect":
      return t("card:live.addressIncorrect");
    default:
      return null;
  }
}
