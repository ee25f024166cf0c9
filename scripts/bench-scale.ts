/**
 * Scale benchmark (issue 11): the signed-in card-journey step and the final
 * submit, as in the load benchmark, on
 *  1. one instance on PostgreSQL (a scratch cluster, or TEST_DATABASE_URL),
 *     in-process mock back end: what changes from PGlite is the database;
 *  2. one instance behind the round-robin balancer with the shared mock back
 *     end (mocks/server.ts over HTTP): the plumbing of row 3 with one instance;
 *  3. two instances on that one PostgreSQL behind the balancer.
 * Each with the ratio to one instance on PGlite. Everything (load generator,
 * balancer, instances, PostgreSQL, mock) shares this machine's cores, so
 * row 3 against row 2 shows what a second instance costs or buys here, not
 * what it would on machines of its own.
 */
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { journeyStepTarget } from "./bench-load";
import { startCluster, testPostgres } from "./lib/cluster";
import { CONNECTIONS, DURATION_S, hammer, LOAD_HEADER, loadCells, printTable, signInSubmitters, submitLoad, type LoadResult } from "./lib/load";
import { startBuiltServer } from "./lib/server";

export type ScaleRow = LoadResult & { ratio: number };

const LOGS = resolve("tests/e2e/.artifacts/bench-scale");
// Logging as in production (LOG_LEVEL info: the access log and the app's info lines are part of the cost).
const ENV = { LOG_LEVEL: "info", RATE_LIMIT_MULTIPLIER: "100000" };

type Setup = { label: string; start: (databaseUrl: string) => Promise<{ url: string; stop: () => Promise<void> }> };

const SETUPS: Setup[] = [
  {
    label: "PostgreSQL, 1 instance",
    start: async (databaseUrl) => {
      const server = await startBuiltServer({ logFile: join(LOGS, "pg-1.log"), env: { ...ENV, DATABASE_URL: databaseUrl } });
      return { url: server.baseUrl, stop: server.stop };
    },
  },
  ...[1, 2].map((instances) => ({
    label: `PostgreSQL, ${instances} instance${instances > 1 ? "s" : ""}, balancer + shared mock`,
    start: (databaseUrl: string) => startCluster({ databaseUrl, instances, logDir: join(LOGS, `cluster-${instances}`), env: ENV }),
  })),
];

/** The rows, or null when there is no PostgreSQL to run on. */
export async function runScaleBenchmark(pglite: { step: LoadResult; submit: LoadResult }): Promise<ScaleRow[] | null> {
  const steps: ScaleRow[] = [{ ...pglite.step, name: "journey step: PGlite, 1 instance", ratio: 1 }];
  const submits: ScaleRow[] = [{ ...pglite.submit, name: "submit: PGlite, 1 instance", ratio: 1 }];
  rmSync(LOGS, { recursive: true, force: true }); // the server logs are appended to
  for (const setup of SETUPS) {
    const database = await testPostgres();
    if (!database) return null;
    try {
      const running = await setup.start(database.url);
      try {
        const step = await hammer(running.url, await journeyStepTarget(running.url, () => `journey step: ${setup.label}`));
        steps.push({ ...step, ratio: step.requestsPerSecond / pglite.step.requestsPerSecond });
        const submit = await submitLoad(`submit: ${setup.label}`, await signInSubmitters(running.url));
        submits.push({ ...submit, ratio: submit.requestsPerSecond / pglite.submit.requestsPerSecond });
      } finally {
        await running.stop();
      }
    } finally {
      await database.stop();
    }
  }
  return [...steps, ...submits];
}

export function printScaleTable(rows: ScaleRow[]): void {
  console.log(`\nScale: ${CONNECTIONS} connections (journey step) for ${DURATION_S} s; the submit as in the load table`);
  printTable([...LOAD_HEADER, "req/s vs PGlite, 1 instance"], rows.map((row) => loadCells(row, row.ratio)));
}
