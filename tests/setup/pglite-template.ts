import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import type { TestProject } from "vitest/node";
import { createDialect, migrateToLatest } from "~/services/db.server";

/**
 * The unit and route tests' in-memory database, made once: a fresh PGlite
 * takes 1.5–2 s to initialise and migrate, one loaded from this copy of a
 * migrated one about 0.4 s, and every test file opens its own (db.server.ts,
 * `holder.__pgliteTemplate`). Not with TEST_DATABASE_URL (PostgreSQL stage).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteTemplate", "");
    return;
  }
  const pglite = new PGlite("memory://");
  const db = new Kysely<unknown>({ dialect: createDialect({ pglite }) });
  await migrateToLatest(db);
  const dump = await pglite.dumpDataDir("none");
  await db.destroy();
  const folder = mkdtempSync(join(tmpdir(), "kela-pglite-template-"));
  const file = join(folder, "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => rmSync(folder, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated in-memory database to start each test file from ("" for none). */
    pgliteTemplate: string;
  }
}
