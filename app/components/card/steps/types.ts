import type { Address } from "~/contracts/kela-api";
import type { DeliveryDecision } from "~/domain/card/delivery";
import type { CardFact, CardFacts } from "~/domain/card/facts";
import type { TemporaryCertificateAdvice } from "~/domain/card/temporary";
import type { Answers, CardApplication, JourneyContext, Step } from "../../../../machines/lostCardJourney";

/** What a journey page gets from its loader: the step, the answers so far and what the rules say. */
export type StepView = {
  step: Step;
  answers: Answers;
  facts: CardFacts;
  /** The persisted machine snapshot, for the browser's instant checks (never trusted back). */
  journey: { value: unknown; context: JourneyContext };
  /** Register data of the person the card is for (C-DATA-1), read-only. */
  person: { name: string | null; identityCode: string | null; address: Address | null };
  delivery: DeliveryDecision;
  /** C-DEFECT-1: the cards that can be reported defective, with what replacing each would be. */
  defectCards: (Pick<CardFact, "id" | "type" | "orderedOn"> & { complaint: boolean })[];
  temporary: TemporaryCertificateAdvice;
  /** C-DELIV-5: about two weeks from today. */
  estimatedDelivery: string;
  olderCards: { photo: boolean; idCard: boolean; markings: CardFact["photoCardMarkings"] };
  /** On "check your answers": the application as it would be sent, and the draft it closes. */
  application: CardApplication | null;
  draftId: string | null;
};

export type StepProps = { view: StepView; errors?: Record<string, string>; values?: Record<string, string> };
