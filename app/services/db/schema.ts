import type { ColumnType, Generated, JSONColumnType } from "kysely";

/**
 * The tables of the portal's own database (sessions, drafts, outbox, links,
 * audit, transcripts). Kela's registers are not here: they are the back end's.
 * Timestamps are written from the app clock, never by database defaults, so
 * that tests can move time.
 */
export interface Database {
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  outbox: OutboxTable;
}

export interface SessionsTable {
  /** sha256 of the random id in the cookie; the id itself is never stored. */
  id_hash: string;
  data: JSONColumnType<Record<string, unknown>>;
  csrf_token: string;
  /** The signed-in person (back-end person id), for "sign out everywhere" and clean-up. */
  person_id: string | null;
  created_at: Date;
  last_seen_at: Date;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Date;
  /** Back-end person id of who acted. */
  actor_id: string;
  /** Back-end person id of whom it was for (the actor for own affairs). */
  target_id: string;
  /** self, huoltaja, edunvalvoja, valtuutettu (mandate), valtakirja, muu-henkilo */
  basis: string;
  action: string;
  outcome: "allowed" | "denied" | "failed";
  details: JSONColumnType<Record<string, unknown>>;
}

export interface RateLimitsTable {
  key: string;
  window_start: Date;
  count: number;
}

export interface OutboxTable {
  id: string;
  kind: string;
  /** Sent to the back end as the Idempotency-Key header: a retry can never double. */
  idempotency_key: string;
  payload: JSONColumnType<Record<string, unknown>>;
  status: "pending" | "delivered" | "dead";
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
  /** What the back end answered (e.g. its order id). */
  result: JSONColumnType<Record<string, unknown>> | null;
}
