import { afterEach, describe, expect, it } from "vitest";
import { advanceClock } from "./clock.server";
import { getDb } from "./db.server";
import { KelaApiError } from "./kela-api.server";
import { deliverDueOutbox, enqueueOutbox, KEEP_DELIVERED_PAYLOAD_MS, outboxEntry, purgeDeliveredPayloads } from "./outbox.server";
import { outboxHandlers } from "./outbox-handlers.server";

const calls: string[] = [];
let behaviour: "ok" | "down" | "reject" = "ok";

outboxHandlers["test-delivery"] = async (_payload, { idempotencyKey }) => {
  calls.push(idempotencyKey);
  if (behaviour === "down") throw new KelaApiError("unavailable", "POST /test", 500);
  if (behaviour === "reject") throw new KelaApiError("rejected", "POST /test", 422);
  return { delivered: idempotencyKey };
};

afterEach(() => {
  calls.length = 0;
  behaviour = "ok";
});

async function enqueue(key: string) {
  const db = await getDb();
  return db.transaction().execute((trx) => enqueueOutbox(trx, { kind: "test-delivery", idempotencyKey: key, payload: { n: 1 } }));
}

describe("outbox", () => {
  it("delivers once with the entry's idempotency key and records the answer", async () => {
    const id = await enqueue("k-ok");
    expect(await deliverDueOutbox()).toBe(1);
    expect(await deliverDueOutbox()).toBe(0);
    expect(calls).toEqual(["k-ok"]);
    expect(await outboxEntry(id)).toMatchObject({ status: "delivered", result: { delivered: "k-ok" } });
  });

  it("keeps an entry through back-end failures and delivers it when the back end recovers", async () => {
    const id = await enqueue("k-retry");
    behaviour = "down";
    expect(await deliverDueOutbox()).toBe(0);
    expect(await outboxEntry(id)).toMatchObject({ status: "pending", attempts: 1, last_error: "unavailable 500" });
    // Not due again until the backoff has passed.
    expect(await deliverDueOutbox()).toBe(0);
    expect(calls).toHaveLength(1);
    behaviour = "ok";
    advanceClock(10 * 60_000);
    expect(await deliverDueOutbox()).toBe(1);
    expect(calls).toEqual(["k-retry", "k-retry"]);
    expect(await outboxEntry(id)).toMatchObject({ status: "delivered", attempts: 2 });
  });

  it("parks an entry the back end refuses (for an operator), never deletes it", async () => {
    const id = await enqueue("k-reject");
    behaviour = "reject";
    await deliverDueOutbox();
    expect(await outboxEntry(id)).toMatchObject({ status: "dead", last_error: "rejected 422" });
  });

  it("two workers at once never deliver the same entry twice", async () => {
    await enqueue("k-race-1");
    await enqueue("k-race-2");
    const [a, b] = await Promise.all([deliverDueOutbox(), deliverDueOutbox()]);
    expect(a + b).toBe(2);
    expect(calls.sort()).toEqual(["k-race-1", "k-race-2"]);
  });

  it("empties a delivered entry's payload a week after delivery, keeping its status and the back end's answer", async () => {
    const delivered = await enqueue("k-purge");
    const waiting = await enqueue("k-purge-pending");
    await deliverDueOutbox({ onlyId: delivered });
    behaviour = "down";
    await deliverDueOutbox({ onlyId: waiting });
    advanceClock(KEEP_DELIVERED_PAYLOAD_MS - 60_000);
    await purgeDeliveredPayloads();
    expect(await outboxEntry(delivered)).toMatchObject({ payload: { n: 1 } });
    advanceClock(2 * 60_000);
    expect(await purgeDeliveredPayloads()).toBeGreaterThanOrEqual(1);
    expect(await outboxEntry(delivered)).toMatchObject({ status: "delivered", payload: { purged: true }, result: { delivered: "k-purge" } });
    // Not yet delivered: kept whole, however old.
    expect(await outboxEntry(waiting)).toMatchObject({ status: "pending", payload: { n: 1 } });
  });

  it("refuses a second entry with the same idempotency key", async () => {
    await enqueue("k-dup");
    await expect(enqueue("k-dup")).rejects.toThrow();
  });
});
