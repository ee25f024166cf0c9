import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "../../scripts/lib/postgres";
import { startBuiltServer } from "../../scripts/lib/server";

export { APP_NOW } from "../../scripts/lib/server";

/** The suite's server looks for due outbox deliveries this often (2 s in production): tests wait less. */
export const OUTBOX_WORKER_INTERVAL_MS = 400;

/**
 * How many test files run at once (vitest forks). Each fork has a portal of its own, so
 * that one file's app clock, injected back-end faults or rate-limit counts never meet
 * another's; within a fork the files run one after another as before.
 */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

/**
 * Starts one built portal (npm start) per fork, in mock mode on a free port and
 * a fresh embedded database, and hands their URLs to the tests (harness.ts
 * picks the fork's own). Their logs go to tests/e2e/.artifacts/server-N.log
 * so that tests can check what was logged. With TEST_DATABASE_URL (npm test's
 * PostgreSQL stage) each runs on a fresh PostgreSQL database of its own on
 * that server instead.
 */
export default async function setup(project: TestProject) {
  const servers = await Promise.all(
    Array.from({ length: E2E_WORKERS }, async (_, index) => {
      const database = process.env.TEST_DATABASE_URL ? await createScratchDatabase(process.env.TEST_DATABASE_URL, `e2e${index + 1}`) : null;
      // Every browser here is one client (127.0.0.1) signing in far more often than a person
      // would; the limits themselves are proven by the route tests.
      const server = await startBuiltServer({
        logFile: resolve(`tests/e2e/.artifacts/server-${index + 1}.log`),
        env: {
          RATE_LIMIT_MULTIPLIER: "10",
          OUTBOX_WORKER_INTERVAL_MS: String(OUTBOX_WORKER_INTERVAL_MS),
          ...(database ? { DATABASE_URL: database.url } : {}),
        },
      }).catch(async (error: unknown) => {
        await database?.drop();
        throw error;
      });
      return { server, database };
    }),
  );
  project.provide("baseUrls", servers.map(({ server }) => server.baseUrl));
  project.provide("serverLogs", servers.map(({ server }) => server.logFile));
  return async () => {
    for (const { server, database } of servers) {
      await server.stop();
      await database?.drop();
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** One portal per fork (E2E_WORKERS). */
    baseUrls: string[];
    serverLogs: string[];
  }
}
