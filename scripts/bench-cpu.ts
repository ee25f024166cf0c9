/**
 * `npm run bench:cpu [path…]`: what a request costs the server, in CPU
 * milliseconds of its main thread per request (Linux, /proc), best of three
 * 5-second runs at 20 connections after a warm-up. Less noisy than requests
 * per second on a shared machine, so it is the figure to compare two builds
 * with: `BUILD_DIR=other-build npm run bench:cpu`. Paths: the bare route,
 * the anonymous front page, a signed-in journey step and POST /api/chat
 * unless given.
 */
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { PortalClient } from "./lib/portal-client";
import { spawnBuiltServer, stopServer, waitUntilHealthy } from "./lib/server";

const CHAT = { method: "POST" as const, headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Kadotin Kela-korttini, miten saan uuden?", lang: "fi" }) };
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/bench/hello", "/fi", "/fi/kela-card/apply/reason", "/api/chat"];

/** User plus system time of one thread, in milliseconds (fields 14 and 15 of its stat line, in clock ticks of 10 ms). */
function threadMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const server = await spawnBuiltServer({ logFile: resolve("tests/e2e/.artifacts/bench-cpu.log"), env: { RATE_LIMIT_MULTIPLIER: "100000", LOG_LEVEL: "info" } });
try {
  await waitUntilHealthy(server);
  const signedIn = await PortalClient.signIn(server.baseUrl, "150384-901U");
  const anonymous = (await fetch(`${server.baseUrl}/fi`)).headers.get("set-cookie")!.split(";")[0]!;
  const pid = server.child.pid!;
  for (const path of paths) {
    const cookie = path === "/fi" ? anonymous : signedIn.cookie;
    const options: autocannon.Options = { url: `${server.baseUrl}${path}`, connections: 20, duration: 5, headers: { cookie }, ...(path === "/api/chat" ? CHAT : {}) };
    await autocannon({ ...options, duration: 2 });
    const runs: { ms: number; rps: number; failed: number }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const before = threadMs(pid);
      const result = await autocannon(options);
      runs.push({ ms: (threadMs(pid) - before) / result.requests.total, rps: result.requests.average, failed: result.errors + result.non2xx });
    }
    const best = runs.sort((a, b) => a.ms - b.ms)[0]!;
    console.log(`${path.padEnd(32)} ${best.ms.toFixed(2).padStart(6)} ms CPU per request (main thread), ${best.rps.toFixed(0)} req/s${best.failed ? `, ${best.failed} failed` : ""}`);
  }
} finally {
  await stopServer(server);
}
