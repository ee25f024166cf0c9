import { now } from "./clock.server";
import { getDb } from "./db.server";
import { log } from "./logger.server";

/** On what basis the actor acts for the target (C-AUTH-2, C-AUTH-3, C-AUTH-4). */
export type Basis = "self" | "huoltaja" | "edunvalvoja" | "valtuutettu" | "valtakirja" | "muu-henkilo" | "none";

export type AuditEntry = {
  actorId: string;
  targetId: string;
  basis: Basis;
  /** What happened, e.g. "card.order.submit", "orders.view", "act-for.denied". */
  action: string;
  outcome: "allowed" | "denied" | "failed";
  /** Non-identifying details only: never an identity code or free text. */
  details?: Record<string, string | number | boolean | null>;
};

/**
 * Records who did what for whom. Written to the database (the represented
 * person can see it) and to the log by ids only.
 */
export async function audit(entry: AuditEntry): Promise<void> {
  const db = await getDb();
  await db
    .insertInto("audit_log")
    .values({
      at: now(),
      actor_id: entry.actorId,
      target_id: entry.targetId,
      basis: entry.basis,
      action: entry.action,
      outcome: entry.outcome,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
  log.info("audit", { actor: entry.actorId, target: entry.targetId, basis: entry.basis, action: entry.action, outcome: entry.outcome });
}

/** What others have done on this person's behalf, newest first. */
export async function actionsOnBehalfOf(targetId: string, limit = 50) {
  const db = await getDb();
  return db
    .selectFrom("audit_log")
    .selectAll()
    .where("target_id", "=", targetId)
    .where("actor_id", "!=", targetId)
    .orderBy("at", "desc")
    .limit(limit)
    .execute();
}
