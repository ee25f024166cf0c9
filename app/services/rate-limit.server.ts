import { sql } from "kysely";
import { getEnv } from "~/env.server";
import { now } from "./clock.server";
import { getDb } from "./db.server";

/**
 * Fixed-window rate limits kept in the database, so that they hold across
 * app instances. `key` names the thing limited and whom, e.g.
 * "login:ip:203.0.113.5". Returns whether this attempt is allowed and, if not,
 * how many seconds until the window ends.
 */
export async function hitRateLimit(
  key: string,
  limit: number,
  windowMs: number,
): Promise<{ allowed: boolean; retryAfterSeconds: number; count: number }> {
  const db = await getDb();
  const at = now().getTime();
  const windowStart = new Date(at - (at % windowMs));
  const row = await db
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ count: sql`rate_limits.count + 1` }))
    .returning("count")
    .executeTakeFirstOrThrow();
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - at) / 1000);
  return { allowed: row.count <= limit * getEnv().RATE_LIMIT_MULTIPLIER, retryAfterSeconds, count: row.count };
}

/** The client address for rate limiting (the proxy's X-Forwarded-For is trusted only when configured in the server). */
export function clientKey(request: Request): string {
  return request.headers.get("x-client-ip") ?? "unknown";
}

export async function deleteOldRateLimits(olderThanMs = 24 * 60 * 60_000): Promise<void> {
  const db = await getDb();
  await db.deleteFrom("rate_limits").where("window_start", "<", new Date(now().getTime() - olderThanMs)).execute();
}
