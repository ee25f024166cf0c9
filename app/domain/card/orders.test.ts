import { describe, expect, it } from "vitest";
import type { Card } from "~/contracts/kela-api";
import { fixturePersons } from "../../../mocks/fixtures/persons";
import { cardPicture, currentCard, formatSpecialRight, visibleCards } from "./orders";

const NOW = new Date("2026-11-25T08:00:00Z");
const cardsOf = (hetu: string) => fixturePersons.find((f) => f.person.identifier.value === hetu)!.cards(NOW);

describe("ordered cards (seed 001, 1.5 and 2)", () => {
  it("C-VIEW-1: every card is listed newest first, photo and ID cards included", () => {
    expect(visibleCards(cardsOf("040488-935N")).map((c) => c.id)).toEqual(["c-ville-new", "c-ville-old"]);
    expect(visibleCards(cardsOf("110250-925E")).map((c) => c.type)).toEqual(["photo"]);
    expect(visibleCards(cardsOf("231085-927R")).map((c) => c.type)).toEqual(["id_card"]);
  });

  it("C-VIEW-1: an automatic order shows only once sent to the manufacturer", () => {
    const [base] = cardsOf("150384-901U") as [Card];
    const pending: Card = { ...base, id: "auto-pending", automatic: true, state: "ordered", sentToManufacturerAt: null, orderedAt: "2026-11-24T08:00:00.000Z" };
    const sent: Card = { ...pending, id: "auto-sent", state: "sent_to_manufacturer", sentToManufacturerAt: "2026-11-24T20:00:00.000Z" };
    const manual: Card = { ...pending, id: "manual-pending", automatic: false };
    expect(visibleCards([base, pending, sent, manual]).map((c) => c.id).sort()).toEqual(["auto-sent", "c-matti-1", "manual-pending"]);
  });

  it("C-VIEW-2: the card picture shows name, masked identity code, issue date and insurance markings", () => {
    const matti = cardPicture(currentCard(cardsOf("150384-901U"), "2026-11-25")!);
    expect(matti).toMatchObject({ name: "MEIKÄLÄINEN MATTI", identityCode: "150384-****", issueDate: "2023-05-15", insuredUntil: null, ktMarking: false });
    expect(JSON.stringify(matti)).not.toContain("901U");
    expect(cardPicture(currentCard(cardsOf("170192-931J"), "2026-11-25")!).insuredUntil).toBe("2027-06-30");
    expect(cardPicture(currentCard(cardsOf("251258-933V"), "2026-11-25")!).specialRights).toEqual(["AE 201/08.27"]);
    expect(cardPicture(currentCard(cardsOf("060677-929J"), "2026-11-25")!).workplaceFund).toEqual({ name: "Esimerkkiyhtiön työpaikkakassa", number: "0412" });
    expect(cardPicture(currentCard(cardsOf("021179-902M"), "2026-11-25")!).ktMarking).toBe(true);
    expect(formatSpecialRight({ group: "AE", code: "201", lastValidMonth: "2010-08" })).toBe("AE 201/08.10");
  });

  it("C-PHOTO-1 / C-IDCARD-1: a photo card without end date is current; an expired ID card is not", () => {
    expect(currentCard(cardsOf("110250-925E"), "2026-11-25")?.type).toBe("photo");
    expect(cardPicture(currentCard(cardsOf("110250-925E"), "2026-11-25")!).photoCardMarkings).toEqual(["pensioner", "discounts"]);
    expect(currentCard(cardsOf("231085-927R"), "2026-11-25")).toBeNull();
  });
});
