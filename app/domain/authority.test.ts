import { describe, expect, it } from "vitest";
import {
  ageOf,
  canApplyFor,
  isAcceptableDocument,
  mandateRefusal,
  mayApplyAlone,
  otherPersonRefusal,
  type Actor,
  type Relation,
} from "./authority";
import { MAX_ATTACHMENT_BYTES } from "./file-type";

const today = { year: 2026, month: 11, day: 25 };
const hetuPerson = (hetu: string) => ({ identifier: { type: "hetu", value: hetu }, birthDate: "1900-01-01" });
const actor = (personId: string, relations: Relation[] = []): Actor => ({ personId, relations });

describe("ages from the identity code (C-AUTH-1, C-AUTH-5)", () => {
  it("C-AUTH-5: 251111A9372 turns 15 on 2026-11-25 and may apply alone that day", () => {
    const age = ageOf(hetuPerson("251111A9372"), today);
    expect(age).toBe(15);
    expect(mayApplyAlone(age)).toBe(true);
    expect(canApplyFor(actor("p-venla"), { personId: "p-venla", age }, today)).toEqual({ allowed: true, basis: "self", rule: "C-AUTH-1" });
  });

  it("C-AUTH-5: 261111A939S turns 15 on 2026-11-26 and cannot apply alone on 2026-11-25", () => {
    const age = ageOf(hetuPerson("261111A939S"), today);
    expect(age).toBe(14);
    expect(mayApplyAlone(age)).toBe(false);
    expect(canApplyFor(actor("p-veeti"), { personId: "p-veeti", age }, today)).toEqual({ allowed: false, reason: "under-15", rule: "C-AUTH-5" });
    // The next day he may.
    expect(ageOf(hetuPerson("261111A939S"), { year: 2026, month: 11, day: 26 })).toBe(15);
  });

  it("C-AUTH-1: an adult (42) and a 16-year-old (090110A905C) may apply for themselves", () => {
    expect(ageOf(hetuPerson("150384-901U"), today)).toBe(42);
    const eetu = ageOf(hetuPerson("090110A905C"), today);
    expect(eetu).toBe(16);
    expect(canApplyFor(actor("p-eetu"), { personId: "p-eetu", age: eetu }, today)).toMatchObject({ allowed: true, basis: "self" });
  });

  it("C-AUTH-1: the age of a person without a HETU comes from the register's birth date (29 Feb counted as in law)", () => {
    const kelaId = (birthDate: string) => ({ identifier: { type: "kela", value: "KELA-EE-1" }, birthDate });
    expect(ageOf(kelaId("1980-03-25"), today)).toBe(46);
    expect(ageOf(kelaId("2008-02-29"), { year: 2026, month: 2, day: 28 })).toBe(17);
    expect(ageOf(kelaId("2008-02-29"), { year: 2026, month: 3, day: 1 })).toBe(18);
  });
});

