import type { AutomaticCardReason } from "~/contracts/kela-api";
import type { CardFact, CardFacts } from "./facts";

/** Why no card can be applied for (C-ELIG-2..5). */
export type Refusal = "kela-identifier" | "insurance" | "no-name" | "card-writing-block";

export type Eligibility =
  | { kind: "eligible" }
  | { kind: "refused"; reason: Refusal }
  /** C-AUTO-1: a new card is coming without an application. */
  | { kind: "automatic"; reason: AutomaticCardReason };

type EligibilityFacts = Pick<CardFacts, "identifierType" | "insuranceStatus" | "hasName" | "cardWritingBlock" | "automaticCardReason">;

/** C-ELIG-5: an identifier issued by Kela is not a Finnish personal identity code. */
export const hasKelaIdentifier = (f: EligibilityFacts) => f.identifierType === "kela";
/** C-ELIG-1 / C-ELIG-2: only the insured; not when insurance is missing, unclear or pending. */
export const insuranceNotSettled = (f: EligibilityFacts) => f.insuranceStatus !== "insured";
/** C-ELIG-3: no name registered yet (a newborn). */
export const hasNoName = (f: EligibilityFacts) => !f.hasName;
/** C-ELIG-4: a card-writing block (e.g. an adopted child whose name change is pending). */
export const hasCardWritingBlock = (f: EligibilityFacts) => f.cardWritingBlock;
/** C-AUTO-1: the register orders a new card by itself. */
export const automaticCardComing = (f: EligibilityFacts) => f.automaticCardReason !== null;

/**
 * Whether the person may apply for a new card, decided before any question.
 * The order of the checks decides which reason is told when several apply.
 */
export function eligibilityOf(facts: EligibilityFacts): Eligibility {
  if (hasKelaIdentifier(facts)) return { kind: "refused", reason: "kela-identifier" };
  if (insuranceNotSettled(facts)) return { kind: "refused", reason: "insurance" };
  if (hasNoName(facts)) return { kind: "refused", reason: "no-name" };
  if (hasCardWritingBlock(facts)) return { kind: "refused", reason: "card-writing-block" };
  if (facts.automaticCardReason) return { kind: "automatic", reason: facts.automaticCardReason };
  return { kind: "eligible" };
}

/**
 * C-PHOTO-1: photo cards are no longer issued but a valid one stays valid
 * until the date on it, or indefinitely.
 */
export function holdsValidPhotoCard(cards: CardFact[], today: string): boolean {
  return cards.some(
    (c) => c.type === "photo" && ["delivered", "sent_to_manufacturer"].includes(c.state) && (c.validUntil === null || c.validUntil >= today),
  );
}

/** C-IDCARD-1: an ID card with health insurance data (no longer issued; the police cancels them). */
export function holdsIdCard(cards: CardFact[]): boolean {
  return cards.some((c) => c.type === "id_card");
}

/** C-PHOTO-2: markings that existed only on photo cards (pensioner, veteran, mine-clearer, discounts). */
export function photoCardMarkingsOf(cards: CardFact[]): CardFact["photoCardMarkings"] {
  return [...new Set(cards.filter((c) => c.type === "photo").flatMap((c) => c.photoCardMarkings))];
}
