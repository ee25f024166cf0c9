import { initialTransition, transition } from "xstate";
import { chatMachine, replyModeOf, type ChatSnapshot } from "../../machines/chat";
import type { Lang } from "~/i18n/languages";
import { composeReply, type ChatReply } from "./compose";
import { warmUp } from "./retrieval";
import { defaultKnowledge, understand, type Knowledge, type Understanding } from "./understand";

/**
 * One turn of the offline bot, in process and without I/O: understand the
 * message, move the conversation machine, write the reply. The server wraps
 * this with storage (transcripts), rate limits and the optional rephraser.
 */
export type TurnOptions = {
  /** Answer in this language (API `lang`); otherwise the message's language. */
  lang?: Lang;
  /** The language to assume when the message does not tell. */
  hint?: Lang;
  /** The conversation so far; a new one when absent. */
  snapshot?: ChatSnapshot;
  at: Date;
  /** The curated questions to retrieve from (the evaluation's folds); the full set otherwise. */
  knowledge?: Knowledge;
};

export type Turn = { reply: ChatReply; snapshot: ChatSnapshot; understanding: Understanding };

/** The machine's first state, made once: snapshots are values, and a transition never changes one. */
let initial: ChatSnapshot | undefined;
export function newConversation(): ChatSnapshot {
  return (initial ??= initialTransition(chatMachine)[0]);
}

export function replyTo(message: string, options: TurnOptions): Turn {
  const context = options.snapshot?.context;
  const earlier = context?.lastTopic && context.lastQuestion && context.lang ? { topic: context.lastTopic, question: context.lastQuestion, lang: context.lang } : null;
  const understanding = understand(message, { lang: options.lang, hint: options.hint ?? context?.lang ?? undefined, knowledge: options.knowledge, earlier });
  const [snapshot] = transition(chatMachine, options.snapshot ?? newConversation(), {
    type: "MESSAGE",
    turn: {
      intent: understanding.intent,
      topic: understanding.topic,
      question: understanding.question,
      kind: understanding.kind,
      confident: understanding.confident,
      lang: understanding.lang,
      handoffReason: understanding.handoffReason,
    },
  });
  const reply = composeReply(understanding, { mode: replyModeOf(snapshot), handoffReason: snapshot.context.handoffReason, at: options.at });
  return { reply, snapshot, understanding };
}

/** Builds the search indexes now, so that the first user does not wait for them. */
export function prepareChatEngine(): void {
  warmUp();
  defaultKnowledge();
}
