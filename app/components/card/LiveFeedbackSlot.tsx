import { createContext, lazy, Suspense, useContext, useEffect, useState } from "react";
import type { Step } from "../../../machines/lostCardJourney";
import type { StepView } from "./steps/types";

/** The lazily loaded enhancement: XState and @xstate/react come only when the user starts answering. */
const LiveFeedback = lazy(() => import("./LiveFeedback"));

export type LiveJourney = { step: Step; journey: StepView["journey"] };
export const LiveJourneyContext = createContext<LiveJourney | null>(null);

/** Steps where instant feedback helps (the questions). */
const LIVE_STEPS: readonly Step[] = ["reason", "lossExplanation", "defectiveCard", "dataChanged", "urgency", "delivery"];

/**
 * A polite live region in the step's form. Without JavaScript it stays empty
 * and the server answers every submit. With JavaScript, the first focus or
 * input in the form loads the journey machine and shows what the answer
 * leads to before it is sent (the server still decides).
 */
export function LiveFeedbackSlot({ formId }: { formId: string }) {
  const live = useContext(LiveJourneyContext);
  const [active, setActive] = useState(false);
  const enabled = !!live && LIVE_STEPS.includes(live.step);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!enabled || active || !form) return;
    const wake = () => setActive(true);
    const types = ["focusin", "pointerdown", "input", "change"];
    types.forEach((type) => form.addEventListener(type, wake));
    return () => types.forEach((type) => form.removeEventListener(type, wake));
  }, [enabled, active, formId]);
  if (!enabled) return null;
  return (
    <div className="live-feedback" aria-live="polite" data-testid="live-feedback">
      {active && live ? (
        <Suspense fallback={null}>
          <LiveFeedback formId={formId} step={live.step} journey={live.journey} />
        </Suspense>
      ) : null}
    </div>
  );
}
