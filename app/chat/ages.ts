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

/** Ages written in words, 1 to 17 ("kaksivuotias", "en tvååring", "a two-year-old"), as digits. */
const NUMBER_WORDS: Record<Lang, string[]> = {
  fi: ["yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen", "yksitoista", "kaksitoista", "kolmetoista", "neljätoista", "viisitoista", "kuusitoista", "seitsemäntoista"],
  sv: ["ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton"],
  en: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"],
};
/** What follows an age ("-vuotias", "-åring", " years old"); "kymmen-" is the short form of ten. */
const AGE_WORD: Record<Lang, RegExp> = {
  fi: new RegExp(`\\b(${["kymmen", ...NUMBER_WORDS.fi].join("|")})\\s*-?\\s*(?=vuotia|v\\b|vuoden ikäi)`, "gu"),
  sv: new RegExp(`\\b(${NUMBER_WORDS.sv.join("|")})\\s*-?\\s*(?=åring|år gammal)`, "gu"),
  en: new RegExp(`\\b(${NUMBER_WORDS.en.join("|")})\\s*-?\\s*(?=years?[\\s-]*old)`, "gu"),
};

function withAgeDigits(text: string, lang: Lang): string {
  return text.replace(AGE_WORD[lang], (word: string, number: string) => {
    const value = number === "kymmen" ? 10 : NUMBER_WORDS[lang].indexOf(number) + 1;
    return `${value}${word.slice(number.length)}`;
  });
}

export function ageTerms(text: string, lang: Lang): AgeTerm[] {
  const found = new Set<AgeTerm>();
  for (const pattern of AGE[lang]) {
    for (const match of withAgeDigits(normalize(text), lang).matchAll(pattern)) {
      const age = Number(match[1]);
      if (age < 15) found.add("=agechild");
      else if (age <= 17) found.add("=ageteen");
    }
  }
  return [...found];
}
