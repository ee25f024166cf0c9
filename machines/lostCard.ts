import { and, assign, setup } from "xstate";
import { deliveryDecision } from "~/domain/card/delivery";
import { automaticCardComing, hasCardWritingBlock, hasKelaIdentifier, hasNoName, insuranceNotSettled, holdsIdCard, holdsValidPhotoCard } from "~/domain/card/eligibility";
import {
  answerAcceptable,
  answersComplete,
  applyAnswer,
  canVisit,
  chosenCardIsComplaint,
  JOURNEY_STEPS,
  noAnswers,
  type JourneyContext,
  type JourneyEvent,
  type JourneyInput,
  type JourneyStep,
} from "./lostCardJourney";

export * from "./lostCardJourney";

/** Bumped when the states change shape: drafts of an older version start over. */
export const LOST_CARD_MACHINE_VERSION = 1;

type Args = { context: JourneyContext; event: JourneyEvent };
const facts = (args: Args) => (args.event.type === "REGISTER" ? args.event.facts : args.context.facts);
const withFacts = (args: Args) => (args.event.type === "REGISTER" ? args.event.facts : null);

/**
 * The new-card journey for one person (input.targetId), run on the server:
 * every POST sends one event to the persisted snapshot and the page redirects
 * to the URL of the new state. Each request first sends REGISTER with fresh
 * register facts (C-DATA-1), so eligibility is decided before any question and
 * again at every step. The browser may run the same machine for instant
 * feedback; it is never the authority.
 */
export const lostCardMachine = setup({
  types: {} as { context: JourneyContext; events: JourneyEvent; input: JourneyInput },
  guards: {
    // Eligibility and authority, before any question (both come with REGISTER, fresh on every request).
    C_ELIG_5_kelaIdentifier: (args) => !!withFacts(args) && hasKelaIdentifier(withFacts(args)!),
    C_ELIG_2_insuranceNotSettled: (args) => !!withFacts(args) && insuranceNotSettled(withFacts(args)!),
    C_ELIG_3_noName: (args) => !!withFacts(args) && hasNoName(withFacts(args)!),
    C_ELIG_4_cardWritingBlock: (args) => !!withFacts(args) && hasCardWritingBlock(withFacts(args)!),
    C_AUTO_1_automaticCardComing: (args) => !!withFacts(args) && automaticCardComing(withFacts(args)!),
    /** From the acting context (issue 5): under 15, a guardian applies. */
    C_AUTH_5_needsGuardian: ({ event }) => event.type === "REGISTER" && event.mayApply === false,
    C_PHOTO_1_validPhotoCard: (args) => !!facts(args) && holdsValidPhotoCard(facts(args)!.cards, facts(args)!.today),
    C_IDCARD_1_idCard: (args) => !!facts(args) && holdsIdCard(facts(args)!.cards),
    // Answers.
    acceptable: ({ context, event }) => answerAcceptable(context, event),
    isLost: ({ event }) => event.type === "ANSWER_REASON" && event.reason === "lost",
    isDefective: ({ event }) => event.type === "ANSWER_REASON" && event.reason === "defective",
    isDataChanged: ({ event }) => event.type === "ANSWER_REASON" && event.reason === "data-changed",
    dataNotCorrected: ({ event }) => event.type === "ANSWER_DATA_CORRECTED" && !event.corrected,
    wantsSooner: ({ event }) => event.type === "ANSWER_URGENCY" && event.urgent,
    addressIncorrect: ({ event }) => event.type === "ANSWER_ADDRESS" && event.address === "incorrect",
    C_TEMP_2_ktMarking: ({ context }) => !!context.facts?.ktMarking,
    C_DEFECT_1_withinComplaintWindow: ({ context }) => chosenCardIsComplaint(context),
    /** After "check your answers" was reached, an answer that completes the application leads back there. */
    returnToCheck: ({ context, event }) => context.reachedCheck && answersComplete({ ...context, answers: applyAnswer(context.answers, event) }),
    stepVisitable: ({ context, event }, params: { step: JourneyStep }) => event.type === "GOTO" && event.step === params.step && canVisit(params.step, context),
    readyToSubmit: ({ context }) => context.mayApply && answersComplete(context),
    C_DELIV_4_manualHandling: ({ context }) => !!context.facts && deliveryDecision(context.facts).method === "manual",
  },
  actions: {
    storeFacts: assign({
      facts: (args) => withFacts(args) ?? args.context.facts,
      mayApply: ({ context, event }) => (event.type === "REGISTER" ? event.mayApply !== false : context.mayApply),
    }),
    storeAnswer: assign({ answers: ({ context, event }) => applyAnswer(context.answers, event) }),
    markReachedCheck: assign({ reachedCheck: true }),
  },
}).createMachine({
  id: "lostCard",
  initial: "eligibility",
  context: ({ input }) => ({ actorId: input.actorId, targetId: input.targetId, facts: null, mayApply: true, answers: noAnswers, reachedCheck: false }),
  on: {
    // Mid-journey, fresh facts may still stop it (insurance ended, a card is coming automatically).
    REGISTER: [...stopTransitions(), { actions: "storeFacts" }],
    // Back button and Change links: any step whose prerequisites are answered.
    GOTO: JOURNEY_STEPS.map((step) => ({ guard: { type: "stepVisitable" as const, params: { step } }, target: `#lostCard.${step}` })),
  },
  states: {
    eligibility: { on: { REGISTER: startTransitions() } },
    askGuardian: { on: { REGISTER: startTransitions() } },
    kelaIdentifier: { on: { REGISTER: startTransitions() } },
    notInsured: { on: { REGISTER: startTransitions() } },
    noName: { on: { REGISTER: startTransitions() } },
    cardWritingBlock: { on: { REGISTER: startTransitions() } },
    automaticCard: { on: { REGISTER: startTransitions() } },
    olderCard: { on: { CONTINUE: "reason" } },
    reason: {
      on: {
        ANSWER_REASON: [
          { guard: and(["acceptable", "isLost"]), target: "lossExplanation", actions: "storeAnswer" },
          { guard: and(["acceptable", "isDefective"]), target: "defectiveCard", actions: "storeAnswer" },
          { guard: and(["acceptable", "isDataChanged"]), target: "dataChanged", actions: "storeAnswer" },
          { guard: and(["acceptable", "returnToCheck"]), target: "check", actions: "storeAnswer" },
          { guard: "acceptable", target: "urgency", actions: "storeAnswer" },
        ],
      },
    },
    lossExplanation: {
      on: {
        ANSWER_LOSS: [
          { guard: and(["acceptable", "returnToCheck"]), target: "check", actions: "storeAnswer" },
          { guard: "acceptable", target: "urgency", actions: "storeAnswer" },
        ],
      },
    },
    defectiveCard: { on: { ANSWER_DEFECTIVE_CARD: { guard: "acceptable", target: "defectiveOutcome", actions: "storeAnswer" } } },
    defectiveOutcome: {
      initial: "deciding",
      states: {
        deciding: { always: [{ guard: "C_DEFECT_1_withinComplaintWindow", target: "complaint" }, { target: "normalOrder" }] },
        complaint: {},
        normalOrder: {},
      },
      on: { CONTINUE: [{ guard: "returnToCheck", target: "check" }, { target: "urgency" }] },
    },
    dataChanged: {
      on: {
        ANSWER_DATA_CORRECTED: [
          { guard: "dataNotCorrected", target: "dataNotCorrected", actions: "storeAnswer" },
          { guard: "returnToCheck", target: "check", actions: "storeAnswer" },
          { target: "urgency", actions: "storeAnswer" },
        ],
      },
    },
    dataNotCorrected: {},
    urgency: {
      on: {
        ANSWER_URGENCY: [
          { guard: and(["wantsSooner", "C_TEMP_2_ktMarking"]), target: "noTemporaryCertificate", actions: "storeAnswer" },
          { guard: "wantsSooner", target: "temporaryCertificate", actions: "storeAnswer" },
          { guard: "returnToCheck", target: "check", actions: "storeAnswer" },
          { target: "delivery", actions: "storeAnswer" },
        ],
      },
    },
    temporaryCertificate: { on: { CONTINUE: [{ guard: "returnToCheck", target: "check" }, { target: "delivery" }] } },
    noTemporaryCertificate: { on: { CONTINUE: [{ guard: "returnToCheck", target: "check" }, { target: "delivery" }] } },
    delivery: {
      on: {
        ANSWER_ADDRESS: [
          { guard: and(["acceptable", "addressIncorrect"]), target: "addressIncorrect", actions: "storeAnswer" },
          { guard: "acceptable", target: "check", actions: "storeAnswer" },
        ],
      },
    },
    addressIncorrect: {},
    check: {
      entry: "markReachedCheck",
      on: {
        SUBMIT: [
          { guard: and(["readyToSubmit", "C_DELIV_4_manualHandling"]), target: "manualHandling" },
          { guard: "readyToSubmit", target: "ordered" },
        ],
      },
    },
    /** Sent as a card order (C-DELIV-1..3). */
    ordered: { type: "final" },
    /** Sent to Kela's staff as a manual-handling case (C-DELIV-4). */
    manualHandling: { type: "final" },
  },
});

