import { assign, setup, type SnapshotFrom } from "xstate";
import type { Lang } from "~/i18n/languages";
import type { ContractIntent, TopicId, TopicKind } from "~/chat/intents";
import type { HandoffReason } from "~/chat/understand";

/**
 * A chat conversation. Pure: the server understands a message (app/chat),
 * sends one MESSAGE event to the snapshot it keeps in the database and writes
 * the reply the new state asks for.
 *
 *   greeting ──confident answer──▶ answering
 *      │  ──small talk──▶ greeting
 *      │  ──out of scope, a person asked for, abuse, injection──▶ handedOver
 *      └──not understood──▶ clarifying ──not understood again──▶ handedOver
 *   Every state takes the next MESSAGE the same way; RESET starts over.
 *
 * The context remembers the last question answered (its topic and its redacted, analysed text),
 * so that a follow-up ("and for my child?", "what about in Swedish?") can be read with it; small
 * talk and handovers leave it as it was, a message not understood forgets it.
 */
export type ChatTurn = {
  intent: ContractIntent;
  topic: TopicId;
  /** The question as the bot read it (identity codes removed), for the next follow-up. */
  question: string;
  kind: TopicKind;
  confident: boolean;
  lang: Lang;
  handoffReason: HandoffReason | null;
};

export type ChatContext = {
  lang: Lang | null;
  turns: number;
  /** Messages not understood in a row: the second one hands over. */
  misses: number;
  lastIntent: ContractIntent | null;
  handoffReason: HandoffReason | null;
  /** The last question answered: what a follow-up refers to. */
  lastTopic: TopicId | null;
  lastQuestion: string | null;
};

export type ChatEvent = { type: "MESSAGE"; turn: ChatTurn } | { type: "RESET" };

const initialContext: ChatContext = { lang: null, turns: 0, misses: 0, lastIntent: null, handoffReason: null, lastTopic: null, lastQuestion: null };

export const chatMachine = setup({
  types: { context: {} as ChatContext, events: {} as ChatEvent },
  guards: {
    isHandoffTopic: ({ event }) => event.type === "MESSAGE" && event.turn.kind === "handoff",
    isConfidentSmallTalk: ({ event }) => event.type === "MESSAGE" && event.turn.confident && event.turn.kind === "smalltalk",
    isConfidentAnswer: ({ event }) => event.type === "MESSAGE" && event.turn.confident && event.turn.kind === "answer",
    /** The previous message was not understood either: stop asking, hand over. */
    missedAlready: ({ context }) => context.misses >= 1,
  },
  actions: {
    recordTurn: assign({
      turns: ({ context }) => context.turns + 1,
      lang: ({ event, context }) => (event.type === "MESSAGE" ? event.turn.lang : context.lang),
      lastIntent: ({ event, context }) => (event.type === "MESSAGE" ? event.turn.intent : context.lastIntent),
    }),
    understood: assign({ misses: 0, handoffReason: null }),
    rememberQuestion: assign({
      lastTopic: ({ event, context }) => (event.type === "MESSAGE" ? event.turn.topic : context.lastTopic),
      lastQuestion: ({ event, context }) => (event.type === "MESSAGE" ? event.turn.question : context.lastQuestion),
    }),
    forgetQuestion: assign({ lastTopic: null, lastQuestion: null }),
    handOver: assign({ misses: 0, handoffReason: ({ event }) => (event.type === "MESSAGE" ? event.turn.handoffReason : null) }),
    missed: assign({ misses: ({ context }) => context.misses + 1, handoffReason: "low_confidence" as HandoffReason }),
    startOver: assign(() => ({ ...initialContext })),
  },
}).createMachine({
  id: "chat",
  context: initialContext,
  initial: "greeting",
  on: {
    MESSAGE: [
      { guard: "isHandoffTopic", target: ".handedOver", actions: ["recordTurn", "handOver"] },
      { guard: "isConfidentSmallTalk", target: ".greeting", actions: ["recordTurn", "understood"] },
      { guard: "isConfidentAnswer", target: ".answering", actions: ["recordTurn", "understood", "rememberQuestion"] },
      { guard: "missedAlready", target: ".handedOver", actions: ["recordTurn", "missed", "forgetQuestion"] },
      { target: ".clarifying", actions: ["recordTurn", "missed", "forgetQuestion"] },
    ],
    RESET: { target: ".greeting", actions: "startOver" },
  },
  states: {
    greeting: {},
    answering: {},
    clarifying: {},
    handedOver: {},
  },
});

export type ChatSnapshot = SnapshotFrom<typeof chatMachine>;

/** What the reply to the last message should be, by the state the machine is in. */
export type ReplyMode = "smalltalk" | "answer" | "clarify" | "handoff";

export function replyModeOf(snapshot: ChatSnapshot): ReplyMode {
  if (snapshot.matches("answering")) return "answer";
  if (snapshot.matches("clarifying")) return "clarify";
  if (snapshot.matches("handedOver")) return "handoff";
  return "smalltalk";
}
