import { randomUUID } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import { getEnv } from "~/env.server";
import { now } from "./clock.server";
import { getDb, type Database } from "./db.server";
import { KelaApiError } from "./kela-api.server";
import { log } from "./logger.server";
import { outboxHandlers, type OutboxKind } from "./outbox-handlers.server";

/**
 * The outbox: what the portal has promised the user (a card order, a secure
 * message) is written in the same transaction as the user's receipt, then
 * delivered to the back end by a worker. Deliveries carry the row's
 * idempotency key, so a retry after a timeout can never create a second order.
 */

/** While a delivery is in flight the row is leased to one worker for this long. */
const LEASE_MS = 60_000;
/** After this many failed attempts a row waits for an operator ("dead"), never deleted. */
export const MAX_ATTEMPTS = 30;

/** The wait after the n-th failed attempt: doubling from OUTBOX_RETRY_BASE_MS, at most an hour, with a fifth of the base as jitter. */
export function backoffMs(attempts: number): number {
  const first = getEnv().OUTBOX_RETRY_BASE_MS;
  const base = Math.min(2 ** Math.max(0, attempts - 1) * first, 60 * 60_000);
  return base + Math.floor(Math.random() * (first / 5));
}

/** Adds a delivery to the outbox inside the caller's transaction. */
export async function enqueueOutbox(
  trx: Transaction<Database> | Kysely<Database>,
  entry: { kind: OutboxKind; idempotencyKey: string; payload: Record<string, unknown> },
): Promise<string> {
  const id = randomUUID();
  const at = now();
  await trx
    .insertInto("outbox")
    .values({
      id,
      kind: entry.kind,
      idempotency_key: entry.idempotencyKey,
      payload: JSON.stringify(entry.payload),
      status: "pending",
      attempts: 0,
      next_attempt_at: at,
      created_at: at,
      delivered_at: null,
      last_error: null,
      result: null,
    })
    .execute();
  return id;
}

/**
 * Delivers what is due: claims rows with FOR UPDATE SKIP LOCKED (so several
 * instances never take the same row), leases them, then calls the back end
 * outside the transaction. Returns how many were delivered.
 */
export async function deliverDueOutbox(options: { limit?: number; onlyId?: string } = {}): Promise<number> {
  const db = await getDb();
  const at = now();
  const claimed = await db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom("outbox")
      .selectAll()
      .where("status", "=", "pending")
      .where("next_attempt_at", "<=", at)
      .orderBy("next_attempt_at")
      .limit(options.limit ?? 10)
      .forUpdate()
      .skipLocked();
    if (options.onlyId) query = query.where("id", "=", options.onlyId);
    const rows = await query.execute();
    for (const row of rows) {
      await trx
        .updateTable("outbox")
        .set({ attempts: row.attempts + 1, next_attempt_at: new Date(at.getTime() + LEASE_MS) })
        .where("id", "=", row.id)
        .execute();
    }
    return rows.map((row) => ({ ...row, attempts: row.attempts + 1 }));
  });

  let delivered = 0;
  for (const row of claimed) {
    const handler = outboxHandlers[row.kind as OutboxKind];
    try {
      if (!handler) throw new Error(`No outbox handler for "${row.kind}"`);
      const result = await handler(row.payload as Record<string, unknown>, { idempotencyKey: row.idempotency_key });
      await db
        .updateTable("outbox")
        .set({ status: "delivered", delivered_at: now(), result: JSON.stringify(result), last_error: null })
        .where("id", "=", row.id)
        .execute();
      delivered += 1;
      log.info("outbox.delivered", { id: row.id, kind: row.kind, attempts: row.attempts });
    } catch (error) {
      const transient = !(error instanceof KelaApiError) || error.transient;
      const dead = !transient || row.attempts >= MAX_ATTEMPTS;
      const reason = error instanceof KelaApiError ? `${error.kind}${error.status ? ` ${error.status}` : ""}` : "error";
      await db
        .updateTable("outbox")
        .set({
          status: dead ? "dead" : "pending",
          last_error: reason,
          next_attempt_at: new Date(now().getTime() + backoffMs(row.attempts)),
        })
        .where("id", "=", row.id)
        .execute();
      (dead ? log.error : log.warn)("outbox.delivery_failed", { id: row.id, kind: row.kind, attempts: row.attempts, reason, dead });
    }
  }
  return delivered;
}

/** Tries one entry right away (after the user's transaction committed); the worker retries if this fails. */
export async function tryDeliverNow(id: string): Promise<boolean> {
  try {
    return (await deliverDueOutbox({ onlyId: id, limit: 1 })) === 1;
  } catch (error) {
    log.warn("outbox.immediate_failed", { id, error });
    return false;
  }
}

/**
 * Data minimisation: a week after delivery the back end has the application
 * or message (with its attachments); the copy here is emptied. The row itself
 * (status, the back end's answer) stays for the receipts that refer to it.
 */
export const KEEP_DELIVERED_PAYLOAD_MS = 7 * 24 * 60 * 60_000;

export async function purgeDeliveredPayloads(): Promise<number> {
  const db = await getDb();
  const result = await db
    .updateTable("outbox")
    .set({ payload: JSON.stringify({ purged: true }) })
    .where("status", "=", "delivered")
    .where("delivered_at", "<", new Date(now().getTime() - KEEP_DELIVERED_PAYLOAD_MS))
    .where(sql<boolean>`not (payload ? 'purged')`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function outboxEntry(id: string) {
  const db = await getDb();
  return db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
}
