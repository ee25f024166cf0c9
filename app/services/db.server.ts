import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, PostgresDialect, type Dialect } from "kysely";
import pg from "pg";
import { getEnv } from "~/env.server";
import { log } from "./logger.server";
import { writeBackup } from "./db/backup.server";
import { openEmbedded } from "./db/embedded.server";
import { PGliteDialect } from "./db/pglite-dialect.server";
import { migrations } from "./db/migrations";
import type { Database } from "./db/schema";

export type { Database } from "./db/schema";
export type DB = Kysely<Database>;

/** `__pgliteTemplate`: a migrated in-memory database that tests start from (tests/setup/pglite-template.ts). */
type Holder = { __db?: Promise<Opened>; __pgliteTemplate?: Blob };
type Opened = { db: DB; close: () => Promise<void> };
const holder = globalThis as Holder;

/**
 * The database: a real PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded PGlite under DATA_DIR ("memory://" keeps it in memory, for tests).
 * Opened once per process; the first open runs the migrations. A PGlite
 * folder is locked to this process while it is open (one owner per folder).
 */
export async function getDb(): Promise<DB> {
  holder.__db ??= openDatabase().catch((error: unknown) => {
    holder.__db = undefined;
    throw error;
  });
  return (await holder.__db).db;
}

export function createDialect(options: { databaseUrl?: string; pglite?: PGlite }): Dialect {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection that PostgreSQL closes (a restart, a failover, an administrator's
    // pg_terminate_backend) is dropped from the pool and replaced on the next query. Without
    // this listener pg throws the error where nobody catches it, and the process dies.
    pool.on("error", (error) => log.warn("db.idle_connection_lost", { error }));
    return new PostgresDialect({ pool });
  }
  return new PGliteDialect(options.pglite ?? new PGlite("memory://"));
}

async function openDatabase(): Promise<Opened> {
  const env = getEnv();
  if (env.DATABASE_URL || env.DATA_DIR.startsWith("memory://")) {
    const template = env.DATABASE_URL ? undefined : holder.__pgliteTemplate;
    const pglite = template ? new PGlite("memory://", { loadDataDir: template }) : undefined;
    const db = new Kysely<Database>({ dialect: createDialect({ databaseUrl: env.DATABASE_URL, pglite }) });
    await migrateToLatest(db);
    log.info("db.ready", { engine: env.DATABASE_URL ? "postgresql" : "pglite-memory" });
    return { db, close: () => db.destroy() };
  }
  const { pglite, lock } = await openEmbedded(env.DATA_DIR, { port: env.PORT });
  const db = new Kysely<Database>({ dialect: createDialect({ pglite }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    await lock.release();
    throw error;
  }
  // `npm run db:backup` asks the running portal for its copy (the files cannot be read from outside while in use).
  lock.onCommand(async (command) => {
    if (command.cmd !== "backup") throw new Error(`unknown command ${command.cmd}`);
    return { file: await writeBackup(db, pglite, lock.dataDir) };
  });
  log.info("db.ready", { engine: "pglite", dataDir: lock.dataDir });
  return {
    db,
    close: async () => {
      await db.destroy();
      await lock.release();
    },
  };
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
  if (pending) await (await pending).close();
}
