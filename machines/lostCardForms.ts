import { isReason, lossExplanationProblem, yesNo } from "~/domain/card/answers";
import { answerAcceptable, type JourneyContext, type JourneyEvent, type Step } from "./lostCardJourney";

/** Why a step's form was not accepted; each code has a message in locales (card:errors.*). */
export type FormErrorCode =
  | "reasonRequired"
  | "explanationRequired"
  | "explanationTooLong"
  | "explanationHetu"
  | "cardRequired"
  | "correctedRequired"
  | "urgentRequired"
  | "addressRequired";

export type FormParse =
  | { ok: true; event: JourneyEvent }
  | { ok: false; errors: Record<string, FormErrorCode> }
  /** The step has no form of its own (a stop page). */
  | { ok: false; errors: null };

const CONTINUE_STEPS: readonly Step[] = ["olderCard", "defectiveOutcome", "temporaryCertificate", "noTemporaryCertificate"];

/**
 * A step's form fields -> the one machine event it sends. The same function
 * validates on the server (the authority) and, lazily loaded, in the browser
 * for instant feedback; no schema library, so it costs the page nothing.
 */
export function eventFromForm(step: Step, values: Record<string, string | undefined>, context: Pick<JourneyContext, "facts" | "answers">): FormParse {
  if (CONTINUE_STEPS.includes(step)) return { ok: true, event: { type: "CONTINUE" } };
  if (step === "check") return { ok: true, event: { type: "SUBMIT" } };
  const accept = (event: JourneyEvent, field: string, code: FormErrorCode): FormParse =>
    answerAcceptable(context, event) ? { ok: true, event } : { ok: false, errors: { [field]: code } };
  switch (step) {
    case "reason": {
      const reason = values.reason;
      return isReason(reason) ? { ok: true, event: { type: "ANSWER_REASON", reason } } : { ok: false, errors: { reason: "reasonRequired" } };
    }
    case "lossExplanation": {
      const explanation = values.explanation ?? "";
      const problem = lossExplanationProblem(explanation);
      if (problem) return { ok: false, errors: { explanation: EXPLANATION_ERRORS[problem] } };
      return { ok: true, event: { type: "ANSWER_LOSS", explanation } };
    }
    case "defectiveCard":
      return accept({ type: "ANSWER_DEFECTIVE_CARD", cardId: values.cardId ?? "" }, "cardId", "cardRequired");
    case "dataChanged": {
      const corrected = yesNo(values.corrected);
      return corrected === null ? { ok: false, errors: { corrected: "correctedRequired" } } : { ok: true, event: { type: "ANSWER_DATA_CORRECTED", corrected } };
    }
    case "urgency": {
      const urgent = yesNo(values.urgent);
      return urgent === null ? { ok: false, errors: { urgent: "urgentRequired" } } : { ok: true, event: { type: "ANSWER_URGENCY", urgent } };
    }
    case "delivery": {
      // C-DATA-1: with no address in the register there is nothing to confirm (C-DELIV-4 decides).
      if (context.facts?.address === "missing") return { ok: true, event: { type: "ANSWER_ADDRESS", address: "no-address" } };
      const correct = yesNo(values.address);
      if (correct === null) return { ok: false, errors: { address: "addressRequired" } };
      return { ok: true, event: { type: "ANSWER_ADDRESS", address: correct ? "confirmed" : "incorrect" } };
    }
    default:
      return { ok: false, errors: null };
  }
}

const EXPLANATION_ERRORS = { required: "explanationRequired", tooLong: "explanationTooLong", containsHetu: "explanationHetu" } as const;
