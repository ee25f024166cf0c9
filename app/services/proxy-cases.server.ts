import { randomUUID } from "node:crypto";
import { transition } from "xstate";
import type { Attachment, CreateCaseRequest, KelaCase } from "~/contracts/kela-api";
import { maskHetu } from "~/domain/hetu";
import { proxyAuthorityMachine, type ProxyDraft } from "../../machines/proxyAuthority";
import { audit } from "./audit.server";
import { now } from "./clock.server";
import { getDb } from "./db.server";
import { getCase, KelaApiError } from "./kela-api.server";
import { log } from "./logger.server";
import { enqueueOutbox, outboxEntry, tryDeliverNow } from "./outbox.server";
import { restoreSnapshot, type FlowKind } from "./proxy-flow.server";

/**
 * Submitting a declaration (C-AUTH-3 "other person", C-AUTH-4 written power
 * of attorney) opens a manual-handling case: the receipt and the outbox row
 * are written in one transaction, then delivered with the receipt id as the
 * idempotency key. A back-end fault loses nothing; no card is ordered until
 * Kela's staff approve the case.
 */
export const basisOfDeclaration = { "power-of-attorney": "valtakirja", "other-person": "muu-henkilo" } as const;

export function caseRequestOf(actorId: string, draft: ProxyDraft, attachment: Attachment | null): CreateCaseRequest {
  const details =
    draft.kind === "power-of-attorney"
      ? { request: "kela-card", declaration: draft.declaration }
      : { request: "kela-card", reason: draft.reason, declaration: draft.declaration };
  return {
    type: draft.kind,
    // C-ELIG-6: the case (and any card it leads to) is about the represented person only.
    personId: draft.target.personId,
    submittedBy: { personId: actorId, basis: basisOfDeclaration[draft.kind] },
    details,
    attachments: draft.kind === "power-of-attorney" && attachment ? [attachment] : [],
  };
}

class NotReady extends Error {}

/**
 * Sends the declarant's checked flow: claims the draft (deleting it, so a
 * second click or a replayed POST finds nothing to send), writes the receipt
 * and the outbox row in the same transaction, then tries to deliver at once
 * (the worker retries). Returns the receipt id, or null when there was no
 * checked draft to send.
 */
export async function submitFlow(actorId: string, kind: FlowKind): Promise<string | null> {
  const receiptId = randomUUID();
  const db = await getDb();
  let submitted: { outboxId: string; draft: ProxyDraft };
  try {
    submitted = await db.transaction().execute(async (trx) => {
      const row = await trx
        .deleteFrom("proxy_drafts")
        .where("actor_id", "=", actorId)
        .where("kind", "=", kind)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new NotReady();
      const snapshot = restoreSnapshot(row.snapshot);
      const [next] = transition(proxyAuthorityMachine, snapshot, { type: "CONFIRM", receiptId });
      const draft = snapshot.context.draft;
      if (next.status !== "done" || !draft || draft.kind !== kind) throw new NotReady();
      const attachment = (row.attachment as Attachment | null) ?? null;
      const outboxId = await enqueueOutbox(trx, { kind: "proxy-case", idempotencyKey: receiptId, payload: caseRequestOf(actorId, draft, attachment) });
      await trx
        .insertInto("proxy_cases")
        .values({
          id: receiptId,
          actor_id: actorId,
          target_id: draft.target.personId,
          kind: draft.kind,
          masked_hetu: maskHetu(draft.target.hetu),
          outbox_id: outboxId,
          case_id: null,
          created_at: now(),
        })
        .execute();
      return { outboxId, draft };
    });
  } catch (error) {
    if (error instanceof NotReady) return null;
    throw error;
  }
  await audit({
    actorId,
    targetId: submitted.draft.target.personId,
    basis: basisOfDeclaration[kind],
    action: "proxy-case.submit",
    outcome: "allowed",
    details: { kind },
  });
  await tryDeliverNow(submitted.outboxId);
  return receiptId;
}

export type CaseState = KelaCase["state"] | "queued" | "failed" | "unknown";
export type DeclarationCase = {
  id: string;
  kind: "power-of-attorney" | "other-person";
  maskedHetu: string;
  caseId: string | null;
  state: CaseState;
  submittedAt: string;
};

/** The back end's case id once the outbox has delivered it (remembered on the receipt). */
async function caseIdOf(row: { id: string; outbox_id: string; case_id: string | null }): Promise<{ caseId: string | null; state: CaseState }> {
  if (row.case_id) return { caseId: row.case_id, state: "unknown" };
  const entry = await outboxEntry(row.outbox_id);
  if (!entry || entry.status === "dead") return { caseId: null, state: "failed" };
  const caseId = entry.status === "delivered" ? (entry.result as { caseId?: unknown } | null)?.caseId : undefined;
  if (typeof caseId !== "string") return { caseId: null, state: "queued" };
  const db = await getDb();
  await db.updateTable("proxy_cases").set({ case_id: caseId }).where("id", "=", row.id).execute();
  return { caseId, state: "unknown" };
}

/** The declarant's own cases, newest first, with the state the back end gives now. */
export async function declarationCasesOf(actorId: string): Promise<DeclarationCase[]> {
  const db = await getDb();
  const rows = await db
    .selectFrom("proxy_cases")
    .selectAll()
    .where("actor_id", "=", actorId)
    .orderBy("created_at", "desc")
    .limit(20)
    .execute();
  return Promise.all(
    rows.map(async (row) => {
      let { caseId, state } = await caseIdOf(row);
      if (caseId) {
        try {
          state = (await getCase(caseId)).state;
        } catch (error) {
          log.warn("proxy_case.state_unavailable", { receipt: row.id, kind: error instanceof KelaApiError ? error.kind : "error" });
        }
      }
      return { id: row.id, kind: row.kind, maskedHetu: row.masked_hetu, caseId, state, submittedAt: row.created_at.toISOString() };
    }),
  );
}
