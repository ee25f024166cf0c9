import { isoDate, type CalendarDate } from "./calendar";
import { MAX_ATTACHMENT_BYTES, type AcceptedType } from "./file-type";
import { ageOn } from "./hetu";

/**
 * Who may apply for a Kela card for whom (RULES.md C-AUTH-1..5, C-ELIG-6).
 * Pure: the caller passes what the back end said a moment ago and today's
 * date in Helsinki; nothing here trusts a form field.
 */

/** C-AUTH-1, C-AUTH-5: from this age a person may apply alone. */
export const AGE_MAY_APPLY_ALONE = 15;
/** C-AUTH-2: a huoltaja acts for a child only while the child is a minor. */
export const AGE_OF_MAJORITY = 18;
/** C-AUTH-4: the only Suomi.fi mandate scope that covers a Kela card. */
export const SOCIAL_SECURITY_SCOPE = "social-security-benefits";

export type RepresentationBasis = "huoltaja" | "edunvalvoja" | "valtuutettu";

/** A relation the back end reports for the actor: the ground of authority. */
export type Relation =
  | { basis: "huoltaja"; personId: string }
  | { basis: "edunvalvoja"; personId: string }
  | { basis: "valtuutettu"; personId: string; scope: string; validUntil: string | null };

export type Actor = { personId: string; relations: readonly Relation[] };
export type Target = { personId: string; age: number };

export type Refusal =
  /** C-AUTH-5: under 15, applying alone. */
  | "under-15"
  /** C-AUTH-2: the child in custody is no longer a minor. */
  | "child-of-age"
  /** C-AUTH-4: a mandate for something else than social security benefits. */
  | "mandate-scope"
  /** C-AUTH-4: the mandate has ended. */
  | "mandate-expired"
  /** Nothing the back end says lets the actor act for the target. */
  | "no-authority";

export type RuleId = "C-AUTH-1" | "C-AUTH-2" | "C-AUTH-3" | "C-AUTH-4" | "C-AUTH-5";

export type Decision =
  | { allowed: true; basis: "self" | RepresentationBasis; rule: RuleId }
  | { allowed: false; reason: Refusal; rule: RuleId };

/** Age on `today` from the identity code (century signs of 2023 included), else from the register's birth date. */
export function ageOf(person: { identifier: { type: string; value: string }; birthDate: string }, today: CalendarDate): number {
  if (person.identifier.type === "hetu") return ageOn(person.identifier.value, today);
  const [year, month, day] = person.birthDate.split("-").map(Number) as [number, number, number];
  // 29 February sorts between 28 February and 1 March, as Finnish law counts it.
  const beforeBirthday = today.month * 100 + today.day < month * 100 + day;
  return today.year - year - (beforeBirthday ? 1 : 0);
}

/** C-AUTH-1, C-AUTH-5: 15 or over may apply alone; under 15 needs a guardian. */
export function mayApplyAlone(age: number): boolean {
  return age >= AGE_MAY_APPLY_ALONE;
}

/** C-AUTH-2, C-AUTH-5: a huoltaja may apply for a child under 18 (also for one aged 15-17). */
export function huoltajaMayApply(childAge: number): boolean {
  return childAge < AGE_OF_MAJORITY;
}

/** C-AUTH-4: a Suomi.fi mandate counts only for social security benefits and while valid. */
export function mandateRefusal(mandate: { scope: string; validUntil: string | null }, today: CalendarDate): Refusal | null {
  if (mandate.scope !== SOCIAL_SECURITY_SCOPE) return "mandate-scope";
  if (mandate.validUntil !== null && mandate.validUntil < isoDate(today)) return "mandate-expired";
  return null;
}

function decideRelation(relation: Relation, target: Target, today: CalendarDate): Decision {
  switch (relation.basis) {
    case "huoltaja":
      return huoltajaMayApply(target.age)
        ? { allowed: true, basis: "huoltaja", rule: "C-AUTH-2" }
        : { allowed: false, reason: "child-of-age", rule: "C-AUTH-2" };
    case "edunvalvoja":
      return { allowed: true, basis: "edunvalvoja", rule: "C-AUTH-2" };
    case "valtuutettu": {
      const refusal = mandateRefusal(relation, today);
      return refusal ? { allowed: false, reason: refusal, rule: "C-AUTH-4" } : { allowed: true, basis: "valtuutettu", rule: "C-AUTH-4" };
    }
  }
}

/**
 * May `actor` apply for a Kela card for `target` today? For oneself by age
 * (C-AUTH-1, C-AUTH-5); for someone else only on a relation the back end
 * reported (C-AUTH-2 huoltaja or edunvalvoja, C-AUTH-4 Suomi.fi mandate).
 * Written powers of attorney and "other person" (C-AUTH-3) are decided by
 * Kela's staff in manual handling, never here.
 */
export function canApplyFor(actor: Actor, target: Target, today: CalendarDate): Decision {
  if (actor.personId === target.personId) {
    return mayApplyAlone(target.age)
      ? { allowed: true, basis: "self", rule: "C-AUTH-1" }
      : { allowed: false, reason: "under-15", rule: "C-AUTH-5" };
  }
  let refusal: Decision | null = null;
  for (const relation of actor.relations.filter((r) => r.personId === target.personId)) {
    const decision = decideRelation(relation, target, today);
    if (decision.allowed) return decision;
    refusal ??= decision;
  }
  return refusal ?? { allowed: false, reason: "no-authority", rule: "C-AUTH-2" };
}

/** Why "other person" (muu henkilö) is not possible for a target (C-AUTH-3). */
export type OtherPersonRefusal = "has-edunvalvoja" | "minor";

/**
 * C-AUTH-3: someone may apply for a person who cannot apply themself because
 * of illness, old age or similar, and who has no edunvalvoja. A minor has a
 * huoltaja for that (C-AUTH-2).
 */
export function otherPersonRefusal(target: { age: number; hasEdunvalvoja: boolean }): OtherPersonRefusal | null {
  if (target.hasEdunvalvoja) return "has-edunvalvoja";
  if (target.age < AGE_OF_MAJORITY) return "minor";
  return null;
}

/** The reasons C-AUTH-3 names for not being able to apply oneself. */
export const OTHER_PERSON_REASONS = ["illness", "old-age", "similar"] as const;
export type OtherPersonReason = (typeof OTHER_PERSON_REASONS)[number];

/** C-AUTH-4: a written power of attorney is accepted as PDF, JPEG or PNG (by content), at most 10 MB. */
export const POWER_OF_ATTORNEY_TYPES: readonly AcceptedType[] = ["application/pdf", "image/jpeg", "image/png"];
export function isAcceptableDocument(document: { contentType: string; size: number }): boolean {
  return (POWER_OF_ATTORNEY_TYPES as readonly string[]).includes(document.contentType) && document.size > 0 && document.size <= MAX_ATTACHMENT_BYTES;
}
