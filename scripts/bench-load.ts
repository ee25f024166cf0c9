/**
 * Load benchmark: the production build on 127.0.0.1 (one instance), driven by
 * autocannon with 50 connections for 20 s per target after a 5 s ramp.
 * Reports requests/s, p50/p95/p99 latency, errors and 429s for the front
 * page (served again to anonymous visitors, and rendered every time), a
 * signed-in card-journey step, POST /api/chat and the final submit of
 * a card application, side by side with a bare Remix hello-world route of
 * the same build, and the ratio to it: on the embedded PGlite, and again on a
 * local PostgreSQL (what the embedded database costs). Any error or non-2xx
 * answer fails the run.
 */
import { resolve } from "node:path";
import { CONNECTIONS, DURATION_S, RAMP_S, failedRows, hammer, LOAD_HEADER, loadCells, printTable, signInSubmitters, submitLoad, type LoadResult, type Target } from "./lib/load";
import { testPostgres } from "./lib/cluster";
import { signInOverHttp, startBuiltServer } from "./lib/server";

export type LoadBenchmark = { rows: LoadResult[]; step: LoadResult; submit: LoadResult };

/** The journey's first question, wherever the journey sends a new applicant; for the load tables. */
export async function journeyStepTarget(baseUrl: string, name: (path: string) => string): Promise<Target> {
  const matti = await signInOverHttp(baseUrl, "150384-901U");
  const step = await fetch(`${baseUrl}/fi/kela-card/apply`, { headers: { cookie: matti } });
  const stepPath = new URL(step.url).pathname;
  if (!step.ok || !stepPath.startsWith("/fi/kela-card/apply")) throw new Error(`No card-journey step for the benchmark (${step.status} ${stepPath})`);
  return { name: name(stepPath), path: stepPath, headers: { cookie: matti } };
}

export async function runLoadBenchmark(options: { databaseUrl?: string } = {}): Promise<LoadBenchmark> {
  // Rate limits are per client; every request here comes from one address. Logging as in
  // production (LOG_LEVEL info: the access log and the app's info lines are part of the cost).
  const start = (cache: "on" | "off") =>
    startBuiltServer({
      logFile: resolve(`tests/e2e/.artifacts/bench-server${options.databaseUrl ? "-postgres" : ""}${cache === "off" ? "-rendered" : ""}.log`),
      env: {
        LOG_LEVEL: "info",
        RATE_LIMIT_MULTIPLIER: "100000",
        PUBLIC_PAGE_CACHE: cache,
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      },
    });
  const anonymousFrontPage = async (baseUrl: string, name: string): Promise<Target> => {
    const anonymous = (await fetch(`${baseUrl}/fi`)).headers.get("set-cookie")!.split(";")[0]!;
    return { name, path: "/fi", headers: { cookie: anonymous } };
  };
  const rows: LoadResult[] = [];
  const server = await start("on");
  try {
    const targets: Target[] = [
      { name: "bare Remix route (/bench/hello)", path: "/bench/hello" },
      await anonymousFrontPage(server.baseUrl, "front page (/fi), anonymous: the kept page"),
      await journeyStepTarget(server.baseUrl, (path) => `card journey step (${path}, signed in)`),
      {
        name: "POST /api/chat",
        path: "/api/chat",
        method: "POST",
        body: JSON.stringify({ message: "Kadotin Kela-korttini, miten saan uuden?", lang: "fi" }),
        headers: { "content-type": "application/json" },
      },
    ];
    for (const target of targets) rows.push(await hammer(server.baseUrl, target));
    const submitters = await signInSubmitters(server.baseUrl);
    rows.push(await submitLoad(`card application submit (${submitters.length} at once)`, submitters));
  } finally {
    await server.stop();
  }
  // What the front page costs when every visit is rendered (public-page-cache.server.ts off).
  const rendering = await start("off");
  try {
    rows.splice(2, 0, await hammer(rendering.baseUrl, await anonymousFrontPage(rendering.baseUrl, "front page (/fi), anonymous, rendered each time")));
  } finally {
    await rendering.stop();
  }
  return { rows, step: rows[3]!, submit: rows[5]! };
}

export function printLoadTable(rows: LoadResult[], database = "PGlite"): void {
  console.log(`\nLoad: one instance on ${database}, production build on 127.0.0.1; ${CONNECTIONS} connections, ${RAMP_S} s ramp, then ${DURATION_S} s measured per target`);
  console.log("(the submit: rounds of prepared drafts, one per person who may apply, all sent at once)");
  const baseline = rows[0]!.requestsPerSecond;
  printTable([...LOAD_HEADER, "req/s vs bare route"], rows.map((row) => loadCells(row, row.requestsPerSecond / baseline)));
}

/** The load table on a local PostgreSQL (null without one). */
export async function runPostgresLoadBenchmark(): Promise<LoadResult[] | null> {
  const database = await testPostgres();
  if (!database) return null;
  try {
    return (await runLoadBenchmark({ databaseUrl: database.url })).rows;
  } finally {
    await database.stop();
  }
}

if (process.argv[1]?.endsWith("bench-load.ts")) {
  const { rows } = await runLoadBenchmark();
  printLoadTable(rows);
  const postgres = process.argv.includes("--postgres") ? await runPostgresLoadBenchmark() : null;
  if (postgres) printLoadTable(postgres, "PostgreSQL");
  const failed = failedRows([...rows, ...(postgres ?? [])]);
  if (failed.length) {
    console.error(`\nErrors under load: ${failed.map((r) => r.name).join(", ")}`);
    process.exit(1);
  }
}
