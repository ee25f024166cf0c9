import { randomUUID } from "node:crypto";
import { getInitialSnapshot, transition, type SnapshotFrom } from "xstate";
import type { Card, Insurance, Person } from "~/contracts/kela-api";
import { cardFactsOf, helsinkiDayOf, type CardFacts } from "~/domain/card/facts";
import type { Lang } from "~/i18n/languages";
import {
  LOST_CARD_MACHINE_VERSION,
  lostCardMachine,
  STEP_SLUGS,
  type JourneyEvent,
  type Step,
} from "../../machines/lostCard";
import type { ActingContext } from "./acting-for.server";
import { DAY, now } from "./clock.server";
import { getDb } from "./db.server";
import { httpError } from "./forms.server";
import { getCards, getInsurance, getPerson, KelaApiError } from "./kela-api.server";

/** Drafts are kept this long after the last answer (on the app clock). */
export const DRAFT_TTL_MS = 30 * DAY;

export type JourneySnapshot = SnapshotFrom<typeof lostCardMachine>;

/** The register's data of the person the card is for (C-DATA-1), and the facts the rules read. */
export type CardRegister = { person: Person; insurance: Insurance; cards: Card[]; facts: CardFacts };

/** A back-end fault is a localised 503 page; nothing the user answered is lost. */
export function unavailable(error: unknown): never {
  if (error instanceof KelaApiError) throw httpError(503, "backend_unavailable");
  throw error;
}

export async function loadCardRegister(personId: string): Promise<CardRegister> {
  const [person, insurance, cards] = await Promise.all([getPerson(personId), getInsurance(personId), getCards(personId)]).catch(unavailable);
  return { person, insurance, cards, facts: cardFactsOf(person, insurance, cards, helsinkiDayOf(now())) };
}

export type Journey = {
  /** Null until the first answer is saved. */
  draftId: string | null;
  snapshot: JourneySnapshot;
  register: CardRegister;
};

/**
 * The journey of the acting person for the target person: their draft (or a
 * fresh start), with the register's facts of today applied first. A draft
 * past its 30 days, or of an older machine version, starts over.
 */
export async function loadJourney(ctx: ActingContext): Promise<Journey> {
  const register = await loadCardRegister(ctx.target.personId);
  const db = await getDb();
  let row = await db
    .selectFrom("card_drafts")
    .selectAll()
    .where("actor_id", "=", ctx.user.personId)
    .where("target_id", "=", ctx.target.personId)
    .executeTakeFirst();
  if (row && row.expires_at <= now()) {
    await db.deleteFrom("card_drafts").where("id", "=", row.id).execute();
    row = undefined;
  }
  const stored = row ? restoreDraft(row.snapshot, row.machine_version) : null;
  const start = stored ?? getInitialSnapshot(lostCardMachine, { actorId: ctx.user.personId, targetId: ctx.target.personId });
  const snapshot = send(start, { type: "REGISTER", facts: register.facts, mayApply: ctx.target.mayApply });
  return { draftId: stored && row ? row.id : null, snapshot, register };
}

/** A stored snapshot back as a machine snapshot; null when it is of another machine version. */
export function restoreDraft(persisted: Record<string, unknown>, version: number): JourneySnapshot | null {
  if (version !== LOST_CARD_MACHINE_VERSION) return null;
  try {
    return lostCardMachine.resolveState(persisted as Parameters<typeof lostCardMachine.resolveState>[0]);
  } catch {
    return null;
  }
}

/** The snapshot as stored: state and context only (never trusted from a browser). */
export function persistable(snapshot: JourneySnapshot): Record<string, unknown> {
  return { value: snapshot.value, context: snapshot.context, status: snapshot.status };
}

export function send(snapshot: JourneySnapshot, event: JourneyEvent): JourneySnapshot {
  return transition(lostCardMachine, snapshot, event)[0];
}

/** Saves the snapshot as the open draft of (actor, target); returns the draft id. */
export async function saveJourney(ctx: ActingContext, journey: Journey, snapshot: JourneySnapshot): Promise<string> {
  const db = await getDb();
  const at = now();
  const values = {
    snapshot: JSON.stringify(persistable(snapshot)),
    machine_version: LOST_CARD_MACHINE_VERSION,
    updated_at: at,
    expires_at: new Date(at.getTime() + DRAFT_TTL_MS),
  };
  if (journey.draftId) {
    await db.updateTable("card_drafts").set(values).where("id", "=", journey.draftId).execute();
    return journey.draftId;
  }
  // Starting a draft is rare enough to clear everyone's expired ones here.
  await db.deleteFrom("card_drafts").where("expires_at", "<=", at).execute();
  // Two first answers at once (a double click) meet in the unique constraint and share one draft.
  const row = await db
    .insertInto("card_drafts")
    .values({ id: randomUUID(), actor_id: ctx.user.personId, target_id: ctx.target.personId, created_at: at, ...values })
    .onConflict((oc) => oc.columns(["actor_id", "target_id"]).doUpdateSet({ ...values, created_at: at }))
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether the (actor, target) pair has an application under way. */
export async function hasOpenDraft(ctx: ActingContext): Promise<boolean> {
  const db = await getDb();
  const row = await db
    .selectFrom("card_drafts")
    .select("id")
    .where("actor_id", "=", ctx.user.personId)
    .where("target_id", "=", ctx.target.personId)
    .where("expires_at", ">", now())
    .executeTakeFirst();
  return !!row;
}

export type StepOrEnd = Step | "submitted";

/** The page of a snapshot: a journey step, or "submitted" once sent. */
export function stepOf(snapshot: JourneySnapshot): StepOrEnd {
  if (snapshot.status === "done") return "submitted";
  const value = snapshot.value;
  const top = typeof value === "string" ? value : Object.keys(value)[0]!;
  // "eligibility" only ever rests before the first REGISTER, which every request sends.
  return top in STEP_SLUGS ? (top as Step) : "reason";
}

export const applyBase = (lang: Lang) => `/${lang}/kela-card/apply`;

export function stepPath(lang: Lang, step: StepOrEnd): string {
  return step === "submitted" ? `${applyBase(lang)}/confirmation` : `${applyBase(lang)}/${STEP_SLUGS[step]}`;
}
