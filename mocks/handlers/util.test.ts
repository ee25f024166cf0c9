import { describe, expect, it } from "vitest";
import { getEnv } from "~/env.server";
import { injectFault, keyStatsOf, receivedOf, startOutage } from "../state";

/** The mock's own bookkeeping of "exactly once" (what the two-instance test relies on), through the in-process MSW. */
const order = {
  personId: "p-matti",
  submittedBy: { personId: "p-matti", basis: "self" },
  cardType: "photoless",
  reason: "damaged",
  lossExplanation: null,
  replacesCardId: null,
  complaint: false,
  delivery: "home",
  language: "fi",
  channel: "portal",
};

function post(key: string, signal?: AbortSignal) {
  return fetch(`${getEnv().KELA_API_URL}/card-orders`, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": key },
    body: JSON.stringify(order),
    signal,
  });
}
const timeoutMs = () => getEnv().KELA_API_TIMEOUT_MS;

describe("mock back end: idempotency keys", () => {
  it("counts POSTs and creations per key; a POST after a success answer is a duplicate delivery", async () => {
    expect((await post("k-1")).status).toBe(201);
    expect((await post("k-1")).status).toBe(200);
    expect(receivedOf("card-orders")).toHaveLength(1);
    expect(keyStatsOf("card-orders")).toEqual({ "k-1": { posts: 2, created: 1, concurrent: 0, afterSuccess: 1 } });
  });

  it("a 'late' answer: the order is made, the sender gives up, its retry gets the same order and is no duplicate", async () => {
    injectFault("POST", "/card-orders", "late");
    await expect(post("k-late", AbortSignal.timeout(timeoutMs()))).rejects.toThrow();
    expect(receivedOf("card-orders")).toHaveLength(1);
    const retry = await post("k-late");
    expect(retry.status).toBe(200);
    expect((await retry.json()).orderId).toBe(receivedOf("card-orders")[0]!.result.orderId);
    expect(keyStatsOf("card-orders")["k-late"]).toEqual({ posts: 2, created: 1, concurrent: 0, afterSuccess: 0 });
  });

  it("a second POST while the first is still being answered is counted as concurrent", async () => {
    injectFault("POST", "/card-orders", "timeout");
    const first = post("k-both");
    await new Promise((r) => setTimeout(r, 50));
    expect((await post("k-both")).status).toBe(201);
    expect((await first).status).toBe(504);
    expect(keyStatsOf("card-orders")["k-both"]).toMatchObject({ posts: 2, created: 1, concurrent: 1 });
  });

  it("an outage drops the connection of matching calls until it ends; those calls are not seen", async () => {
    startOutage(300, { method: "POST", path: "/card-orders" });
    await expect(post("k-down")).rejects.toThrow();
    expect((await fetch(`${getEnv().KELA_API_URL}/health`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 350));
    expect((await post("k-down")).status).toBe(201);
    expect(keyStatsOf("card-orders")["k-down"]).toEqual({ posts: 1, created: 1, concurrent: 0, afterSuccess: 0 });
  });
});
