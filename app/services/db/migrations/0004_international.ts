import type { Kysely } from "kysely";

/**
 * Secure messages to KV-keskus (K-SECURE-1, K-EIDAS-1): the mailed links,
 * known only by the sha256 of their token, and a receipt row per message
 * sent (the message itself travels in the outbox).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("secure_message_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("closed_at", "timestamptz")
    .execute();
  await db.schema.createIndex("secure_message_links_expires_idx").on("secure_message_links").column("expires_at").execute();

  await db.schema
    .createTable("secure_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("reference", "text", (c) => c.notNull().unique())
    .addColumn("link_id", "text", (c) => c.references("secure_message_links.id").onDelete("set null"))
    .addColumn("sender_method", "text", (c) => c.notNull())
    .addColumn("person_id", "text")
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("outbox_id", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("secure_messages").execute();
  await db.schema.dropTable("secure_message_links").execute();
}
