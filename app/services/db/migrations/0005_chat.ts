import type { Kysely } from "kysely";

/**
 * Chat conversations (issue 7): the conversation machine's snapshot and the
 * redacted transcript. Deleted 30 days after the last message
 * (deleteOldTranscripts in chat-transcripts.server.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("chat_conversations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("owner_hash", "text")
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("snapshot", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("chat_conversations_owner_idx").on("chat_conversations").columns(["owner_hash", "updated_at"]).execute();
  await db.schema.createIndex("chat_conversations_updated_idx").on("chat_conversations").column("updated_at").execute();

  await db.schema
    .createTable("chat_messages")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) => c.notNull().references("chat_conversations.id").onDelete("cascade"))
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("reply", "jsonb")
    .execute();
  await db.schema.createIndex("chat_messages_conversation_idx").on("chat_messages").columns(["conversation_id", "id"]).execute();
  await db.schema.createIndex("chat_messages_at_idx").on("chat_messages").column("at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("chat_messages").execute();
  await db.schema.dropTable("chat_conversations").execute();
}
