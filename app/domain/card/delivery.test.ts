import { describe, expect, it } from "vitest";
import { addressQuality, deliveryDecision, USUAL_DELIVERY_DAYS } from "./delivery";

const home = { street: "Mannerheimintie 10 A 5", postalCode: "00100", city: "HELSINKI", country: "FI" };

describe("card delivery (seed 001, 2.1)", () => {
  it("grades the register address", () => {
    expect(addressQuality(home)).toBe("complete");
    expect(addressQuality({ ...home, postalCode: null })).toBe("incomplete");
    expect(addressQuality({ ...home, street: " " })).toBe("incomplete");
    expect(addressQuality(null)).toBe("missing");
    expect(addressQuality({ ...home, country: "SE" })).toBe("foreign");
  });

  it("C-DELIV-1: a complete Finnish address: mailed straight home", () => {
    expect(deliveryDecision({ address: "complete", livesAbroad: false, ktMarking: false })).toEqual({ method: "home", viaOffice: false, manualReasons: [] });
  });

  it("C-DELIV-2: an address abroad (Nordic countries too): via the office, after manual handling", () => {
    expect(deliveryDecision({ address: "foreign", livesAbroad: false, ktMarking: false })).toEqual({
      method: "manual",
      viaOffice: true,
      manualReasons: ["address-foreign"],
    });
  });

  it("C-DELIV-3: the KT marking: via the office", () => {
    expect(deliveryDecision({ address: "complete", livesAbroad: false, ktMarking: true })).toEqual({ method: "office", viaOffice: true, manualReasons: [] });
  });

  it("C-DELIV-4: missing, incomplete or foreign address, or municipality code 200: manual handling", () => {
    expect(deliveryDecision({ address: "missing", livesAbroad: false, ktMarking: false }).manualReasons).toEqual(["address-missing"]);
    expect(deliveryDecision({ address: "incomplete", livesAbroad: false, ktMarking: false }).method).toBe("manual");
    expect(deliveryDecision({ address: "complete", livesAbroad: true, ktMarking: false })).toEqual({
      method: "manual",
      viaOffice: false,
      manualReasons: ["lives-abroad"],
    });
    expect(deliveryDecision({ address: "foreign", livesAbroad: true, ktMarking: false }).manualReasons).toEqual(["address-foreign", "lives-abroad"]);
  });

  it("C-DELIV-5: the usual delivery time told is about two weeks", () => {
    expect(USUAL_DELIVERY_DAYS).toBe(14);
  });
});
