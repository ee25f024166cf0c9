import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, PostgresDialect, type Dialect } from "kysely";
import pg from "pg";
import { getEnv } from "~/env.server";
import { log } from "./logger.server";
import { PGliteDialect } from "./db/pglite-dialect.server";
import { migrations } from "./db/migrations";
import type { Database } from "./db/schema";

export type { Database } from "./db/schema";
export type DB = Kysely<Database>;

type Holder = { __db?: Promise<DB> };
const holder = globalThis as Holder;

/**
 * The database: a real PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded PGlite under DATA_DIR ("memory://" keeps it in memory, for tests).
 * Opened once per process; the first open runs the migrations.
 */
export function getDb(): Promise<DB> {
  holder.__db ??= openDatabase().catch((error: unknown) => {
    holder.__db = undefined;
    throw error;
  });
  return holder.__db;
}

export function createDialect(options: { databaseUrl?: string; dataDir: string }): Dialect {
  if (options.databaseUrl) {
    return new PostgresDialect({ pool: new pg.Pool({ connectionString: options.databaseUrl, max: 10 }) });
  }
  if (options.dataDir.startsWith("memory://")) return new PGliteDialect(new PGlite("memory://"));
  const dir = resolve(options.dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  return new PGliteDialect(new PGlite(dir));
}

async function openDatabase(): Promise<DB> {
  const env = getEnv();
  const db = new Kysely<Database>({ dialect: createDialect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }) });
  await migrateToLatest(db);
  log.info("db.ready", { engine: env.DATABASE_URL ? "postgresql" : "pglite", dataDir: env.DATABASE_URL ? undefined : join(env.DATA_DIR) });
  return db;
}

export async function migrateToLatest(db: Kysely<Database> | Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  for (const result of results) {
    if (result.status === "Error") log.error("db.migration_failed", { migration: result.migrationName });
  }
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results.map((r) => r.migrationName);
}

/** Closes the database (tests and graceful shutdown). */
export async function closeDb(): Promise<void> {
  const pending = holder.__db;
  holder.__db = undefined;
  if (pending) await (await pending).destroy();
}
