import { describe, expect, it } from "vitest";
import { fixturePersons } from "../../../mocks/fixtures/persons";
import { eligibilityOf, holdsIdCard, holdsValidPhotoCard, photoCardMarkingsOf } from "./eligibility";
import { cardFactsOf, type CardFacts } from "./facts";

const TODAY = "2026-11-25";
const factsOf = (match: (hetu: string) => boolean): CardFacts => {
  const f = fixturePersons.find((p) => match(p.person.identifier.value))!;
  return cardFactsOf(f.person, f.insurance, f.cards(new Date("2026-11-25T08:00:00Z")), TODAY);
};
const byHetu = (hetu: string) => factsOf((value) => value === hetu);

describe("card eligibility (seed 001, 1.1)", () => {
  it("C-ELIG-1: an insured person with a name and an identity code is eligible", () => {
    expect(eligibilityOf(byHetu("150384-901U"))).toEqual({ kind: "eligible" });
    expect(eligibilityOf(byHetu("021179-902M"))).toEqual({ kind: "eligible" });
  });

  it("C-ELIG-2: not insured (280290-913B) and pending (050695-9153) are refused; so is unclear", () => {
    expect(eligibilityOf(byHetu("280290-913B"))).toEqual({ kind: "refused", reason: "insurance" });
    expect(eligibilityOf(byHetu("050695-9153"))).toEqual({ kind: "refused", reason: "insurance" });
    expect(eligibilityOf({ ...byHetu("150384-901U"), insuranceStatus: "unclear" })).toEqual({ kind: "refused", reason: "insurance" });
  });

  it("C-ELIG-3: the newborn without a name (011126A909J) is refused", () => {
    expect(eligibilityOf(byHetu("011126A909J"))).toEqual({ kind: "refused", reason: "no-name" });
  });

  it("C-ELIG-4: the adopted child with a card-writing block (030321A9071) is refused", () => {
    expect(eligibilityOf(byHetu("030321A9071"))).toEqual({ kind: "refused", reason: "card-writing-block" });
  });

  it("C-ELIG-5: Kadri Tamm with a Kela-issued identifier is refused", () => {
    expect(eligibilityOf(factsOf((value) => value.startsWith("KELA-EE")))).toEqual({ kind: "refused", reason: "kela-identifier" });
  });

  it("C-AUTO-1: a new card coming automatically needs no application", () => {
    const facts = { ...byHetu("150384-901U"), automaticCardReason: "name-changed" as const };
    expect(eligibilityOf(facts)).toEqual({ kind: "automatic", reason: "name-changed" });
  });

  it("C-PHOTO-1: Kalle's photo card (no end date) is valid; an expired one is not", () => {
    const kalle = byHetu("110250-925E");
    expect(holdsValidPhotoCard(kalle.cards, TODAY)).toBe(true);
    expect(holdsValidPhotoCard(kalle.cards.map((c) => ({ ...c, validUntil: "2026-11-24" })), TODAY)).toBe(false);
    expect(holdsValidPhotoCard(byHetu("150384-901U").cards, TODAY)).toBe(false);
  });

  it("C-PHOTO-2: the pensioner and discount markings of a photo card are known", () => {
    expect(photoCardMarkingsOf(byHetu("110250-925E").cards)).toEqual(["pensioner", "discounts"]);
    expect(photoCardMarkingsOf(byHetu("150384-901U").cards)).toEqual([]);
  });

  it("C-IDCARD-1: Henna holds an ID card with health insurance data", () => {
    expect(holdsIdCard(byHetu("231085-927R").cards)).toBe(true);
    expect(holdsIdCard(byHetu("150384-901U").cards)).toBe(false);
  });
});
