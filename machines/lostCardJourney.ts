import { isReason, lossExplanationProblem, type Reason } from "~/domain/card/answers";
import { defectCandidates, isComplaint } from "~/domain/card/defect";
import { deliveryDecision, type DeliveryDecision } from "~/domain/card/delivery";
import { eligibilityOf, holdsIdCard, holdsValidPhotoCard } from "~/domain/card/eligibility";
import type { CardFacts } from "~/domain/card/facts";

/**
 * The new-card journey's data and rules, without XState: the machine
 * (lostCard.ts) uses these for its guards and actions, and pages use them to
 * decide what a step shows. Pure, so the browser can run them too.
 */

export { STEP_SLUGS, stepOfSlug, type Step, type StepSlug } from "./lostCardSteps";
import type { Step } from "./lostCardSteps";

/** Steps inside the journey that the user may go back to (GOTO); stop pages are reached only by the rules. */
export const JOURNEY_STEPS = [
  "olderCard",
  "reason",
  "lossExplanation",
  "defectiveCard",
  "defectiveOutcome",
  "dataChanged",
  "dataNotCorrected",
  "urgency",
  "temporaryCertificate",
  "noTemporaryCertificate",
  "delivery",
  "addressIncorrect",
  "check",
] as const satisfies readonly Step[];
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/** The answer to "is this your address?"; "no-address" when the register has none (C-DELIV-4). */
export type AddressAnswer = "confirmed" | "incorrect" | "no-address";

export type Answers = {
  reason: Reason | null;
  lossExplanation: string | null;
  defectiveCardId: string | null;
  dataCorrected: boolean | null;
  urgent: boolean | null;
  address: AddressAnswer | null;
};

export const noAnswers: Answers = {
  reason: null,
  lossExplanation: null,
  defectiveCardId: null,
  dataCorrected: null,
  urgent: null,
  address: null,
};

/**
 * The machine's input: who acts (the signed-in person) and whom the card is
 * for. The card is always for the target only (C-ELIG-6); today they are the
 * same person, with proxy authority (issue 5) they may differ.
 */
export type JourneyInput = { actorId: string; targetId: string };

export type JourneyContext = JourneyInput & {
  /** Fresh from the register on every request (C-DATA-1); null before the first look-up. */
  facts: CardFacts | null;
  /**
   * May the actor apply for the target in this context (decided by
   * requireActingContext on every request): false for someone under 15
   * applying alone (C-AUTH-5).
   */
  mayApply: boolean;
  answers: Answers;
  /** Once "check your answers" was reached, a changed answer leads back there. */
  reachedCheck: boolean;
};

export type JourneyEvent =
  | { type: "REGISTER"; facts: CardFacts; mayApply?: boolean }
  | { type: "GOTO"; step: JourneyStep }
  | { type: "ANSWER_REASON"; reason: Reason }
  | { type: "ANSWER_LOSS"; explanation: string }
  | { type: "ANSWER_DEFECTIVE_CARD"; cardId: string }
  | { type: "ANSWER_DATA_CORRECTED"; corrected: boolean }
  | { type: "ANSWER_URGENCY"; urgent: boolean }
  | { type: "ANSWER_ADDRESS"; address: AddressAnswer }
  | { type: "CONTINUE" }
  | { type: "SUBMIT" };

/** The answers after an event (a new reason clears the answers that belonged to the old one). */
export function applyAnswer(answers: Answers, event: JourneyEvent): Answers {
  switch (event.type) {
    case "ANSWER_REASON":
      return event.reason === answers.reason
        ? answers
        : { ...answers, reason: event.reason, lossExplanation: null, defectiveCardId: null, dataCorrected: null };
    case "ANSWER_LOSS":
      return { ...answers, lossExplanation: event.explanation.trim() };
    case "ANSWER_DEFECTIVE_CARD":
      return { ...answers, defectiveCardId: event.cardId };
    case "ANSWER_DATA_CORRECTED":
      return { ...answers, dataCorrected: event.corrected };
    case "ANSWER_URGENCY":
      return { ...answers, urgent: event.urgent };
    case "ANSWER_ADDRESS":
      return { ...answers, address: event.address };
    default:
      return answers;
  }
}

export const isEligible = (facts: CardFacts | null): facts is CardFacts => !!facts && eligibilityOf(facts).kind === "eligible";

/** C-PHOTO-1, C-IDCARD-1: holders of older cards get their own explanation first. */
export const holdsOlderCard = (facts: CardFacts) => holdsValidPhotoCard(facts.cards, facts.today) || holdsIdCard(facts.cards);

/** The defective card chosen, if it is still one of the person's cards in use. */
export function chosenDefectiveCard(context: Pick<JourneyContext, "facts" | "answers">) {
  const id = context.answers.defectiveCardId;
  return id && context.facts ? (defectCandidates(context.facts.cards).find((c) => c.id === id) ?? null) : null;
}

