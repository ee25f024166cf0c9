/** The journey's pages, apart from its rules, so that pages can link to steps without loading the machine. */

/** Every page of the journey: machine state -> URL segment under /{lang}/kela-card/apply/. */
export const STEP_SLUGS = {
  askGuardian: "ask-guardian",
  kelaIdentifier: "kela-identifier",
  notInsured: "not-insured",
  noName: "no-name",
  cardWritingBlock: "card-writing-block",
  automaticCard: "automatic-card",
  olderCard: "older-card",
  reason: "reason",
  lossExplanation: "lost",
  defectiveCard: "defective-card",
  defectiveOutcome: "defective-outcome",
  dataChanged: "data-changed",
  dataNotCorrected: "correct-data-first",
  urgency: "urgency",
  temporaryCertificate: "temporary-certificate",
  noTemporaryCertificate: "no-temporary-certificate",
  delivery: "delivery",
  addressIncorrect: "correct-address-first",
  check: "check",
} as const;
export type Step = keyof typeof STEP_SLUGS;
export type StepSlug = (typeof STEP_SLUGS)[Step];

export const stepOfSlug = (slug: string): Step | null =>
  (Object.keys(STEP_SLUGS) as Step[]).find((step) => STEP_SLUGS[step] === slug) ?? null;