describe("canApplyFor(actor, target, today)", () => {
  it("C-AUTH-2: a huoltaja may apply for a child under 15 in custody", () => {
    const matti = actor("p-matti", [{ basis: "huoltaja", personId: "p-aino" }]);
    expect(canApplyFor(matti, { personId: "p-aino", age: 8 }, today)).toEqual({ allowed: true, basis: "huoltaja", rule: "C-AUTH-2" });
  });

  it("C-AUTH-5: for a child aged 15-17 the huoltaja may also apply (and the child alone too)", () => {
    const liisa = actor("p-liisa", [{ basis: "huoltaja", personId: "p-eetu" }]);
    expect(canApplyFor(liisa, { personId: "p-eetu", age: 16 }, today)).toMatchObject({ allowed: true, basis: "huoltaja" });
    expect(canApplyFor(actor("p-eetu"), { personId: "p-eetu", age: 16 }, today)).toMatchObject({ allowed: true, basis: "self" });
  });

  it("C-AUTH-2: custody gives no authority once the child is 18", () => {
    const parent = actor("p-parent", [{ basis: "huoltaja", personId: "p-grown" }]);
    expect(canApplyFor(parent, { personId: "p-grown", age: 18 }, today)).toEqual({ allowed: false, reason: "child-of-age", rule: "C-AUTH-2" });
  });

  it("C-AUTH-2: an edunvalvoja may apply for the ward, of any age", () => {
    const pekka = actor("p-pekka", [{ basis: "edunvalvoja", personId: "p-aili" }]);
    expect(canApplyFor(pekka, { personId: "p-aili", age: 91 }, today)).toEqual({ allowed: true, basis: "edunvalvoja", rule: "C-AUTH-2" });
  });

  it("C-AUTH-4: a Suomi.fi mandate for social security benefits lets the holder apply; another scope or an ended one does not", () => {
    const mandate = (scope: string, validUntil: string | null) =>
      actor("p-helena", [{ basis: "valtuutettu", personId: "p-eino", scope, validUntil }]);
    const eino = { personId: "p-eino", age: 85 };
    expect(canApplyFor(mandate("social-security-benefits", "2029-12-31"), eino, today)).toEqual({ allowed: true, basis: "valtuutettu", rule: "C-AUTH-4" });
    expect(canApplyFor(mandate("social-security-benefits", null), eino, today)).toMatchObject({ allowed: true });
    expect(canApplyFor(mandate("social-security-benefits", "2026-11-25"), eino, today)).toMatchObject({ allowed: true });
    expect(canApplyFor(mandate("tax-matters", "2029-12-31"), eino, today)).toEqual({ allowed: false, reason: "mandate-scope", rule: "C-AUTH-4" });
    expect(canApplyFor(mandate("social-security-benefits", "2026-11-24"), eino, today)).toEqual({ allowed: false, reason: "mandate-expired", rule: "C-AUTH-4" });
    expect(mandateRefusal({ scope: "social-security-benefits", validUntil: null }, today)).toBeNull();
  });

  it("C-AUTH-2: no relation, no authority: a guardian of one child cannot act for another family's child", () => {
    const matti = actor("p-matti", [{ basis: "huoltaja", personId: "p-aino" }]);
    expect(canApplyFor(matti, { personId: "p-eetu", age: 16 }, today)).toEqual({ allowed: false, reason: "no-authority", rule: "C-AUTH-2" });
    expect(canApplyFor(matti, { personId: "p-aili", age: 91 }, today)).toMatchObject({ allowed: false, reason: "no-authority" });
  });

  it("C-ELIG-6: the decision is about the one target asked for; a relation to someone else never carries over", () => {
    const both = actor("p-x", [
      { basis: "huoltaja", personId: "p-child" },
      { basis: "valtuutettu", personId: "p-other", scope: "tax-matters", validUntil: null },
    ]);
    expect(canApplyFor(both, { personId: "p-other", age: 70 }, today)).toMatchObject({ allowed: false, reason: "mandate-scope" });
    expect(canApplyFor(both, { personId: "p-child", age: 3 }, today)).toMatchObject({ allowed: true, basis: "huoltaja" });
  });

  it("C-AUTH-2: when several relations exist, one that holds is enough", () => {
    const both = actor("p-x", [
      { basis: "valtuutettu", personId: "p-y", scope: "tax-matters", validUntil: null },
      { basis: "edunvalvoja", personId: "p-y" },
    ]);
    expect(canApplyFor(both, { personId: "p-y", age: 70 }, today)).toMatchObject({ allowed: true, basis: "edunvalvoja" });
  });
});

describe("other person (C-AUTH-3) and written power of attorney (C-AUTH-4)", () => {
  it("C-AUTH-3: refused when the person has an edunvalvoja, or is a minor; possible otherwise", () => {
    expect(otherPersonRefusal({ age: 91, hasEdunvalvoja: true })).toBe("has-edunvalvoja");
    expect(otherPersonRefusal({ age: 12, hasEdunvalvoja: false })).toBe("minor");
    expect(otherPersonRefusal({ age: 85, hasEdunvalvoja: false })).toBeNull();
  });

  it("C-AUTH-4: a power of attorney is accepted as PDF, JPEG or PNG up to 10 MB", () => {
    expect(isAcceptableDocument({ contentType: "application/pdf", size: 1000 })).toBe(true);
    expect(isAcceptableDocument({ contentType: "image/png", size: MAX_ATTACHMENT_BYTES })).toBe(true);
    expect(isAcceptableDocument({ contentType: "image/jpeg", size: MAX_ATTACHMENT_BYTES + 1 })).toBe(false);
    expect(isAcceptableDocument({ contentType: "application/x-msdownload", size: 1000 })).toBe(false);
    expect(isAcceptableDocument({ contentType: "application/pdf", size: 0 })).toBe(false);
  });
});