/** C-DEFECT-1 for the chosen card: within 60 days of ordering it is a complaint. */
export function chosenCardIsComplaint(context: Pick<JourneyContext, "facts" | "answers">): boolean {
  const card = chosenDefectiveCard(context);
  return !!card && !!context.facts && isComplaint(card, context.facts.today);
}

/** The reason and what it needs: an explanation (C-LOST-1), which card (C-DEFECT-1), corrected data (C-DATA-1). */
export function reasonComplete(context: Pick<JourneyContext, "facts" | "answers">): boolean {
  const { answers } = context;
  switch (answers.reason) {
    case "lost":
      return answers.lossExplanation !== null && lossExplanationProblem(answers.lossExplanation) === null;
    case "defective":
      return chosenDefectiveCard(context) !== null;
    case "data-changed":
      return answers.dataCorrected === true;
    case "damaged":
      return true;
    default:
      return false;
  }
}

/** The register address may be used as answered (C-DATA-1): confirmed, or none to confirm. */
export function addressAnswered(facts: CardFacts, address: AddressAnswer | null): boolean {
  return facts.address === "missing" ? address === "no-address" : address === "confirmed";
}

export function answersComplete(context: Pick<JourneyContext, "facts" | "answers">): boolean {
  const { facts, answers } = context;
  return isEligible(facts) && reasonComplete(context) && answers.urgent !== null && addressAnswered(facts, answers.address);
}

/**
 * Whether a page of the journey may be shown now (the back button, a Change
 * link): its questions' prerequisites are answered. Anything else redirects
 * to the current step.
 */
export function canVisit(step: Step, context: Pick<JourneyContext, "facts" | "answers" | "mayApply">): step is JourneyStep {
  const { facts, answers } = context;
  if (!context.mayApply || !isEligible(facts)) return false;
  const urgencyOpen = reasonComplete(context);
  const deliveryOpen = urgencyOpen && answers.urgent !== null;
  switch (step) {
    case "olderCard":
      return holdsOlderCard(facts);
    case "reason":
      return true;
    case "lossExplanation":
      return answers.reason === "lost";
    case "defectiveCard":
      return answers.reason === "defective";
    case "defectiveOutcome":
      return answers.reason === "defective" && chosenDefectiveCard(context) !== null;
    case "dataChanged":
      return answers.reason === "data-changed";
    case "dataNotCorrected":
      return answers.reason === "data-changed" && answers.dataCorrected === false;
    case "urgency":
      return urgencyOpen;
    case "temporaryCertificate":
      return urgencyOpen && answers.urgent === true && !facts.ktMarking;
    case "noTemporaryCertificate":
      return urgencyOpen && answers.urgent === true && facts.ktMarking;
    case "delivery":
      return deliveryOpen;
    case "addressIncorrect":
      return deliveryOpen && answers.address === "incorrect";
    case "check":
      return answersComplete(context);
    default:
      return false;
  }
}

/** Whether an answer event carries a valid answer for the person's current facts. */
export function answerAcceptable(context: Pick<JourneyContext, "facts" | "answers">, event: JourneyEvent): boolean {
  switch (event.type) {
    case "ANSWER_REASON":
      return isReason(event.reason);
    case "ANSWER_LOSS":
      return lossExplanationProblem(event.explanation) === null;
    case "ANSWER_DEFECTIVE_CARD":
      return chosenDefectiveCard({ facts: context.facts, answers: { ...context.answers, defectiveCardId: event.cardId } }) !== null;
    case "ANSWER_DATA_CORRECTED":
    case "ANSWER_URGENCY":
      return true;
    case "ANSWER_ADDRESS":
      return !!context.facts && (context.facts.address === "missing") === (event.address === "no-address");
    default:
      return false;
  }
}

/** What is sent to Kela: the order (or manual-handling case) built from the answers and fresh facts. */
export type CardApplication = {
  reason: Reason;
  lossExplanation: string | null;
  replacesCardId: string | null;
  /** C-DEFECT-1 */
  complaint: boolean;
  urgent: boolean;
  delivery: DeliveryDecision;
};

export function applicationOf(context: Pick<JourneyContext, "facts" | "answers">): CardApplication {
  const { facts, answers } = context;
  if (!facts || !answersComplete(context) || !answers.reason || answers.urgent === null) throw new Error("The application is not complete");
  return {
    reason: answers.reason,
    lossExplanation: answers.reason === "lost" ? answers.lossExplanation : null,
    replacesCardId: answers.reason === "defective" ? answers.defectiveCardId : null,
    complaint: answers.reason === "defective" && chosenCardIsComplaint(context),
    urgent: answers.urgent,
    delivery: deliveryDecision(facts),
  };
}
