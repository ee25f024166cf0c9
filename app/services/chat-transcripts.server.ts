import { randomUUID } from "node:crypto";
import type { ChatReply } from "~/chat/compose";
import { newConversation } from "~/chat/engine";
import { isLang, type Lang } from "~/i18n/languages";
import { chatMachine, type ChatContext, type ChatSnapshot } from "../../machines/chat";
import { DAY, now } from "./clock.server";
import { getDb } from "./db.server";

/**
 * Chat conversations in the database: the conversation machine's snapshot
 * and the transcript. Only redacted text is ever written here (the caller
 * passes the message with identity codes replaced). Transcripts are deleted
 * 30 days after the last message.
 */
export const TRANSCRIPT_RETENTION_DAYS = 30;

export type Conversation = { id: string; ownerHash: string | null; lang: Lang; snapshot: ChatSnapshot; isNew: boolean };
export type TranscriptEntry = { id: string; role: "user" | "bot"; text: string; reply: ChatReply | null; at: Date };

type Persisted = { value: unknown; context: ChatContext };

function restore(saved: unknown): ChatSnapshot {
  try {
    return chatMachine.resolveState(saved as Parameters<typeof chatMachine.resolveState>[0]);
  } catch {
    // Saved by an older version of the machine: carry on as a new conversation.
    return newConversation();
  }
}

/** A new, unsaved conversation. */
export function startConversation(ownerHash: string | null, lang: Lang): Conversation {
  return { id: randomUUID(), ownerHash, lang, snapshot: newConversation(), isNew: true };
}

/**
 * The conversation with this id. An API client may only continue a
 * conversation that is not bound to a chat page's session (or to its own).
 */
export async function findConversation(id: string, ownerHash: string | null): Promise<Conversation | null> {
  const db = await getDb();
  const row = await db.selectFrom("chat_conversations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row || (row.owner_hash !== null && row.owner_hash !== ownerHash)) return null;
  return { id: row.id, ownerHash: row.owner_hash, lang: isLang(row.lang) ? row.lang : "fi", snapshot: restore(row.snapshot), isNew: false };
}

/** The chat page's conversation: the latest one of this session. */
export async function latestConversationOf(ownerHash: string): Promise<Conversation | null> {
  const db = await getDb();
  const row = await db
    .selectFrom("chat_conversations")
    .select("id")
    .where("owner_hash", "=", ownerHash)
    .orderBy("updated_at", "desc")
    .executeTakeFirst();
  return row ? findConversation(row.id, ownerHash) : null;
}

/** Saves one turn: the new snapshot, the user's (redacted) message and the bot's reply. */
export async function saveTurn(conversation: Conversation, snapshot: ChatSnapshot, redactedMessage: string, reply: ChatReply): Promise<void> {
  const db = await getDb();
  const at = now();
  const persisted: Persisted = { value: snapshot.value, context: snapshot.context };
  await db.transaction().execute(async (trx) => {
    if (conversation.isNew) {
      await trx
        .insertInto("chat_conversations")
        .values({
          id: conversation.id,
          owner_hash: conversation.ownerHash,
          lang: reply.lang,
          snapshot: JSON.stringify(persisted),
          created_at: at,
          updated_at: at,
        })
        .execute();
    } else {
      await trx
        .updateTable("chat_conversations")
        .set({ snapshot: JSON.stringify(persisted), lang: reply.lang, updated_at: at })
        .where("id", "=", conversation.id)
        .execute();
    }
    await trx
      .insertInto("chat_messages")
      .values([
        { conversation_id: conversation.id, at, role: "user", text: redactedMessage, reply: null },
        { conversation_id: conversation.id, at, role: "bot", text: reply.answer, reply: JSON.stringify(reply) },
      ])
      .execute();
  });
}

export async function transcriptOf(conversationId: string): Promise<TranscriptEntry[]> {
  const db = await getDb();
  const rows = await db
    .selectFrom("chat_messages")
    .select(["id", "role", "text", "reply", "at"])
    .where("conversation_id", "=", conversationId)
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ id: String(row.id), role: row.role, text: row.text, reply: row.reply as unknown as ChatReply | null, at: row.at }));
}

/** Deletes a session's chat (the page's "start again"). */
export async function deleteConversationsOf(ownerHash: string): Promise<void> {
  const db = await getDb();
  await db.deleteFrom("chat_conversations").where("owner_hash", "=", ownerHash).execute();
}

/** Transcripts are kept 30 days from the last message, then deleted with their conversation. */
export async function deleteOldTranscripts(): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now().getTime() - TRANSCRIPT_RETENTION_DAYS * DAY);
  await db.deleteFrom("chat_messages").where("at", "<", cutoff).execute();
  const result = await db.deleteFrom("chat_conversations").where("updated_at", "<", cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
