import type { Kysely } from "kysely";

/**
 * The Kela card journey: drafts (the persisted machine snapshot, one per
 * actor and target person, deleted when submitted or 30 days after the last
 * answer) and the receipts of submitted applications.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("card_drafts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("machine_version", "integer", (c) => c.notNull())
    .addColumn("snapshot", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    // One draft per (actor, target): a second one can never be started in parallel.
    .addUniqueConstraint("card_drafts_pair_unique", ["actor_id", "target_id"])
    .execute();
  await db.schema.createIndex("card_drafts_expires_idx").on("card_drafts").column("expires_at").execute();

  await db.schema
    .createTable("card_receipts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("reference", "text", (c) => c.notNull().unique())
    // A draft is submitted once: a double click or a replayed POST finds this row by the draft's id.
    .addColumn("draft_id", "text", (c) => c.notNull().unique())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("basis", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("outbox_id", "text", (c) => c.notNull())
    .addColumn("application", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("card_receipts_target_idx").on("card_receipts").columns(["actor_id", "target_id", "created_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("card_receipts").execute();
  await db.schema.dropTable("card_drafts").execute();
}
