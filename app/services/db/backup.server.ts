import { chmodSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql, type Kysely } from "kysely";
import { lockDataDir } from "./data-dir-lock.server";
import { hasEmbeddedFiles, pgliteFolder } from "./embedded.server";

/**
 * Backups of the embedded database: a gzip tar of the PGlite folder made by
 * PGlite itself (dumpDataDir), taken by the process that owns the folder
 * while no query runs, after a CHECKPOINT. Restoring one is opening it with
 * `loadDataDir`. See docs/decisions/011-durable-data.md.
 */
export const backupsFolder = (dataDir: string) => join(dataDir, "backups");

/** A wall-clock stamp for file names (the app clock may be pinned in mock mode). */
const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");

/** Writes a backup into DATA_DIR/backups (mode 0600, complete or absent) and returns its path. */
export async function writeBackup<T>(db: Kysely<T>, pglite: PGlite, dataDir: string): Promise<string> {
  // One connection: no request's query or transaction is in flight while the files are read.
  const dump = await db.connection().execute(async (connection) => {
    await sql`CHECKPOINT`.execute(connection);
    return pglite.dumpDataDir("gzip");
  });
  const folder = backupsFolder(dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, `portal-${stamp()}-${process.pid}.tar.gz`);
  const partial = `${file}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
  return file;
}

export type BackupSummary = { tables: Record<string, number>; migrations: string[] };

/**
 * Opens a backup in memory and counts its rows: proves the file is a whole
 * portal database before anything is replaced, and tells the operator what it holds.
 */
export async function summariseBackup(dump: Blob): Promise<BackupSummary> {
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ loadDataDir: dump });
  } catch (error) {
    throw new Error(`not a readable portal backup (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
  try {
    const tables = await pglite.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const names = tables.rows.map((r) => r.name);
    if (!names.includes("kysely_migration")) throw new Error("not a portal backup (no migrations table)");
    const counts: Record<string, number> = {};
    for (const name of names) {
      if (name.startsWith("kysely_migration")) continue;
      const { rows } = await pglite.query<{ n: number }>(`select count(*)::int as n from "${name.replace(/"/g, '""')}"`);
      counts[name] = rows[0]?.n ?? 0;
    }
    const applied = await pglite.query<{ name: string }>(`select name from kysely_migration order by name`);
    return { tables: counts, migrations: applied.rows.map((r) => r.name) };
  } finally {
    await pglite.close();
  }
}

export function formatSummary(summary: BackupSummary): string {
  const rows = Object.entries(summary.tables).map(([name, n]) => `${name} ${n}`);
  return `${summary.migrations.length} migrations; rows: ${rows.join(", ")}`;
}

/**
 * Puts a backup in place of DATA_DIR's database. The caller has checked that
 * no portal runs on the folder; the lock is taken for the time of the restore
 * (a portal started meanwhile refuses). Files already there are moved aside,
 * never deleted. Returns where they went (null when the folder was empty).
 */
export async function restoreBackup(dataDir: string, dump: Blob): Promise<{ folder: string; previous: string | null }> {
  const lock = await lockDataDir(dataDir);
  try {
    const folder = pgliteFolder(lock.dataDir);
    let previous: string | null = null;
    if (hasEmbeddedFiles(lock.dataDir)) {
      previous = `${folder}.before-restore-${stamp()}`;
      renameSync(folder, previous);
    }
    const pglite = await PGlite.create(folder, { loadDataDir: dump });
    await pglite.query("CHECKPOINT");
    await pglite.close();
    return { folder, previous };
  } finally {
    await lock.release();
  }
}
