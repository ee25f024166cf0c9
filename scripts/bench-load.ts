/**
 * Load benchmark: the production build on 127.0.0.1, driven by autocannon
 * with 50 connections for 20 s per target. Reports requests/s, p95 latency and
 * errors for the front page, a signed-in card-journey step and POST /api/chat,
 * side by side with a bare Remix hello-world route of the same build, and the
 * ratio to it. Any error or non-2xx answer fails the run.
 */
import autocannon from "autocannon";
import { resolve } from "node:path";
import { signInOverHttp, startBuiltServer } from "./lib/server";

type Target = { name: string; path: string; method?: "GET" | "POST"; body?: string; headers?: Record<string, string> };
export type LoadRow = { name: string; requestsPerSecond: number; p95Ms: number; errors: number; non2xx: number; ratio: number };

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function hammer(baseUrl: string, target: Target): Promise<Omit<LoadRow, "ratio">> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${baseUrl}${target.path}`,
    method: target.method ?? "GET",
    body: target.body,
    headers: target.headers,
    connections: CONNECTIONS,
    duration: DURATION_S,
    setupClient: (client) => {
      client.on("response", (_status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    },
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    requestsPerSecond: result.requests.average,
    p95Ms: percentile(latencies, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function runLoadBenchmark(): Promise<LoadRow[]> {
  // Rate limits are per client; every request here comes from one address.
  const server = await startBuiltServer({
    logFile: resolve("tests/e2e/.artifacts/bench-server.log"),
    env: { LOG_LEVEL: "warn", RATE_LIMIT_MULTIPLIER: "100000" },
  });
  try {
    const anonymous = (await fetch(`${server.baseUrl}/fi`)).headers.get("set-cookie")!.split(";")[0]!;
    const matti = await signInOverHttp(server.baseUrl, "150384-901U");
    // The journey's first question, wherever the journey sends a new applicant.
    const step = await fetch(`${server.baseUrl}/fi/kela-card/apply`, { headers: { cookie: matti } });
    const stepPath = new URL(step.url).pathname;
    if (!step.ok || !stepPath.startsWith("/fi/kela-card/apply")) throw new Error(`No card-journey step for the benchmark (${step.status} ${stepPath})`);
    const targets: Target[] = [
      { name: "bare Remix route (/bench/hello)", path: "/bench/hello" },
      { name: "front page (/fi)", path: "/fi", headers: { cookie: anonymous } },
      { name: `card journey step (${stepPath}, signed in)`, path: stepPath, headers: { cookie: matti } },
      {
        name: "POST /api/chat",
        path: "/api/chat",
        method: "POST",
        body: JSON.stringify({ message: "Kadotin Kela-korttini, miten saan uuden?", lang: "fi" }),
        headers: { "content-type": "application/json" },
      },
    ];
    const rows: Omit<LoadRow, "ratio">[] = [];
    for (const target of targets) rows.push(await hammer(server.baseUrl, target));
    const baseline = rows[0]!.requestsPerSecond;
    return rows.map((row) => ({ ...row, ratio: row.requestsPerSecond / baseline }));
  } finally {
    await server.stop();
  }
}

export function printLoadTable(rows: LoadRow[]): void {
  console.log(`\nLoad: ${CONNECTIONS} connections, ${DURATION_S} s per target, production build on 127.0.0.1`);
  const header = ["target", "req/s", "p95 ms", "errors", "non-2xx", "req/s vs bare route"];
  const lines = rows.map((r) => [r.name, r.requestsPerSecond.toFixed(0), r.p95Ms.toFixed(1), String(r.errors), String(r.non2xx), `${(r.ratio * 100).toFixed(1)} %`]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(format(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
}

if (process.argv[1]?.endsWith("bench-load.ts")) {
  const rows = await runLoadBenchmark();
  printLoadTable(rows);
  const failed = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
  if (failed.length) {
    console.error(`\nErrors under load: ${failed.map((r) => r.name).join(", ")}`);
    process.exit(1);
  }
}
