import type { Kysely } from "kysely";

/**
 * Proxy authority (issue 5): drafts of the power-of-attorney and "other
 * person" declarations (the machine's snapshot, kept on the server), and the
 * portal's receipts of submitted declarations (the case itself goes to the
 * back end through the outbox).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("proxy_drafts")
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("snapshot", "jsonb", (c) => c.notNull())
    .addColumn("attachment", "jsonb")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("proxy_drafts_pk", ["actor_id", "kind"])
    .execute();

  await db.schema
    .createTable("proxy_cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("masked_hetu", "text", (c) => c.notNull())
    .addColumn("outbox_id", "text", (c) => c.notNull())
    .addColumn("case_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("proxy_cases_actor_idx").on("proxy_cases").columns(["actor_id", "created_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("proxy_cases").execute();
  await db.schema.dropTable("proxy_drafts").execute();
}
