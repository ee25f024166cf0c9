import { describe, expect, it } from "vitest";
import { lineStatus, wallTimeToInstant } from "./opening-hours";

/** An instant given as Helsinki wall-clock time. */
const helsinki = (date: string, time: string) => {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return wallTimeToInstant({ year, month, day }, hour, minute);
};

describe("K-PHONE-1: customer lines are open weekdays 10-15 Finnish time", () => {
  it("K-PHONE-1: closed at 9:59, open at 10:00 and 14:59, closed at 15:00 on a weekday", () => {
    expect(lineStatus("customers-fi-en", helsinki("2026-11-25", "09:59"))).toEqual({ open: false, opensAt: helsinki("2026-11-25", "10:00"), closesAt: null });
    expect(lineStatus("customers-fi-en", helsinki("2026-11-25", "10:00"))).toMatchObject({ open: true, closesAt: helsinki("2026-11-25", "15:00") });
    expect(lineStatus("customers-sv", helsinki("2026-11-25", "14:59")).open).toBe(true);
    expect(lineStatus("customers-sv", helsinki("2026-11-25", "15:00"))).toEqual({ open: false, opensAt: helsinki("2026-11-26", "10:00"), closesAt: null });
  });

  it("K-PHONE-1: closed on a Saturday, opens on Monday", () => {
    expect(lineStatus("customers-fi-en", helsinki("2026-11-28", "11:00"))).toEqual({ open: false, opensAt: helsinki("2026-11-30", "10:00"), closesAt: null });
  });

  it("K-PHONE-1: closed on Christmas Day (and Eve and Boxing Day), on Midsummer Eve, open on New Year's Eve", () => {
    const christmas = lineStatus("customers-fi-en", helsinki("2026-12-25", "11:00"));
    expect(christmas.open).toBe(false);
    expect(christmas.opensAt).toEqual(helsinki("2026-12-28", "10:00"));
    expect(lineStatus("customers-fi-en", helsinki("2026-12-24", "11:00")).open).toBe(false);
    expect(lineStatus("customers-fi-en", helsinki("2026-06-19", "11:00"))).toEqual({ open: false, opensAt: helsinki("2026-06-22", "10:00"), closesAt: null });
    expect(lineStatus("customers-fi-en", helsinki("2026-12-31", "11:00")).open).toBe(true);
  });

  it("K-PHONE-1: right on both DST switch days (29 March and 25 October 2026)", () => {
    // Spring forward: 10:00 EEST is 07:00 UTC; autumn back: 10:00 EET is 08:00 UTC.
    expect(helsinki("2026-03-30", "10:00").toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(helsinki("2026-10-26", "10:00").toISOString()).toBe("2026-10-26T08:00:00.000Z");
    // Both switch days are Sundays: closed, opening Monday 10:00 local.
    expect(lineStatus("customers-fi-en", new Date("2026-03-29T09:00:00Z"))).toEqual({ open: false, opensAt: new Date("2026-03-30T07:00:00Z"), closesAt: null });
    expect(lineStatus("customers-fi-en", new Date("2026-10-25T09:00:00Z"))).toEqual({ open: false, opensAt: new Date("2026-10-26T08:00:00Z"), closesAt: null });
    // The Monday after each switch: open at 10:00 local, not at 10:00 of the old offset.
    expect(lineStatus("customers-fi-en", new Date("2026-03-30T06:59:00Z")).open).toBe(false);
    expect(lineStatus("customers-fi-en", new Date("2026-03-30T07:00:00Z")).open).toBe(true);
    expect(lineStatus("customers-fi-en", new Date("2026-10-26T07:59:00Z")).open).toBe(false);
    expect(lineStatus("customers-fi-en", new Date("2026-10-26T08:00:00Z")).open).toBe(true);
  });
});

describe("K-PHONE-3: the authorities' line 020 635 1808 is open weekdays 9-15", () => {
  it("K-PHONE-3: open at 9:00, while the customer lines open at 10:00", () => {
    expect(lineStatus("authorities-medical-costs", helsinki("2026-11-25", "08:59")).open).toBe(false);
    expect(lineStatus("authorities-medical-costs", helsinki("2026-11-25", "09:00")).open).toBe(true);
    expect(lineStatus("authorities-fi-en", helsinki("2026-11-25", "09:30")).open).toBe(false);
    expect(lineStatus("authorities-medical-costs", helsinki("2026-11-25", "15:00")).open).toBe(false);
  });
});
