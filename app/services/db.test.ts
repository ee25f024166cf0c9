import { Kysely, sql } from "kysely";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { createDialect, migrateToLatest, type Database } from "./db.server";
import { log } from "./logger.server";
import { migrations } from "./db/migrations";

async function migrationsRunOn(db: Kysely<Database>) {
  const applied = await migrateToLatest(db);
  expect(applied).toEqual(Object.keys(migrations));
  const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public'`.execute(db);
  const names = tables.rows.map((r) => r.table_name);
  for (const table of ["sessions", "audit_log", "rate_limits", "outbox"]) expect(names).toContain(table);
  // Running again is a no-op.
  expect(await migrateToLatest(db)).toEqual([]);
}

describe("database", () => {
  it("runs every migration on embedded PGlite", async () => {
    const db = new Kysely<Database>({ dialect: createDialect({}) });
    await migrationsRunOn(db);
    await db.destroy();
  }, 60_000);

  // npm test's PostgreSQL stage gives this file a database of its own (tests/setup/unit.ts).
  it.runIf(!!process.env.DATABASE_URL)("runs every migration on a real PostgreSQL", async () => {
    const db = new Kysely<Database>({ dialect: createDialect({ databaseUrl: process.env.DATABASE_URL }) });
    await migrationsRunOn(db);
    await db.destroy();
  }, 60_000);

  it.runIf(!!process.env.DATABASE_URL)("outlives PostgreSQL closing its idle connections (a restart, a failover): logged, replaced, no crash", async () => {
    const db = new Kysely<Database>({ dialect: createDialect({ databaseUrl: process.env.DATABASE_URL }) });
    const warn = vi.spyOn(log, "warn");
    try {
      // Two idle connections in the pool.
      await Promise.all([sql`select pg_sleep(0.05)`.execute(db), sql`select pg_sleep(0.05)`.execute(db)]);
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const { rowCount } = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      );
      await admin.end();
      expect(rowCount).toBeGreaterThanOrEqual(2);
      await vi.waitFor(() => expect(warn.mock.calls.filter(([event]) => event === "db.idle_connection_lost").length).toBeGreaterThanOrEqual(2));
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      warn.mockRestore();
      await db.destroy();
    }
  }, 60_000);

  it("keeps concurrent PGlite transactions apart (one connection, handed out in turn)", async () => {
    const db = new Kysely<Database>({ dialect: createDialect({}) });
    await migrateToLatest(db);
    const insert = (key: string) =>
      db.insertInto("rate_limits").values({ key, window_start: new Date(0), count: 1 });
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto("rate_limits").values({ key: "in-trx", window_start: new Date(0), count: 1 }).execute();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("roll back");
    });
    // Started while the transaction is open: must not end up inside it.
    const outside = insert("outside").execute();
    await expect(failing).rejects.toThrow("roll back");
    await outside;
    const keys = (await db.selectFrom("rate_limits").select("key").execute()).map((r) => r.key).sort();
    expect(keys).toEqual(["outside"]);
    await db.destroy();
  }, 60_000);
});
