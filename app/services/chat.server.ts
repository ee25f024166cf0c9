import { createHash } from "node:crypto";
import type { ChatReply } from "~/chat/compose";
import { prepareChatEngine, replyTo } from "~/chat/engine";
import { getEnv } from "~/env.server";
import type { Lang } from "~/i18n/languages";
import { now } from "./clock.server";
import { findConversation, saveTurn, startConversation, type Conversation } from "./chat-transcripts.server";
import { rephrase } from "./chat-rephrase.server";
import { log } from "./logger.server";
import { clientKey, hitRateLimit } from "./rate-limit.server";
import type { Session } from "./session.server";

/**
 * The chat's server side, shared by POST /api/chat and the /{lang}/chat page:
 * one message in, one reply out, the conversation kept in the database: one
 * read of it (unless the caller has it already) and one write per message.
 */
export const MAX_MESSAGE_LENGTH = 2000;

export type ChatResponse = ChatReply & { conversationId: string };

/** A session's conversations are found by a hash of its id; the id itself is never stored. */
export function ownerOf(session: Session | null): string | null {
  return session?.id ? createHash("sha256").update(`chat:${session.id}`).digest("base64url") : null;
}

/** Per client address and minute (CHAT_RATE_LIMIT_PER_MINUTE). */
export async function chatRateLimit(request: Request): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  return hitRateLimit(`chat:${clientKey(request)}`, getEnv().CHAT_RATE_LIMIT_PER_MINUTE, 60_000);
}

export type ChatMessageInput = {
  message: string;
  /** Answer in this language (API `lang`). */
  lang?: Lang;
  /** The language to assume when the message does not tell (the page's). */
  hint?: Lang;
  conversation?: Conversation | null;
  conversationId?: string | null;
  ownerHash: string | null;
};

export async function handleChatMessage(input: ChatMessageInput): Promise<ChatResponse> {
  const found = input.conversation ?? (input.conversationId ? await findConversation(input.conversationId, input.ownerHash) : null);
  const conversation = found ?? startConversation(input.ownerHash, input.lang ?? input.hint ?? "fi");
  const turn = replyTo(input.message, {
    lang: input.lang,
    hint: input.hint ?? (found ? conversation.lang : undefined),
    snapshot: conversation.snapshot,
    at: now(),
  });
  const reply = await rephrase(turn.reply, turn.understanding.redacted);
  await saveTurn(conversation, turn.snapshot, turn.understanding.redacted, reply);
  // What was asked is never logged, only what the bot made of it.
  log.info("chat.turn", {
    intent: reply.intent,
    topic: turn.understanding.topic,
    also: turn.understanding.also,
    followUp: turn.understanding.followUp,
    lang: reply.lang,
    confidence: reply.confidence,
    handoff: reply.handoff?.reason ?? null,
    hadIdentityCode: turn.understanding.hadHetu,
  });
  return { ...reply, conversationId: conversation.id };
}

/** Builds the search indexes at start-up. */
export function startChatEngine(): void {
  prepareChatEngine();
}
