import { describe, expect, it } from "vitest";
import { ageOn, birthDateOf, containsHetu, isValidHetu, maskHetu, redactHetus } from "./hetu";

const on = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
};

describe("personal identity code", () => {
  it("accepts valid codes with every century sign, rejects wrong checksums and dates", () => {
    for (const valid of ["150384-901U", "200518A903P", "010594Y9032", "020594X903P", "030594W903B", "040594V9030", "050594U903M", "010516B903X", "020516C903K", "030516D9026", "010501E9032", "020503F9037"]) {
      expect(isValidHetu(valid), valid).toBe(true);
    }
    expect(isValidHetu("150384-901V")).toBe(false);
    expect(isValidHetu("310284-901U")).toBe(false);
    expect(isValidHetu("150384901U")).toBe(false);
    expect(isValidHetu(" 150384-901u ")).toBe(true);
  });

  it("reads the birth date, with the new century signs", () => {
    expect(birthDateOf("090110A905C")).toEqual({ year: 2010, month: 1, day: 9 });
    expect(birthDateOf("010594Y9032")).toEqual({ year: 1994, month: 5, day: 1 });
    expect(birthDateOf("010516B903X")).toEqual({ year: 2016, month: 5, day: 1 });
  });

  it("C-AUTH-5: counts age on the calendar date (birthday boundary on 2026-11-25)", () => {
    expect(ageOn("251111A9372", on("2026-11-25"))).toBe(15);
    expect(ageOn("261111A939S", on("2026-11-25"))).toBe(14);
    expect(ageOn("261111A939S", on("2026-11-26"))).toBe(15);
    expect(ageOn("150384-901U", on("2026-11-25"))).toBe(42);
  });

  it("finds, masks and redacts codes in text", () => {
    expect(containsHetu("my code is 150384-901U thanks")).toBe(true);
    expect(containsHetu("order 1503849012")).toBe(false);
    expect(redactHetus("a 150384-901U b 200518a903p")).toBe("a [HETU] b [HETU]");
    expect(maskHetu("150384-901U")).toBe("150384-****");
  });
});
