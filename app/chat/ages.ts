import type { Lang } from "~/i18n/languages";
import { normalize } from "./text";

/**
 * Ages in a message ("7-vuotiaalle", "en 5-åring", "I'm 16") as an age
 * group: who may apply alone depends on it (C-AUTH-1, C-AUTH-5). Retrieval
 * sees the group as a term ("=agechild", "=ageteen") that the child and the
 * 15-17 topics have as cues, whatever the number and its inflection.
 */
const AGE: Record<Lang, RegExp[]> = {
  fi: [/\b(\d{1,2})\s*-?\s*(?:v\b|vuotia\p{L}*|vuoden ikäi\p{L}*)/gu, /\b(?:olen|oon|täytin|täytän|täyttää|täytti|on)\s+(\d{1,2})\b(?!\s*(?:päivä|viikko|kuukau|euro|%))/gu],
  sv: [/\b(\d{1,2})\s*-?\s*(?:år\b|åring\p{L}*)/gu, /\b(?:är|fyller|fyllt|fyllde)\s+(\d{1,2})\b(?!\s*(?:dag|veck|månad|euro|%))/gu],
  en: [/\b(\d{1,2})\s*-?\s*(?:years?[\s-]*old|yo\b|y\/o)/gu, /\b(?:i'?m|i am|turned|turning|aged?|is)\s+(\d{1,2})\b(?!\s*(?:day|week|month|euro|%|:))/gu],
};

export type AgeTerm = "=agechild" | "=ageteen";

export function ageTerms(text: string, lang: Lang): AgeTerm[] {
  const found = new Set<AgeTerm>();
  for (const pattern of AGE[lang]) {
    for (const match of normalize(text).matchAll(pattern)) {
      const age = Number(match[1]);
      if (age < 15) found.add("=agechild");
      else if (age <= 17) found.add("=ageteen");
    }
  }
  return [...found];
}
