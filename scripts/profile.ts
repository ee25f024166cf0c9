/**
 * `npm run profile [target]`: a CPU profile of the built server in steady
 * load (PROFILE_DIR and SIGUSR2, server/profiler.ts), and where its CPU time
 * went per request, grouped by what the code does (HTTP, Remix, rendering,
 * database, the mock back end, the app's own code, crypto, GC). Targets:
 * front (anonymous front page), step (a signed-in card-journey step), chat
 * (POST /api/chat), hello (the bare Remix route); default all four.
 * BENCH_RAMP, BENCH_DURATION (s) and BENCH_CONNECTIONS as in bench-load.ts;
 * DATABASE_URL profiles on PostgreSQL; PROFILE_TOP=n lists the n functions
 * with the most self time. The profiles stay in tests/e2e/.artifacts/profiles
 * (open them in Chrome DevTools).
 */
import autocannon from "autocannon";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { PortalClient } from "./lib/portal-client";
import { spawnBuiltServer, stopServer, waitUntilHealthy, type ServerProcess } from "./lib/server";

type Node = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** Buckets by the file a sampled function is in (first match wins); the rest is "other". */
const BUCKETS: [string, RegExp][] = [
  ["the profiler itself (not the app)", /node:inspector/],
  ["mock back end (MSW, in process; Kela's own servers in production)", /node_modules\/(msw|@mswjs)\/|\/mocks\//],
  ["database: PGlite (WASM Postgres)", /@electric-sql\/pglite/],
  ["database: pg driver", /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//],
  ["database: Kysely (query building)", /node_modules\/kysely\//],
  ["rendering: React server render", /react-dom|node_modules\/react\//],
  ["Remix runtime (routing, loaders, serialisation)", /@remix-run\/(server-runtime|router|node|react)/],
  ["HTTP: Express and Node's http", /node_modules\/(express|body-parser|finalhandler|send|serve-static|router)\/|app-server\.js|node:_http|node:http|node:net|node:stream|undici|node:internal\/deps\/undici/],
  ["chatbot (understanding, retrieval)", /app\/chat\/|@orama/],
  ["i18n (translations)", /app\/i18n\/|i18next/],
  ["crypto (session ids, CSRF, CSP nonce)", /node:crypto|node:internal\/crypto/],
  ["logging", /logger\.server|node:internal\/console|JSON\.stringify/],
  ["app code (routes, services, domain)", /\/app\/|build\/server\/assets\/server-build/],
];

function ownBucket(node: Node): string | null {
  const { functionName, url } = node.callFrame;
  if (/^\(.*\)$/.test(functionName)) {
    if (functionName === "(garbage collector)") return "garbage collection";
    if (/^\((idle|program)\)$/.test(functionName)) return "idle";
    return null;
  }
  for (const [name, pattern] of BUCKETS) if (pattern.test(url)) return name;
  return null;
}

/**
 * A sample counts for the bucket of its own function or, for Node internals
 * and natives (a stat, a writev, JSON.parse), of the nearest caller that has
 * one: a stat called by Express's static files is HTTP's cost.
 */
function attribution(profile: Profile): (id: number) => string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const memo = new Map<number, string>();
  const resolveBucket = (id: number): string => {
    const known = memo.get(id);
    if (known) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const bucket = (node && ownBucket(node)) ?? (up === undefined ? "other (Node internals, libraries)" : resolveBucket(up));
    memo.set(id, bucket);
    return bucket;
  };
  return resolveBucket;
}

export function summarise(profile: Profile): { bucket: string; ms: number; share: number }[] {
  const bucketOf = attribution(profile);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const bucket = bucketOf(id);
    totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const busy = [...totals].filter(([bucket]) => bucket !== "idle").reduce((sum, [, ms]) => sum + ms, 0);
  return [...totals]
    .filter(([bucket]) => bucket !== "idle")
    .map(([bucket, ms]) => ({ bucket, ms, share: ms / busy }))
    .sort((a, b) => b.ms - a.ms);
}

/** PROFILE_TOP=n: the n functions with the most self time, to refine the buckets. */
function topFunctions(profile: Profile, n: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const bucketOf = attribution(profile);
  const totals = new Map<string, { name: string; url: string; bucket: string; ms: number }>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node || /^\((idle|program)\)$/.test(node.callFrame.functionName)) return;
    const key = `${node.callFrame.functionName}@${node.callFrame.url}`;
    const entry = totals.get(key) ?? { name: node.callFrame.functionName || "(anonymous)", url: node.callFrame.url.replace(/^.*node_modules\//, ""), bucket: bucketOf(id), ms: 0 };
    entry.ms += (profile.timeDeltas[i] ?? 0) / 1000;
    totals.set(key, entry);
  });
  return [...totals.values()].sort((a, b) => b.ms - a.ms).slice(0, n);
}

async function untilLogged(server: ServerProcess, event: string): Promise<void> {
  for (let i = 0; i < 600 && !server.output().includes(`"event":"${event}"`); i += 1) await new Promise((r) => setTimeout(r, 50));
}

const TARGETS = ["hello", "front", "step", "chat"] as const;
type Target = (typeof TARGETS)[number];

async function profileTarget(target: Target): Promise<void> {
  const folder = resolve("tests/e2e/.artifacts/profiles", target);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const server = await spawnBuiltServer({
    logFile: resolve(`tests/e2e/.artifacts/profile-${target}.log`),
    env: { PROFILE_DIR: folder, LOG_LEVEL: "info", RATE_LIMIT_MULTIPLIER: "100000", ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) },
  });
  await waitUntilHealthy(server);
  const options: autocannon.Options = { url: `${server.baseUrl}/bench/hello`, connections: Number(process.env.BENCH_CONNECTIONS ?? 50) };
  if (target === "front") {
    const first = await fetch(`${server.baseUrl}/fi`);
    const cookie = first.headers.get("set-cookie")?.split(";")[0];
    Object.assign(options, { url: `${server.baseUrl}/fi`, headers: cookie ? { cookie } : {} });
  } else if (target === "step") {
    const client = await PortalClient.signIn(server.baseUrl, "150384-901U");
    const step = await client.get("/fi/kela-card/apply");
    Object.assign(options, { url: `${server.baseUrl}${step.location ?? "/fi/kela-card/apply/reason"}`, headers: { cookie: client.cookie } });
  } else if (target === "chat") {
    Object.assign(options, {
      url: `${server.baseUrl}/api/chat`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: "Kadotin Kela-korttini, miten saan uuden?", lang: "fi" }),
    });
  }
  // One run of load: the profile starts after the ramp (every connection open) and stops before
  // the end, so it covers the steady state only, not the start-up, the sign-in or the ramp.
  const ramp = Number(process.env.BENCH_RAMP ?? 5);
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  const answered: number[] = [];
  const run = autocannon({
    ...options,
    duration: ramp + duration + 1,
    timeout: 30,
    setupClient: (client) => client.on("response", () => answered.push(performance.now())),
  });
  await new Promise((r) => setTimeout(r, ramp * 1000));
  server.child.kill("SIGUSR2");
  await untilLogged(server, "profile.started");
  const from = performance.now();
  await new Promise((r) => setTimeout(r, duration * 1000));
  server.child.kill("SIGUSR2");
  const to = performance.now();
  const result = await run;
  await untilLogged(server, "profile.written");
  await stopServer(server);
  const requests = answered.filter((at) => at >= from && at <= to).length;
  const file = readdirSync(folder).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`No profile written in ${folder}`);
  const rows = summarise(JSON.parse(readFileSync(join(folder, file), "utf8")) as Profile);
  console.log(`\n${target}: ${options.url} — ${requests} requests profiled (${(requests / duration).toFixed(0)} req/s under the profiler), ${result.non2xx} non-2xx, ${result.errors + result.timeouts} errors in the whole run`);
  for (const row of rows.slice(0, 12)) {
    console.log(`  ${row.bucket.padEnd(50)} ${(row.share * 100).toFixed(1).padStart(5)} %  ${((row.ms * 1000) / requests).toFixed(0).padStart(6)} µs/request`);
  }
  if (process.env.PROFILE_TOP) {
    for (const fn of topFunctions(JSON.parse(readFileSync(join(folder, file), "utf8")) as Profile, Number(process.env.PROFILE_TOP))) {
      console.log(`    ${fn.ms.toFixed(0).padStart(6)} ms  ${fn.name}  ${fn.url}  [${fn.bucket}]`);
    }
  }
}

const chosen = (process.argv[2] ? [process.argv[2]] : TARGETS) as Target[];
for (const target of chosen) await profileTarget(target);
