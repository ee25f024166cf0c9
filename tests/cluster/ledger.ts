import pg from "pg";
import type { KeyStats } from "../../scripts/lib/mock-backend";

/**
 * The two sides of "exactly once", read after the run: what the portal
 * promised (receipts and their outbox rows, straight from PostgreSQL) and
 * what the back end created (the shared mock's count per idempotency key).
 */
export type Promised = { draftId: string; key: string; status: string; attempts: number };

export async function promisedOrders(databaseUrl: string): Promise<Promised[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ draft_id: string; idempotency_key: string; status: string; attempts: number }>(
      `select r.draft_id, o.idempotency_key, o.status, o.attempts
         from card_receipts r join outbox o on o.id = r.outbox_id`,
    );
    return rows.map((r) => ({ draftId: r.draft_id, key: r.idempotency_key, status: r.status, attempts: r.attempts }));
  } finally {
    await client.end();
  }
}

/** Outbox rows by status; waits until none is pending (or the time is up) and returns the last count. */
export async function drainedOutbox(databaseUrl: string, timeoutMs: number): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ status: string; n: string }>("select status, count(*)::text as n from outbox group by status");
      const counts = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
      if (!counts.pending || Date.now() > deadline) return counts;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await client.end();
  }
}

export type Verdict = {
  promised: number;
  /** Promised keys the back end created exactly once, with no second delivery. */
  delivered: number;
  /** Promised keys the back end never created. */
  lost: string[];
  /** Keys created more than once, sent again while in flight or after a success answer. */
  duplicated: string[];
  /** Keys the back end created that no receipt promised. */
  unexpected: string[];
  /** POSTs beyond the first of each key (the outbox retrying after faults). */
  retries: number;
};

export function verdictOf(promised: Promised[], backend: Record<string, KeyStats>): Verdict {
  const keys = new Set(promised.map((p) => p.key));
  const lost = [...keys].filter((key) => !backend[key]?.created);
  const duplicated = Object.entries(backend)
    .filter(([, s]) => s.created > 1 || s.concurrent > 0 || s.afterSuccess > 0)
    .map(([key, s]) => `${key} (created ${s.created}, concurrent ${s.concurrent}, after success ${s.afterSuccess})`);
  const unexpected = Object.keys(backend).filter((key) => backend[key]!.created > 0 && !keys.has(key));
  const delivered = [...keys].filter((key) => {
    const s = backend[key];
    return s && s.created === 1 && s.concurrent === 0 && s.afterSuccess === 0;
  }).length;
  const retries = Object.values(backend).reduce((sum, s) => sum + Math.max(0, s.posts - 1), 0);
  return { promised: keys.size, delivered, lost, duplicated, unexpected, retries };
}
