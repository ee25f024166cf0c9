import { describe, expect, it } from "vitest";
import { fixturePersons } from "../../../mocks/fixtures/persons";
import { COMPLAINT_WINDOW_DAYS, defectCandidates, isComplaint } from "./defect";
import { cardFactsOf } from "./facts";

describe("defective card (seed 001, 2.2)", () => {
  it("C-DEFECT-1: within 60 days of ordering it is a complaint, from day 61 a normal order", () => {
    expect(COMPLAINT_WINDOW_DAYS).toBe(60);
    expect(isComplaint({ orderedOn: "2026-11-05" }, "2026-11-25")).toBe(true);
    expect(isComplaint({ orderedOn: "2026-09-26" }, "2026-11-25")).toBe(true);
    expect(isComplaint({ orderedOn: "2026-09-25" }, "2026-11-25")).toBe(false);
  });

  it("C-DEFECT-1: Ville's card ordered 20 days ago is a complaint; only cards in use can be reported", () => {
    const ville = fixturePersons.find((f) => f.person.identifier.value === "040488-935N")!;
    const now = new Date("2026-11-25T08:00:00Z");
    const facts = cardFactsOf(ville.person, ville.insurance, ville.cards(now), "2026-11-25");
    const candidates = defectCandidates(facts.cards);
    expect(candidates.map((c) => c.id)).toEqual(["c-ville-new"]);
    expect(isComplaint(candidates[0]!, facts.today)).toBe(true);
  });

  it("C-IDCARD-1: an ID card is not Kela's to replace", () => {
    const card = { id: "x", type: "id_card", state: "delivered", validUntil: null, automatic: false, complaint: false, photoCardMarkings: [], orderedOn: "2016-01-01" } as const;
    expect(defectCandidates([{ ...card, photoCardMarkings: [] }])).toEqual([]);
  });
});
