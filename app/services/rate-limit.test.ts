import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { advanceClock, now } from "./clock.server";
import { getDb } from "./db.server";
import { flushRateLimits, hitRateLimit } from "./rate-limit.server";

/** What another instance does to the shared row: adds its own hits. */
async function hitsElsewhere(key: string, windowMs: number, n: number) {
  const at = now().getTime();
  const db = await getDb();
  await db
    .insertInto("rate_limits")
    .values({ key, window_start: new Date(at - (at % windowMs)), count: n })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ count: sql`rate_limits.count + excluded.count` }))
    .execute();
}

async function storedCount(key: string): Promise<number> {
  const db = await getDb();
  const rows = await db.selectFrom("rate_limits").select("count").where("key", "=", key).execute();
  return rows.reduce((sum, row) => sum + row.count, 0);
}

describe("rate limits", () => {
  it("allows `limit` hits in a window, refuses the next with the seconds to wait, and resets in the next window", async () => {
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await hitRateLimit("test:key", 3, 60_000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another key is counted apart.
    expect((await hitRateLimit("test:other", 3, 60_000)).allowed).toBe(true);
    advanceClock(60_000);
    expect((await hitRateLimit("test:key", 3, 60_000)).allowed).toBe(true);
  });

  it("hits that arrive together are counted exactly, and only `limit` of them are allowed; no hit writes to the database by itself", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit("test:burst", 5, 60_000)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(await storedCount("test:burst")).toBe(0);
    // The flush adds them to the shared row (another instance counts on from there).
    await flushRateLimits();
    expect(await storedCount("test:burst")).toBe(12);
    await hitRateLimit("test:burst", 5, 60_000);
    await flushRateLimits();
    expect(await storedCount("test:burst")).toBe(13);
  });

  it("holds across instances: a limit reached elsewhere holds here from the first hit, and hits elsewhere count here after a flush", async () => {
    await hitsElsewhere("test:shared", 60_000, 5);
    expect(await hitRateLimit("test:shared", 5, 60_000)).toMatchObject({ allowed: false, count: 6 });

    expect(await hitRateLimit("test:shared-2", 5, 60_000)).toMatchObject({ allowed: true, count: 1 });
    await hitsElsewhere("test:shared-2", 60_000, 3);
    await flushRateLimits();
    expect(await hitRateLimit("test:shared-2", 5, 60_000)).toMatchObject({ allowed: true, count: 5 });
    expect(await hitRateLimit("test:shared-2", 5, 60_000)).toMatchObject({ allowed: false, count: 6 });
  });
});
