import { helsinkiDate } from "~/domain/calendar";
import {
  ageOf,
  canApplyFor,
  mayApplyAlone,
  type Actor,
  type Refusal,
  type Relation,
  type RepresentationBasis,
} from "~/domain/authority";
import { redactHetus } from "~/domain/hetu";
import { displayName } from "~/domain/person";
import type { Lang } from "~/i18n/languages";
import { audit, type Basis } from "./audit.server";
import { now } from "./clock.server";
import { httpError } from "./forms.server";
import { getCustody, getGuardianship, getMandates, getPerson, KelaApiError } from "./kela-api.server";
import { requireUser, updateSession, type Session, type SessionUser } from "./session.server";

/** Whom a request acts for: the signed-in person themself, or a person they represent. */
export type ActingTarget = {
  personId: string;
  basis: Basis;
  /** True when the signed-in person acts for themself. */
  self: boolean;
  /**
   * May a Kela card be applied for the target in this context? False only
   * for a signed-in person under 15 acting for themself (C-AUTH-5): show
   * "ask your guardian"; any POST in that context is refused here.
   */
  mayApply: boolean;
};

export type ActingContext = { user: SessionUser; session: Session; target: ActingTarget };

const REPRESENTATION_BASES: readonly RepresentationBasis[] = ["huoltaja", "edunvalvoja", "valtuutettu"];
const today = () => helsinkiDate(now());

/** A transient back-end fault is a localised 503 page; the user can try again. */
function unavailable(error: unknown): never {
  if (error instanceof KelaApiError) throw httpError(503, "backend_unavailable");
  throw error;
}

/** The register's person, or null when the back end does not know the id. */
export async function personOrNull(personId: string) {
  try {
    return await getPerson(personId);
  } catch (error) {
    if (error instanceof KelaApiError && error.kind === "not_found") return null;
    return unavailable(error);
  }
}

/**
 * What the back end says right now gives `actorId` authority (C-AUTH-2:
 * custody and guardianship; C-AUTH-4: Suomi.fi mandates), only the kinds asked for.
 */
export async function relationsOf(actorId: string, bases: readonly RepresentationBasis[] = REPRESENTATION_BASES): Promise<Relation[]> {
  const wants = (basis: RepresentationBasis) => bases.includes(basis);
  const [children, guardianship, mandates] = await Promise.all([
    wants("huoltaja") ? getCustody(actorId) : [],
    wants("edunvalvoja") ? getGuardianship(actorId) : { wards: [] },
    wants("valtuutettu") ? getMandates(actorId) : [],
  ]).catch(unavailable);
  return [
    ...children.map((child): Relation => ({ basis: "huoltaja", personId: child.personId })),
    ...guardianship.wards.map((ward): Relation => ({ basis: "edunvalvoja", personId: ward.personId })),
    ...mandates.map((m): Relation => ({ basis: "valtuutettu", personId: m.principal.personId, scope: m.scope, validUntil: m.validUntil })),
  ];
}

export type Representable = { personId: string; name: string | null; basis: RepresentationBasis; age: number };

/**
 * Everyone the back end says `actorId` may act for today, with the basis
 * (C-AUTH-2, C-AUTH-4). Names and ages are the register's (C-DATA-1); ages
 * from the identity code on the app clock.
 */
export async function representablePersons(actorId: string): Promise<Representable[]> {
  const relations = await relationsOf(actorId);
  const actor: Actor = { personId: actorId, relations };
  const ids = [...new Set(relations.map((r) => r.personId))].filter((id) => id !== actorId);
  const persons = await Promise.all(ids.map(personOrNull));
  const list: Representable[] = [];
  for (const person of persons) {
    if (!person) continue;
    const age = ageOf(person, today());
    const decision = canApplyFor(actor, { personId: person.id, age }, today());
    if (decision.allowed && decision.basis !== "self") list.push({ personId: person.id, name: displayName(person), basis: decision.basis, age });
  }
  return list;
}

export type Verification =
  | { ok: true; name: string | null; basis: RepresentationBasis }
  | { ok: false; reason: Refusal };

/**
 * The fresh authority check: does the back end, right now, still give
 * `actorId` the authority of `basis` over `targetId`? Only the relation of
 * that basis is asked for; another basis needs a new choice.
 */
