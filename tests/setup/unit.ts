import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, inject } from "vitest";

// Unit and route tests run in mock mode on an in-memory database, with the
// app clock pinned to the fixture date of DESIGN.md. With TEST_DATABASE_URL
// (npm test's PostgreSQL stage) each test file gets a PostgreSQL database of
// its own on that server instead.
process.env.MOCKS = "true";
process.env.DATA_DIR = "memory://";
process.env.APP_NOW ??= "2026-11-25T10:00:00+02:00";
process.env.KELA_API_TIMEOUT_MS ??= "300";
process.env.LOG_LEVEL ??= "silent";
delete process.env.DATABASE_URL;
const scratch = process.env.TEST_DATABASE_URL
  ? await (await import("../../scripts/lib/postgres")).createScratchDatabase(process.env.TEST_DATABASE_URL)
  : null;
if (scratch) process.env.DATABASE_URL = scratch.url;
// Otherwise the in-memory database starts as a copy of one already migrated (pglite-template.ts).
const template = inject("pgliteTemplate");
if (template) (globalThis as { __pgliteTemplate?: Blob }).__pgliteTemplate = new Blob([readFileSync(template)]);

const { resetEnvCache } = await import("~/env.server");
resetEnvCache();
const { setNow } = await import("~/services/clock.server");
const { closeDb } = await import("~/services/db.server");
const { resetMockBackend, resetMockHandlers, startMockBackend, stopMockBackend } = await import("../../mocks/node");

beforeAll(() => {
  setNow(new Date(process.env.APP_NOW!));
  startMockBackend();
});

afterEach(() => {
  resetMockBackend();
  resetMockHandlers();
});

afterAll(async () => {
  stopMockBackend();
  if (scratch) {
    await closeDb();
    await scratch.drop();
  }
});
