import { randomUUID } from "node:crypto";
import type { ChatReply } from "~/chat/compose";
import { newConversation } from "~/chat/engine";
import { isLang, type Lang } from "~/i18n/languages";
import { chatMachine, type ChatContext, type ChatSnapshot } from "../../machines/chat";
import { DAY, now } from "./clock.server";
import { sql } from "kysely";
import { getDb } from "./db.server";
import { groupCommit } from "./db/group-commit.server";

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

type ConversationRow = { id: string; owner_hash: string | null; lang: string; snapshot: unknown };

function conversationOf(row: ConversationRow): Conversation {
  return { id: row.id, ownerHash: row.owner_hash, lang: isLang(row.lang) ? row.lang : "fi", snapshot: restore(row.snapshot), isNew: false };
}

/**
 * The conversation with this id (one read). An API client may only continue a conversation that is
 * not bound to a chat page's session (or to its own).
 */
export async function findConversation(id: string, ownerHash: string | null): Promise<Conversation | null> {
  const db = await getDb();
  const row = await db.selectFrom("chat_conversations").select(["id", "owner_hash", "lang", "snapshot"]).where("id", "=", id).executeTakeFirst();
  if (!row || (row.owner_hash !== null && row.owner_hash !== ownerHash)) return null;
  return conversationOf(row);
}

/** The chat page's conversation: the latest one of this session (one read). */
export async function latestConversationOf(ownerHash: string): Promise<Conversation | null> {
  const db = await getDb();
  const row = await db
    .selectFrom("chat_conversations")
    .select(["id", "owner_hash", "lang", "snapshot"])
    .where("owner_hash", "=", ownerHash)
    .orderBy("updated_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? conversationOf(row) : null;
}

/**
 * Saves one turn: the conversation (created, or its snapshot and language
 * updated; never one owned by someone else) and the user's (redacted)
 * message with the bot's reply. The messages are inserted from the
 * conversations the statement wrote, so nothing is written to a conversation
 * that is not the caller's. Turns that arrive together are written in one
 * statement (group commit); each caller waits until its turn is stored.
 */
export function saveTurn(conversation: Conversation, snapshot: ChatSnapshot, redactedMessage: string, reply: ChatReply): Promise<void> {
  const persisted: Persisted = { value: snapshot.value, context: snapshot.context };
  return writeTurn({ conversation, snapshot: JSON.stringify(persisted), redactedMessage, reply, at: now() });
}

type Turn = { conversation: Conversation; snapshot: string; redactedMessage: string; reply: ChatReply; at: Date };

const writeTurn = groupCommit(async (turns: Turn[]): Promise<void[]> => {
  // One row per conversation (the latest turn's state), however many of its turns are in the batch.
  const conversations = new Map<string, Turn>();
  for (const turn of turns) conversations.set(turn.conversation.id, turn);
  const conversationRows = [...conversations.values()].map(
    (t) => sql`(${t.conversation.id}, ${t.conversation.ownerHash}, ${t.reply.lang}, ${t.snapshot}::jsonb, ${t.at}::timestamptz, ${t.at}::timestamptz)`,
  );
  const messageRows = turns.flatMap((t, i) => [
    sql`(${2 * i}::int, ${t.conversation.id}, ${t.conversation.ownerHash}, ${t.at}::timestamptz, 'user', ${t.redactedMessage}, null::jsonb)`,
    sql`(${2 * i + 1}::int, ${t.conversation.id}, ${t.conversation.ownerHash}, ${t.at}::timestamptz, 'bot', ${t.reply.answer}, ${JSON.stringify(t.reply)}::jsonb)`,
  ]);
  const db = await getDb();
  await sql`
    with saved as (
      insert into chat_conversations (id, owner_hash, lang, snapshot, created_at, updated_at)
      values ${sql.join(conversationRows)}
      on conflict (id) do update
        set snapshot = excluded.snapshot, lang = excluded.lang, updated_at = excluded.updated_at
        where chat_conversations.owner_hash is not distinct from excluded.owner_hash
      returning id, owner_hash
    )
    insert into chat_messages (conversation_id, at, role, text, reply)
    select m.conversation_id, m.at, m.role, m.text, m.reply
    from (values ${sql.join(messageRows)}) as m(ord, conversation_id, owner_hash, at, role, text, reply)
    join saved on saved.id = m.conversation_id and saved.owner_hash is not distinct from m.owner_hash
    order by m.ord`.execute(db);
  return turns.map(() => undefined);
});

/** The chat page: the latest conversation of a session and its transcript, in one read. */
export async function latestTranscriptOf(ownerHash: string): Promise<TranscriptEntry[]> {
  const db = await getDb();
  const rows = await db
    .selectFrom("chat_messages")
    .select(["id", "role", "text", "reply", "at"])
    .where("conversation_id", "=", (eb) =>
      eb.selectFrom("chat_conversations").select("id").where("owner_hash", "=", ownerHash).orderBy("updated_at", "desc").limit(1),
    )
    .orderBy("id")
    .execute();
  return rows.map(entryOf);
}

export async function transcriptOf(conversationId: string): Promise<TranscriptEntry[]> {
  const db = await getDb();
  const rows = await db
    .selectFrom("chat_messages")
    .select(["id", "role", "text", "reply", "at"])
    .where("conversation_id", "=", conversationId)
    .orderBy("id")
    .execute();
  return rows.map(entryOf);
}

type MessageRow = { id: string; role: "user" | "bot"; text: string; reply: unknown; at: Date };
function entryOf(row: MessageRow): TranscriptEntry {
  return { id: String(row.id), role: row.role, text: row.text, reply: row.reply as ChatReply | null, at: row.at };
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