export async function verifyRepresentation(actorId: string, targetId: string, basis: string): Promise<Verification> {
  if (!(REPRESENTATION_BASES as readonly string[]).includes(basis) || targetId === actorId) return { ok: false, reason: "no-authority" };
  const wanted = basis as RepresentationBasis;
  const [relations, person] = await Promise.all([relationsOf(actorId, [wanted]), personOrNull(targetId)]);
  if (!person) return { ok: false, reason: "no-authority" };
  const decision = canApplyFor({ personId: actorId, relations }, { personId: person.id, age: ageOf(person, today()) }, today());
  if (!decision.allowed) return { ok: false, reason: decision.reason };
  if (decision.basis !== wanted) return { ok: false, reason: "no-authority" };
  return { ok: true, name: displayName(person), basis: wanted };
}

/** The page a request is about, for the audit trail: "/fi/kela-card/orders?x" -> "kela-card/orders". */
export function auditPage(request: Request): string {
  const raw = new URL(request.url).pathname;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape stays as it is; the filter below keeps only plain characters.
  }
  const path = redactHetus(decoded, "hetu").split("/").slice(2).join("/");
  return path.replace(/[^a-z0-9/-]/gi, "").slice(0, 80) || "home";
}

const isRead = (request: Request) => request.method === "GET" || request.method === "HEAD";

/**
 * The one place every page that shows or changes someone's data asks whom it
 * is for. It is decided on the server from the session and (for anyone but
 * oneself) a fresh answer of the back end, never from a form field or URL.
 *
 * When the session says the user acts for someone, the authority is checked
 * again on every request (C-AUTH-2, C-AUTH-4, C-AUTH-5) and the view or action
 * is audited. A refusal is audited, drops the representation from the
 * session and answers 403, showing nothing of the other person.
 */
export async function requireActingContext(request: Request, lang: Lang): Promise<ActingContext> {
  const { user, session } = await requireUser(request, lang);
  const acting = session.data.actingFor;
  const page = auditPage(request);

  if (!acting || acting.personId === user.personId) {
    const me = await personOrNull(user.personId);
    // C-AUTH-1, C-AUTH-5: under 15 a person cannot apply alone; a guardian applies for them.
    const mayApply = me ? mayApplyAlone(ageOf(me, today())) : false;
    if (!mayApply && !isRead(request)) {
      await audit({ actorId: user.personId, targetId: user.personId, basis: "self", action: "apply.denied", outcome: "denied", details: { reason: "under-15", page } });
      throw httpError(403, "under_15");
    }
    return { user, session, target: { personId: user.personId, basis: "self", self: true, mayApply } };
  }

  const verified = await verifyRepresentation(user.personId, acting.personId, acting.basis);
  if (!verified.ok) {
    await audit({
      actorId: user.personId,
      targetId: acting.personId,
      basis: acting.basis as Basis,
      action: "act-for.denied",
      outcome: "denied",
      details: { reason: verified.reason, page },
    });
    await updateSession(session, { ...session.data, actingFor: undefined });
    throw httpError(403, "no_authority");
  }
  await audit({
    actorId: user.personId,
    targetId: acting.personId,
    basis: verified.basis,
    action: isRead(request) ? "page.view" : "page.submit",
    outcome: "allowed",
    details: { page },
  });
  // C-ELIG-6: the target is this one person; a card ordered in this context is theirs only.
  return { user, session, target: { personId: acting.personId, basis: verified.basis, self: false, mayApply: true } };
}

/**
 * For the banner on every page: whom the user acts for, checked again with
 * the back end. A representation that no longer holds is dropped (and the
 * banner not shown); when the back end cannot be reached the session's
 * last checked name is shown, and the page itself answers 503.
 */
export async function actingForBanner(session: Session): Promise<{ name: string | null; basis: string } | null> {
  const { user, actingFor } = session.data;
  if (!user || !actingFor || actingFor.personId === user.personId) return null;
  let verified: Verification;
  try {
    verified = await verifyRepresentation(user.personId, actingFor.personId, actingFor.basis);
  } catch {
    return { name: actingFor.name, basis: actingFor.basis };
  }
  if (!verified.ok) {
    await updateSession(session, { ...session.data, actingFor: undefined });
    return null;
  }
  return { name: verified.name, basis: verified.basis };
}
