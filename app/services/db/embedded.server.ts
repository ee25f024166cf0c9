import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir, type DataDirLock } from "./data-dir-lock.server";

/**
 * The embedded database's folder: `DATA_DIR/pglite`, owned by one process at a
 * time (see data-dir-lock.server.ts). Opening it takes the lock first, so a
 * second portal on the same folder stops before it touches a file.
 */
export const pgliteFolder = (dataDir: string) => join(dataDir, "pglite");

export class DataDirDamagedError extends Error {
  constructor(folder: string, cause: unknown) {
    const reason = (cause instanceof Error ? cause.message : String(cause)).split("\n")[0]!.replace(/\s*Build with -sASSERTIONS.*$/, "");
    super(
      `The embedded database in ${folder} cannot be opened: its files are damaged or unreadable (${reason || "no detail"}). ` +
        `Restore the latest backup with "npm run db:restore <file>" (README, Backups); the restore keeps the damaged folder aside.`,
    );
    this.name = "DataDirDamagedError";
  }
}

export type EmbeddedDatabase = { pglite: PGlite; lock: DataDirLock };

/** Locks DATA_DIR and opens its PGlite folder; a folder that does not open says so in one line. */
export async function openEmbedded(dataDir: string, options: { port?: number | null; loadDataDir?: Blob } = {}): Promise<EmbeddedDatabase> {
  const lock = await lockDataDir(dataDir, { port: options.port });
  const folder = pgliteFolder(lock.dataDir);
  try {
    const pglite = await PGlite.create(folder, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
    return { pglite, lock };
  } catch (error) {
    await lock.release();
    throw new DataDirDamagedError(folder, error);
  }
}

/** Whether the folder holds a database already (a restore moves it aside). */
export function hasEmbeddedFiles(dataDir: string): boolean {
  const folder = pgliteFolder(dataDir);
  return existsSync(folder) && readdirSync(folder).length > 0;
}