/**
 * The rules that stop the journey, in the order told: no card at all
 * (C-ELIG-2..5), none needed (C-AUTO-1), then who may apply (C-AUTH-5).
 */
function stopTransitions() {
  return [
    { guard: "C_ELIG_5_kelaIdentifier", target: "#lostCard.kelaIdentifier", actions: "storeFacts" },
    { guard: "C_ELIG_2_insuranceNotSettled", target: "#lostCard.notInsured", actions: "storeFacts" },
    { guard: "C_ELIG_3_noName", target: "#lostCard.noName", actions: "storeFacts" },
    { guard: "C_ELIG_4_cardWritingBlock", target: "#lostCard.cardWritingBlock", actions: "storeFacts" },
    { guard: "C_AUTO_1_automaticCardComing", target: "#lostCard.automaticCard", actions: "storeFacts" },
    { guard: "C_AUTH_5_needsGuardian", target: "#lostCard.askGuardian", actions: "storeFacts" },
  ] as const;
}

/** From the start, or a stop page: decide again where the journey begins. */
function startTransitions() {
  return [
    ...stopTransitions(),
    { guard: "C_PHOTO_1_validPhotoCard", target: "#lostCard.olderCard", actions: "storeFacts" },
    { guard: "C_IDCARD_1_idCard", target: "#lostCard.olderCard", actions: "storeFacts" },
    { target: "#lostCard.reason", actions: "storeFacts" },
  ] as const;
}

export type LostCardMachine = typeof lostCardMachine;
