import { describe, expect, it } from "vitest";
import { advanceClock } from "./clock.server";
import { hitRateLimit } from "./rate-limit.server";

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
});
