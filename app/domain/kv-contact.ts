import type { Lang } from "~/i18n/languages";

/**
 * The contact facts of Kela's Centre for International Affairs (KV-keskus),
 * seed 000, as data: the contact page, the chatbot's handover and the refusal
 * pages all read them from here, so a number is written down once.
 */
export type PhoneNumber = {
  /** As dialled in Finland: "020 634 0200". */
  domestic: string;
  /** As dialled from abroad: "+358 20 634 0200". */
  international: string;
};

export type OpeningHours = { weekdaysOnly: true; opens: { hour: number; minute: number }; closes: { hour: number; minute: number } };

export type PhoneLine = {
  id: LineId;
  number: PhoneNumber;
  /** Languages served on the line. */
  languages: readonly Lang[];
  audience: "customers" | "authorities";
  hours: OpeningHours;
  /** Rule that states the line. */
  ruleId: "K-PHONE-1" | "K-PHONE-3";
  /** What the line is for, when it serves only some matters (K-PHONE-3). */
  topics?: readonly AuthorityTopic[];
};

/** K-PHONE-3: the matters of the authorities' line 020 635 1808. */
export const AUTHORITY_TOPICS = [
  "stateCompensation",
  "ambulanceFlights",
  "rightToTreatment",
  "priorAuthorisation",
  "medicalCostRequests",
  "billingBetweenStates",
] as const;
export type AuthorityTopic = (typeof AUTHORITY_TOPICS)[number];

export type LineId = "customers-fi-en" | "customers-sv" | "authorities-fi-en" | "authorities-sv" | "authorities-medical-costs";

const tenToThree: OpeningHours = { weekdaysOnly: true, opens: { hour: 10, minute: 0 }, closes: { hour: 15, minute: 0 } };
const nineToThree: OpeningHours = { weekdaysOnly: true, opens: { hour: 9, minute: 0 }, closes: { hour: 15, minute: 0 } };

const FI_EN: PhoneNumber = { domestic: "020 634 0200", international: "+358 20 634 0200" };
const SV: PhoneNumber = { domestic: "020 634 0300", international: "+358 20 634 0300" };

export const phoneLines: Record<LineId, PhoneLine> = {
  // K-PHONE-1: international situations, Finnish and English; Swedish on its own number; 10-15.
  "customers-fi-en": { id: "customers-fi-en", number: FI_EN, languages: ["fi", "en"], audience: "customers", hours: tenToThree, ruleId: "K-PHONE-1" },
  "customers-sv": { id: "customers-sv", number: SV, languages: ["sv"], audience: "customers", hours: tenToThree, ruleId: "K-PHONE-1" },
  // K-PHONE-3: authorities use the same numbers on weekdays 10-15 …
  "authorities-fi-en": { id: "authorities-fi-en", number: FI_EN, languages: ["fi", "en"], audience: "authorities", hours: tenToThree, ruleId: "K-PHONE-3" },
  "authorities-sv": { id: "authorities-sv", number: SV, languages: ["sv"], audience: "authorities", hours: tenToThree, ruleId: "K-PHONE-3" },
  // … and 020 635 1808 on weekdays 9-15 for state compensation, ambulance flights, the right
  // to treatment, prior authorisation, information requests and billing between states.
  "authorities-medical-costs": {
    id: "authorities-medical-costs",
    number: { domestic: "020 635 1808", international: "+358 20 635 1808" },
    languages: ["fi"],
    audience: "authorities",
    hours: nineToThree,
    ruleId: "K-PHONE-3",
    topics: AUTHORITY_TOPICS,
  },
};

/** The customer line for a page's language: the Swedish line on /sv (K-PHONE-1). */
export function customerLineFor(lang: Lang): PhoneLine {
  return lang === "sv" ? phoneLines["customers-sv"] : phoneLines["customers-fi-en"];
}

/** A tel: link in the form that works from abroad too ("tel:+358206340200"). */
export function telHref(number: PhoneNumber): string {
  return `tel:${number.international.replace(/\s+/g, "")}`;
}

/** K-CONTACT-1 */
export const kvContact = {
  postalAddress: { box: "PL 78", postalCode: "00381", city: "HELSINKI" },
  email: "inter.helsinki@kela.fi",
  fax: { domestic: "020 634 1599", international: "+358 20 634 1599" } satisfies PhoneNumber,
} as const;

/** K-SECURE-1: how long a secure-email link stays valid. */
export const SECURE_LINK_VALID_DAYS = 30;

/** K-EIDAS-1: countries whose eID can be used. */
export const EIDAS_COUNTRIES = ["EE", "ES", "IT"] as const;

/** K-OMAKELA-1: languages OmaKela works in. */
export const OMAKELA_LANGUAGES: readonly Lang[] = ["fi", "sv"];

/** K-OMAKELA-1: how one signs in to OmaKela (Finnish means only). */
export const OMAKELA_LOGIN_METHODS = ["onlineBank", "mobileCertificate"] as const;

/** The customer lines (K-PHONE-1), the page's own language first. */
export function customerLinesFor(lang: Lang): PhoneLine[] {
  const own = customerLineFor(lang);
  return [own, ...Object.values(phoneLines).filter((line) => line.audience === "customers" && line.id !== own.id)];
}

/** The authorities' lines (K-PHONE-3). */
export const authorityLines: readonly PhoneLine[] = Object.values(phoneLines).filter((line) => line.audience === "authorities");

/** K-NEWS-1: benefit brochures in English can be ordered; they start with a glossary in Finnish and Swedish. */
export const BROCHURE_GLOSSARY_LANGUAGES: readonly Lang[] = ["fi", "sv"];

/** C-APPLY-1: the Kela card phone service number in the seed. */
export const CARD_PHONE_SERVICE: PhoneNumber = { domestic: "020 692 203", international: "+358 20 692 203" };
