import { randomBytes, randomUUID } from "node:crypto";
import type { CardOrderRequest, CreateCaseRequest } from "~/contracts/kela-api";
import { USUAL_DELIVERY_DAYS } from "~/domain/card/delivery";
import { addDays, helsinkiDayOf } from "~/domain/card/facts";
import { redactHetus } from "~/domain/hetu";
import type { Lang } from "~/i18n/languages";
import { applicationOf, type CardApplication } from "../../machines/lostCard";
import type { ActingContext } from "./acting-for.server";
import { audit } from "./audit.server";
import { restoreDraft, send, stepOf, type CardRegister, type JourneySnapshot } from "./card-journey.server";
import type { CardApplicationPayload, CardDeliveryResult } from "./card-order-delivery.server";
import { now } from "./clock.server";
import { getDb } from "./db.server";
import { enqueueOutbox, tryDeliverNow } from "./outbox.server";

/** Crockford base32 without look-alikes: easy to read out on the phone. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export function newReference(): string {
  const chars = [...randomBytes(8)].map((b) => ALPHABET[b % 32]).join("");
  return `KK-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export type SubmitResult =
  | { kind: "submitted"; reference: string; created: boolean }
  /** The draft is gone (another person's, expired, or never saved). */
  | { kind: "no-draft" }
  /** The machine did not accept SUBMIT: the answers are not complete for today's facts. */
  | { kind: "not-ready"; snapshot: JourneySnapshot };

/**
 * Submits the draft exactly once: in ONE transaction the draft is locked, the
 * receipt written, the delivery put in the outbox (with an idempotency key
 * derived from the draft) and the draft deleted. A double click, a resubmit
 * or a replayed POST finds the receipt of that draft instead. The back
 * end is tried right after the commit; if it is down, the outbox worker keeps
 * trying, and the user has the receipt either way.
 */
export async function submitCardApplication(ctx: ActingContext, lang: Lang, draftId: string, register: CardRegister): Promise<SubmitResult> {
  const db = await getDb();
  const outcome = await db.transaction().execute(async (trx): Promise<SubmitResult & { outboxId?: string }> => {
    const draft = await trx
      .selectFrom("card_drafts")
      .selectAll()
      .where("id", "=", draftId)
      .where("actor_id", "=", ctx.user.personId)
      .where("target_id", "=", ctx.target.personId)
      .forUpdate()
      .executeTakeFirst();
    if (!draft) {
      // Already submitted (the draft is gone, its receipt stays): the same receipt again.
      const receipt = await trx
        .selectFrom("card_receipts")
        .select("reference")
        .where("draft_id", "=", draftId)
        .where("actor_id", "=", ctx.user.personId)
        .where("target_id", "=", ctx.target.personId)
        .executeTakeFirst();
      return receipt ? { kind: "submitted", reference: receipt.reference, created: false } : { kind: "no-draft" };
    }
    const restored = restoreDraft(draft.snapshot, draft.machine_version);
    if (!restored) return { kind: "no-draft" };
    const ready = send(restored, { type: "REGISTER", facts: register.facts, mayApply: ctx.target.mayApply });
    const submitted = send(ready, { type: "SUBMIT" });
    if (stepOf(submitted) !== "submitted") return { kind: "not-ready", snapshot: ready };

    const application = applicationOf(submitted.context);
    const manual = submitted.value === "manualHandling";
    const payload = payloadOf(ctx, lang, application, manual);
    const at = now();
    const outboxId = await enqueueOutbox(trx, { kind: "card-order", idempotencyKey: `card-application:${draft.id}`, payload });
    const reference = newReference();
    await trx
      .insertInto("card_receipts")
      .values({
        id: randomUUID(),
        reference,
        draft_id: draft.id,
        actor_id: ctx.user.personId,
        target_id: ctx.target.personId,
        basis: ctx.target.basis,
        kind: manual ? "manual-case" : "order",
        outbox_id: outboxId,
        application: JSON.stringify(application),
        created_at: at,
      })
      .execute();
    await trx.deleteFrom("card_drafts").where("id", "=", draft.id).execute();
    return { kind: "submitted", reference, created: true, outboxId };
  });

  if (outcome.kind === "submitted" && outcome.outboxId) {
    await audit({
      actorId: ctx.user.personId,
      targetId: ctx.target.personId,
      basis: ctx.target.basis,
      action: "card.application.submit",
      outcome: "allowed",
      details: { reference: outcome.reference },
    });
    await tryDeliverNow(outcome.outboxId);
  }
  const { outboxId: _omit, ...result } = outcome;
  return result;
}

/** The back end's shape of the application; the card is for the target only (C-ELIG-6). */
function payloadOf(ctx: ActingContext, lang: Lang, application: CardApplication, manual: boolean): CardApplicationPayload {
  const submittedBy = { personId: ctx.user.personId, basis: ctx.target.basis };
  // Free text never carries an identity code onward (it was refused at entry; this is the last line).
  const lossExplanation = application.lossExplanation === null ? null : redactHetus(application.lossExplanation);
  if (manual) {
    const request: CreateCaseRequest = {
      type: "card-order-manual",
      personId: ctx.target.personId,
      submittedBy,
      details: {
        reason: application.reason,
        lossExplanation,
        replacesCardId: application.replacesCardId,
        complaint: application.complaint,
        urgent: application.urgent,
        // C-DELIV-4: why no automatic order; C-DELIV-2: the card goes via the office.
        manualReasons: application.delivery.manualReasons,
        viaOffice: application.delivery.viaOffice,
        language: lang,
      },
      attachments: [],
    };
    return { channel: "case", request };
  }
  const request: CardOrderRequest = {
    personId: ctx.target.personId,
    submittedBy,
    cardType: "photoless",
    reason: application.reason,
    lossExplanation,
    replacesCardId: application.replacesCardId,
    complaint: application.complaint,
    delivery: application.delivery.method === "office" ? "office" : "home",
    language: lang,
    channel: "portal",
  };
  return { channel: "order", request };
}

export type ReceiptView = {
  reference: string;
  kind: "order" | "manual-case";
  submittedAt: string;
  application: CardApplication;
  /** True once the back end has it. */
  delivered: boolean;
  orderId: string | null;
  caseId: string | null;
  /** C-DELIV-5: the back end's estimate, or about two weeks from submission. */
  estimatedDelivery: string;
};

/** The newest receipt of (actor, target), with where its delivery stands. */
export async function latestReceipt(ctx: ActingContext): Promise<ReceiptView | null> {
  const db = await getDb();
  const row = await db
    .selectFrom("card_receipts")
    .innerJoin("outbox", "outbox.id", "card_receipts.outbox_id")
    .select([
      "card_receipts.reference",
      "card_receipts.kind",
      "card_receipts.created_at",
      "card_receipts.application",
      "outbox.status",
      "outbox.result",
    ])
    .where("card_receipts.actor_id", "=", ctx.user.personId)
    .where("card_receipts.target_id", "=", ctx.target.personId)
    .orderBy("card_receipts.created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const result = (row.status === "delivered" ? row.result : null) as CardDeliveryResult | null;
  return {
    reference: row.reference,
    kind: row.kind,
    submittedAt: row.created_at.toISOString(),
    application: row.application as unknown as CardApplication,
    delivered: row.status === "delivered",
    orderId: result?.orderId ?? null,
    caseId: result?.caseId ?? null,
    estimatedDelivery: result?.estimatedDelivery ?? addDays(helsinkiDayOf(row.created_at), USUAL_DELIVERY_DAYS),
  };
}
