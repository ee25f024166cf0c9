import type { Card, SpecialRight } from "~/contracts/kela-api";
import { maskHetu } from "~/domain/hetu";

/**
 * C-VIEW-1: every card ordered for the person (photoless, photo, ID card with
 * health insurance data), newest first. An automatic order shows only once
 * it has gone to the manufacturer.
 */
export function visibleCards(cards: Card[]): Card[] {
  return cards
    .filter((card) => !card.automatic || card.sentToManufacturerAt !== null)
    .sort((a, b) => Date.parse(b.orderedAt) - Date.parse(a.orderedAt));
}

/** The card in use today: the newest delivered card still valid (C-PHOTO-1: a photo card may be valid indefinitely). */
export function currentCard(cards: Card[], today: string): Card | null {
  return visibleCards(cards).find((card) => card.state === "delivered" && (card.validUntil === null || card.validUntil >= today)) ?? null;
}

/** C-VIEW-2: the special reimbursement right as printed, e.g. "AE 201/08.27". */
export function formatSpecialRight(right: SpecialRight): string {
  const [year, month] = right.lastValidMonth.split("-");
  return `${right.group} ${right.code}/${month}.${year!.slice(2)}`;
}

export type CardPicture = {
  type: Card["type"];
  name: string;
  /** Masked even here: the picture is shown on screen (C-VIEW-2 with the HETU masked). */
  identityCode: string;
  issueDate: string | null;
  insuredUntil: string | null;
  specialRights: string[];
  ktMarking: boolean;
  workplaceFund: { name: string; number: string } | null;
  photoCardMarkings: Card["photoCardMarkings"];
};

/** C-VIEW-2: what the card shows: name, identity code, issue date, insured until, special rights, KT, workplace fund. */
export function cardPicture(card: Card): CardPicture {
  const { contents } = card;
  return {
    type: card.type,
    name: contents.name,
    identityCode: maskHetu(contents.identityCode),
    issueDate: contents.issueDate,
    insuredUntil: contents.insuredUntil,
    specialRights: contents.specialRights.map(formatSpecialRight),
    ktMarking: contents.ktMarking,
    workplaceFund: contents.workplaceFund,
    photoCardMarkings: card.type === "photo" ? card.photoCardMarkings : [],
  };
}
