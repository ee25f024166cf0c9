import { helsinkiDate, isoDate } from "~/domain/calendar";
import type { AutomaticCardReason, Card, Insurance, Person } from "~/contracts/kela-api";
import { addressQuality, type AddressQuality } from "./delivery";

/**
 * What the card rules need to know about the person a card is for, derived
 * from the register (C-DATA-1) on every request. Deliberately non-identifying
 * (no name, identity code or address text): it is kept in the journey draft and
 * sent to the browser for the instant checks.
 */
export type CardFacts = {
  /** Today in Helsinki, YYYY-MM-DD (the 60-day complaint window counts from it). */
  today: string;
  identifierType: "hetu" | "kela";
  hasName: boolean;
  cardWritingBlock: boolean;
  insuranceStatus: Insurance["status"];
  ktMarking: boolean;
  automaticCardReason: AutomaticCardReason | null;
  /** Municipality code 200. */
  livesAbroad: boolean;
  address: AddressQuality;
  cards: CardFact[];
};

export type CardFact = Pick<Card, "id" | "type" | "state" | "validUntil" | "automatic" | "complaint" | "photoCardMarkings"> & {
  /** The day the card was ordered (Helsinki), YYYY-MM-DD. */
  orderedOn: string;
};

export function cardFactsOf(person: Person, insurance: Insurance, cards: Card[], today: string): CardFacts {
  return {
    today,
    identifierType: person.identifier.type,
    hasName: !!(person.firstNames || person.lastName),
    cardWritingBlock: person.cardWritingBlock,
    insuranceStatus: insurance.status,
    ktMarking: insurance.ktMarking,
    automaticCardReason: insurance.automaticCardComing?.reason ?? null,
    livesAbroad: person.municipalityCode === "200",
    address: addressQuality(person.address),
    cards: cards.map((card) => ({
      id: card.id,
      type: card.type,
      state: card.state,
      validUntil: card.validUntil,
      automatic: card.automatic,
      complaint: card.complaint,
      photoCardMarkings: card.photoCardMarkings,
      orderedOn: helsinkiDayOf(card.orderedAt),
    })),
  };
}

/** The Helsinki calendar day of an instant, YYYY-MM-DD. */
export function helsinkiDayOf(instant: string | Date): string {
  return isoDate(helsinkiDate(typeof instant === "string" ? new Date(instant) : instant));
}

/** Whole days from one YYYY-MM-DD to another (calendar days, no time zone games). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** YYYY-MM-DD plus some days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
