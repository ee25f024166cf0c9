import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { startBuiltServer } from "../../scripts/lib/server";

export { APP_NOW } from "../../scripts/lib/server";

/**
 * Starts the built portal (npm start) in mock mode on a free port and a fresh
 * embedded database, and hands its URL to the tests. Its log goes to
 * tests/e2e/.artifacts/server.log so that tests can check what was logged.
 */
export default async function setup(project: TestProject) {
  // Every browser here is one client (127.0.0.1) signing in far more often than a person
  // would; the limits themselves are proven by the route tests.
  const server = await startBuiltServer({ logFile: resolve("tests/e2e/.artifacts/server.log"), env: { RATE_LIMIT_MULTIPLIER: "10" } });
  project.provide("baseUrl", server.baseUrl);
  project.provide("serverLog", server.logFile);
  return server.stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    serverLog: string;
  }
}
