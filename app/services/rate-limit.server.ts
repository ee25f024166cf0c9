import { sql } from "kysely";
import { getEnv } from "~/env.server";
import { now } from "./clock.server";
import { getDb } from "./db.server";
import { log } from "./logger.server";

/**
 * Fixed-window rate limits that hold across app instances, without a
 * database write per request. `key` names the thing limited and whom, e.g.
 * "login:203.0.113.5".
 *
 * Each instance counts its own hits in memory and adds them to the shared
 * row in the database every FLUSH_MS (one statement for every counter that
 * moved). A decision is this instance's hits plus the total the database
 * gave at the last flush, and a counter's first hit on an instance reads the
 * total first, so a limit reached on one instance holds on the others
 * within one flush: at most the other instances' hits of the last FLUSH_MS
 * get through over the limit. A crash loses at most FLUSH_MS of counting.
 */
export const FLUSH_MS = 500;

type Counter = { key: string; windowStart: Date; windowEnd: number; known: number; unflushed: number };

const holder = globalThis as { __rateLimits?: Map<string, Promise<Counter>> };
const counters = (holder.__rateLimits ??= new Map());

export async function hitRateLimit(
  key: string,
  limit: number,
  windowMs: number,
): Promise<{ allowed: boolean; retryAfterSeconds: number; count: number }> {
  const at = now().getTime();
  const windowStart = new Date(at - (at % windowMs));
  const id = `${key}\n${windowStart.toISOString()}`;
  let pending = counters.get(id);
  if (!pending) {
    pending = readCounter(key, windowStart, windowStart.getTime() + windowMs);
    counters.set(id, pending);
    pending.catch(() => counters.delete(id));
  }
  const counter = await pending;
  counter.unflushed += 1;
  const count = counter.known + counter.unflushed;
  const retryAfterSeconds = Math.ceil((counter.windowEnd - at) / 1000);
  return { allowed: count <= limit * getEnv().RATE_LIMIT_MULTIPLIER, retryAfterSeconds, count };
}

/** What the other instances have counted so far in this window. */
async function readCounter(key: string, windowStart: Date, windowEnd: number): Promise<Counter> {
  const db = await getDb();
  const row = await db.selectFrom("rate_limits").select("count").where("key", "=", key).where("window_start", "=", windowStart).executeTakeFirst();
  return { key, windowStart, windowEnd, known: row?.count ?? 0, unflushed: 0 };
}

/**
 * Adds every instance-local count to the database (one statement), learns
 * the totals, and forgets counters whose window has ended. Run every
 * FLUSH_MS by the background service, and at shutdown.
 */
export async function flushRateLimits(): Promise<void> {
  const moved: Counter[] = [];
  const at = now().getTime();
  for (const [id, pending] of counters) {
    const counter = await pending;
    if (counter.unflushed > 0) moved.push(counter);
    else if (counter.windowEnd <= at) counters.delete(id);
  }
  if (!moved.length) return;
  const sent = moved.map((counter) => counter.unflushed);
  const db = await getDb();
  const rows = await db
    .insertInto("rate_limits")
    .values(moved.map((counter, i) => ({ key: counter.key, window_start: counter.windowStart, count: sent[i]! })))
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ count: sql`rate_limits.count + excluded.count` }))
    .returning(["key", "window_start", "count"])
    .execute();
  const totals = new Map(rows.map((row) => [`${row.key}\n${row.window_start.toISOString()}`, row.count]));
  moved.forEach((counter, i) => {
    // Hits that came in while the statement ran stay to be sent next time.
    counter.unflushed -= sent[i]!;
    counter.known = totals.get(`${counter.key}\n${counter.windowStart.toISOString()}`) ?? counter.known + sent[i]!;
  });
}

/** The background service: flushes every FLUSH_MS; the last flush when stopped. */
export function startRateLimitFlusher(): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(flushRateLimits).catch((error: unknown) => log.warn("rate_limits.flush_failed", { error }));
  }, FLUSH_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await flushRateLimits().catch((error: unknown) => log.warn("rate_limits.flush_failed", { error }));
  };
}

/** The client address for rate limiting (the proxy's X-Forwarded-For is trusted only when configured in the server). */
export function clientKey(request: Request): string {
  return request.headers.get("x-client-ip") ?? "unknown";
}

export async function deleteOldRateLimits(olderThanMs = 24 * 60 * 60_000): Promise<void> {
  const db = await getDb();
  await db.deleteFrom("rate_limits").where("window_start", "<", new Date(now().getTime() - olderThanMs)).execute();
}
