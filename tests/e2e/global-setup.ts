import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "../../scripts/lib/postgres";
import { startBuiltServer } from "../../scripts/lib/server";

export { APP_NOW } from "../../scripts/lib/server";

/** The suite's server looks for due outbox deliveries this often (2 s in production): tests wait less. */
export const OUTBOX_WORKER_INTERVAL_MS = 400;

/**
 * Starts the built portal (npm start) in mock mode on a free port and a fresh
 * embedded database, and hands its URL to the tests. Its log goes to
 * tests/e2e/.artifacts/server.log so that tests can check what was logged.
 * With TEST_DATABASE_URL (npm test's PostgreSQL stage) the server runs on a
 * fresh PostgreSQL database on that server instead.
 */
export default async function setup(project: TestProject) {
  const database = process.env.TEST_DATABASE_URL ? await createScratchDatabase(process.env.TEST_DATABASE_URL, "e2e") : null;
  // Every browser here is one client (127.0.0.1) signing in far more often than a person
  // would; the limits themselves are proven by the route tests.
  const server = await startBuiltServer({
    logFile: resolve("tests/e2e/.artifacts/server.log"),
    env: {
      RATE_LIMIT_MULTIPLIER: "10",
      OUTBOX_WORKER_INTERVAL_MS: String(OUTBOX_WORKER_INTERVAL_MS),
      ...(database ? { DATABASE_URL: database.url } : {}),
    },
  });
  project.provide("baseUrl", server.baseUrl);
  project.provide("serverLog", server.logFile);
  project.provide("databaseUrl", database?.url ?? "");
  return async () => {
    await server.stop();
    await database?.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    serverLog: string;
    /** The PostgreSQL database the server runs on ("" when it runs on PGlite). */
    databaseUrl: string;
  }
}
