import type { Kysely } from "kysely";

/**
 * Issue 12: a session row is written only when there is something to keep
 * (a sign-in, a journey's state); the CSRF token is derived from the cookie
 * with a key of the installation, so the row no longer needs its own token.
 * The column stays (nullable) for instances still running the previous
 * version during a rolling update.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("sessions").alterColumn("csrf_token", (c) => c.dropNotNull()).execute();
  await db.schema
    .createTable("app_secrets")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("app_secrets").execute();
}
