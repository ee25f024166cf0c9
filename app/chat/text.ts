import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as finnish } from "@orama/stemmers/finnish";
import { stemmer as swedish } from "@orama/stemmers/swedish";
import type { Lang } from "~/i18n/languages";
import { colloquial } from "./lexicon/colloquial";
import { stopwords } from "./lexicon/stopwords";

/**
 * Text analysis shared by language detection and retrieval: words, folding
 * and Snowball stemming (@orama/stemmers) per language. Pure and cached.
 */

const stemmers: Record<Lang, (word: string) => string> = { fi: finnish, sv: swedish, en: english };

/** Lower case, NFC, and a few spellings that users write in many ways. */
export function normalize(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/suomi\.fi/g, "suomifi")
    // Names people write in two words, and farewells that would otherwise read as greetings.
    .replace(/\bmitt fpa\b(?![- ]?kort)/g, "mittfpa")
    .replace(/\boma kela\b(?![- ]?kort)/g, "omakela")
    .replace(/\bhej då(?![\p{L}\p{N}])/gu, "hejdå")
    .replace(/\b(hei|moi) \1\b/g, "$1$1");
}

/** ä→a, ö→o, å→a, é→e, ü→u: people type without them, and typos meet in the middle. */
export function fold(word: string): string {
  return word.replace(/[äå]/g, "a").replace(/ö/g, "o").replace(/[éè]/g, "e").replace(/ü/g, "u");
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/**
 * The words of a text. "Kela-kortti" gives "kela" and "kortti" (written
 * together, retrieval splits the compound); "don't" gives "dont".
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of normalize(text).matchAll(WORD)) {
    const word = match[0].replace(/'/g, "");
    for (const part of word.split("-")) if (part) out.push(part);
  }
  return out;
}

const stopSets: Record<Lang, Set<string>> = {
  fi: new Set(stopwords.fi.flatMap((w) => [w, fold(w)])),
  sv: new Set(stopwords.sv.flatMap((w) => [w, fold(w)])),
  en: new Set(stopwords.en.flatMap((w) => [w, fold(w)])),
};

export function isStopword(lang: Lang, word: string): boolean {
  return stopSets[lang].has(word);
}

const stemCache: Record<Lang, Map<string, string>> = { fi: new Map(), sv: new Map(), en: new Map() };

/** The folded Snowball stem of one lower-case word. */
export function stem(lang: Lang, word: string): string {
  const cache = stemCache[lang];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = fold(/^\d+$/.test(word) ? word : stemmers[lang](word));
    if (cache.size > 50_000) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

export type Term = { word: string; stem: string };

/** The content words of a text with their stems: no stopwords, spoken forms made standard. */
export function analyze(text: string, lang: Lang): Term[] {
  const out: Term[] = [];
  for (const written of words(text)) {
    const spoken = colloquial[lang][written];
    for (const word of spoken ? words(spoken) : [written]) {
      if (isStopword(lang, word)) continue;
      if (word.length < 2 && !/\d/.test(word)) continue;
      out.push({ word: fold(word), stem: stem(lang, word) });
    }
  }
  return out;
}

/** The content terms of a text for retrieval: words without stopwords, stemmed. */
export function terms(text: string, lang: Lang): string[] {
  return analyze(text, lang).map((t) => t.stem);
}
