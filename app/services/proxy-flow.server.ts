import { initialTransition, transition, type SnapshotFrom, type StateValue } from "xstate";
import type { Attachment } from "~/contracts/kela-api";
import type { Lang } from "~/i18n/languages";
import { proxyAuthorityMachine, type ProxyContext, type ProxyEvent } from "../../machines/proxyAuthority";
import { MINUTE, now } from "./clock.server";
import { getDb } from "./db.server";

/**
 * The declaration flows (written power of attorney, "other person") as the
 * server runs them: the machine's snapshot lives in the database per
 * declarant and flow; each POST sends one event and redirects to the URL of
 * the new state. The browser never holds or sends a snapshot.
 */
export type FlowKind = "power-of-attorney" | "other-person";
export const FLOW_KINDS: readonly FlowKind[] = ["power-of-attorney", "other-person"];
export type ProxySnapshot = SnapshotFrom<typeof proxyAuthorityMachine>;

/** A draft nobody has touched for this long is forgotten (it can hold a 10 MB attachment). */
const DRAFT_TTL_MS = 24 * 60 * MINUTE;

const startEvent: Record<FlowKind, ProxyEvent> = {
  "power-of-attorney": { type: "START_POWER_OF_ATTORNEY" },
  "other-person": { type: "START_OTHER_PERSON" },
};
const flowState: Record<FlowKind, "powerOfAttorney" | "otherPerson"> = {
  "power-of-attorney": "powerOfAttorney",
  "other-person": "otherPerson",
};

export function isFlowKind(value: unknown): value is FlowKind {
  return typeof value === "string" && (FLOW_KINDS as readonly string[]).includes(value);
}

export type Flow = { snapshot: ProxySnapshot; attachment: Attachment | null };

function freshFlow(kind: FlowKind): Flow {
  const [initial] = initialTransition(proxyAuthorityMachine);
  const [started] = transition(proxyAuthorityMachine, initial, startEvent[kind]);
  return { snapshot: started, attachment: null };
}

/** The declarant's flow of this kind, or a fresh one at its first step. */
export async function loadFlow(actorId: string, kind: FlowKind): Promise<Flow & { stored: boolean }> {
  const db = await getDb();
  const row = await db
    .selectFrom("proxy_drafts")
    .selectAll()
    .where("actor_id", "=", actorId)
    .where("kind", "=", kind)
    .executeTakeFirst();
  if (!row || now().getTime() - row.updated_at.getTime() > DRAFT_TTL_MS) {
    if (row) await deleteFlow(actorId, kind);
    return { ...freshFlow(kind), stored: false };
  }
  return { snapshot: restoreSnapshot(row.snapshot), attachment: (row.attachment as Attachment | null) ?? null, stored: true };
}

/** A snapshot as stored by this server (value and context), never one from the browser. */
export function restoreSnapshot(stored: unknown): ProxySnapshot {
  const saved = stored as { value: StateValue; context: ProxyContext };
  return proxyAuthorityMachine.resolveState({ value: saved.value, context: saved.context });
}

async function saveFlow(actorId: string, kind: FlowKind, flow: Flow): Promise<void> {
  const db = await getDb();
  const values = {
    snapshot: JSON.stringify({ value: flow.snapshot.value, context: flow.snapshot.context }),
    attachment: flow.attachment ? JSON.stringify(flow.attachment) : null,
    updated_at: now(),
  };
  await db
    .insertInto("proxy_drafts")
    .values({ actor_id: actorId, kind, ...values })
    .onConflict((oc) => oc.columns(["actor_id", "kind"]).doUpdateSet(values))
    .execute();
}

export async function deleteFlow(actorId: string, kind: FlowKind): Promise<void> {
  const db = await getDb();
  await db.deleteFrom("proxy_drafts").where("actor_id", "=", actorId).where("kind", "=", kind).execute();
}

/**
 * Sends one event to the declarant's flow and stores the result (a finished
 * or cancelled flow is deleted). `attachment` replaces the stored one when given.
 */
export async function sendToFlow(actorId: string, kind: FlowKind, event: ProxyEvent, attachment?: Attachment | null): Promise<ProxySnapshot> {
  const flow = await loadFlow(actorId, kind);
  const [next] = transition(proxyAuthorityMachine, flow.snapshot, event);
  if (next.status === "done" || next.matches("choosing")) {
    await deleteFlow(actorId, kind);
  } else {
    await saveFlow(actorId, kind, { snapshot: next, attachment: attachment === undefined ? flow.attachment : attachment });
  }
  return next;
}

export type FlowStep = "editing" | "checking" | "refused" | "submitted" | "cancelled";

/** Where a flow's snapshot stands. */
export function flowStep(kind: FlowKind, snapshot: ProxySnapshot): FlowStep {
  if (snapshot.status === "done") return "submitted";
  const value = snapshot.value;
  if (typeof value === "object" && flowState[kind] in value) {
    return (value as Record<string, FlowStep>)[flowState[kind]]!;
  }
  return "cancelled";
}

/** The URL of a flow's step: one URL per step, the journey decides which may be visited. */
export function flowUrl(lang: Lang, kind: FlowKind, step: FlowStep): string {
  switch (step) {
    case "editing":
      return `/${lang}/act-for/${kind}`;
    case "checking":
      return `/${lang}/act-for/${kind}/check`;
    case "refused":
      return `/${lang}/act-for/${kind}/refused`;
    case "submitted":
      return `/${lang}/act-for/cases?sent=1`;
    case "cancelled":
      return `/${lang}/act-for`;
  }
}
