import { daysBetween, type CardFact } from "./facts";

/** C-DEFECT-1: a complaint to the manufacturer is possible only this many days after ordering. */
export const COMPLAINT_WINDOW_DAYS = 60;

/**
 * The cards a user can report as defective: Kela cards they have in hand.
 * ID cards are the police's (C-IDCARD-1); replaced, returned or expired cards
 * are no longer in use.
 */
export function defectCandidates(cards: CardFact[]): CardFact[] {
  return cards.filter((c) => (c.type === "photoless" || c.type === "photo") && c.state === "delivered");
}

/**
 * C-DEFECT-1: a defective card ordered within the last 60 days is replaced
 * as a complaint (free of charge to Kela); an older one by a normal order.
 */
export function isComplaint(card: Pick<CardFact, "orderedOn">, today: string): boolean {
  return daysBetween(card.orderedOn, today) <= COMPLAINT_WINDOW_DAYS;
}
