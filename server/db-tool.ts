import { copyFileSync, existsSync, readFileSync, renameSync, unlinkSync } from "node:fs";
import { resolve } from "node:path";
import { Kysely } from "kysely";
import { getEnv } from "~/env.server";
import { formatSummary, restoreBackup, summariseBackup, writeBackup } from "~/services/db/backup.server";
import { askOwner } from "~/services/db/data-dir-lock.server";
import { hasEmbeddedFiles, openEmbedded } from "~/services/db/embedded.server";
import { PGliteDialect } from "~/services/db/pglite-dialect.server";

/**
 * `npm run db:backup [FILE]` and `npm run db:restore FILE`: backups of the
 * embedded database (DATA_DIR). A backup is safe while the portal runs: the
 * running portal makes it. A restore needs the portal stopped. With
 * DATABASE_URL set, PostgreSQL's own tools do this (README, Backups).
 */
class Refusal extends Error {}

async function backup(target: string | undefined): Promise<void> {
  const { DATA_DIR } = getEnv();
  let file: string;
  const owner = await askOwner(DATA_DIR);
  if (owner) {
    const answer = await askOwner(DATA_DIR, { cmd: "backup" }, 10 * 60_000);
    if (!answer || typeof answer.file !== "string") throw new Refusal(`The running portal (pid ${owner.pid}) did not make the backup: ${String(answer?.error ?? "no answer")}`);
    file = answer.file;
    console.log(`Backup made by the running portal (pid ${owner.pid}).`);
  } else {
    if (!hasEmbeddedFiles(DATA_DIR)) throw new Refusal(`There is no database in ${resolve(DATA_DIR)} to back up.`);
    const { pglite, lock } = await openEmbedded(DATA_DIR);
    const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
    try {
      file = await writeBackup(db, pglite, lock.dataDir);
    } finally {
      await db.destroy();
      await lock.release();
    }
  }
  if (target) {
    const destination = resolve(target);
    try {
      renameSync(file, destination);
    } catch {
      // Another file system: copy, then remove the copy in DATA_DIR.
      copyFileSync(file, destination);
      unlinkSync(file);
    }
    file = destination;
  }
  const summary = await summariseBackup(new Blob([readFileSync(file)]));
  console.log(`Backup written to ${file} (${formatSummary(summary)}).`);
}

async function restore(source: string | undefined): Promise<void> {
  const { DATA_DIR } = getEnv();
  if (!source) throw new Refusal("Which backup? npm run db:restore FILE");
  const file = resolve(source);
  if (!existsSync(file)) throw new Refusal(`No such backup file: ${file}`);
  const owner = await askOwner(DATA_DIR);
  if (owner) throw new Refusal(`The portal (pid ${owner.pid}) is running on ${owner.dataDir}: stop it first, a restore replaces its files.`);
  const dump = new Blob([readFileSync(file)]);
  let summary;
  try {
    summary = await summariseBackup(dump);
  } catch (error) {
    throw new Refusal(`${file} is ${error instanceof Error ? error.message : String(error)}; nothing was changed.`);
  }
  const { folder, previous } = await restoreBackup(DATA_DIR, dump);
  console.log(`Restored ${file} into ${folder} (${formatSummary(summary)}).`);
  if (previous) console.log(`The files that were there are kept in ${previous}.`);
}

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  if (getEnv().DATABASE_URL) {
    throw new Refusal(
      command === "restore"
        ? 'DATABASE_URL is set: restore PostgreSQL with pg_restore -d "$DATABASE_URL" FILE (README, Backups).'
        : 'DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc "$DATABASE_URL" > FILE (README, Backups).',
    );
  }
  if (command === "backup") return backup(argument);
  if (command === "restore") return restore(argument);
  throw new Refusal("Usage: db-tool backup [FILE] | db-tool restore FILE");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // One line for the operator; a refusal is expected, anything else is a failure of the tool.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof Refusal ? 2 : 1);
  },
);
