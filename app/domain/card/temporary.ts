import type { Reason } from "./answers";

/** C-TEMP-1: the temporary certificate SV 51sr is valid at most this long. */
export const TEMPORARY_CERTIFICATE_MAX_MONTHS = 1;

export type TemporaryCertificateAdvice = {
  /** C-TEMP-1, C-TEMP-2: the temporary certificate is available unless the person has the KT marking. */
  certificateAvailable: boolean;
  /**
   * C-TEMP-3: after a new medicine entitlement decision, the old card with
   * the decision serves as a temporary certificate at the pharmacy (not
   * when the old card is lost).
   */
  pharmacyRuleApplies: boolean;
};

export function temporaryCertificateAdvice(facts: { ktMarking: boolean }, reason: Reason | null): TemporaryCertificateAdvice {
  return { certificateAvailable: !facts.ktMarking, pharmacyRuleApplies: reason !== "lost" };
}
