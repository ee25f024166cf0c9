import { describe, expect, it } from "vitest";
import { temporaryCertificateAdvice, TEMPORARY_CERTIFICATE_MAX_MONTHS } from "./temporary";

describe("temporary certificate (seed 001, 1.4)", () => {
  it("C-TEMP-1: a temporary certificate SV 51sr, valid at most one month, is available", () => {
    expect(TEMPORARY_CERTIFICATE_MAX_MONTHS).toBe(1);
    expect(temporaryCertificateAdvice({ ktMarking: false }, "damaged").certificateAvailable).toBe(true);
  });

  it("C-TEMP-2: not for a person with the KT marking", () => {
    expect(temporaryCertificateAdvice({ ktMarking: true }, "damaged").certificateAvailable).toBe(false);
  });

  it("C-TEMP-3: the old card with a new entitlement decision works at the pharmacy, unless the card is lost", () => {
    expect(temporaryCertificateAdvice({ ktMarking: false }, "defective").pharmacyRuleApplies).toBe(true);
    expect(temporaryCertificateAdvice({ ktMarking: false }, "lost").pharmacyRuleApplies).toBe(false);
  });
});
