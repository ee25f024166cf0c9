import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as finnish } from "@orama/stemmers/finnish";
import { stemmer as swedish } from "@orama/stemmers/swedish";
import type { Lang } from "~/i18n/languages";
import { colloquial } from "./lexicon/colloquial";
import { phrases, unstemmed } from "./lexicon/phrases";
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

/**
 * Finnish "-inen" words in the cases Snowball stems three ways
 * ("kuvallinen" → kuvallin, "kuvallisen" → kuvallis, "espanjalaisella" →
 * espanjalais): back to the base form first. Only the "-ise-" forms and a
 * few plural ones: "-ista", "-isilla" are also cases of nouns in -i
 * ("apteekista", "poliisilla").
 */
const FI_INEN = /^(\p{L}{3,})i(sen|set|sia|siä|sten|sessa|sessä|seen|selle|sella|sellä|selta|seltä|sesta|sestä|sena|senä|seksi)$/u;

/** Snowball, plus what it leaves: Swedish definite "-et" ("kortet", "intyget", "barnet"). */
/**
 * Finnish nouns in -us/-ys/-os/-ös change their stem in most cases ("päätös" → "päätöksen",
 * "vakuutus" → "vakuutuksen", "hakemus" → "hakemuksia"), which Snowball leaves apart.
 */
const FI_KSE = /^(\p{L}{2,}[uyoö])ks[ei]\p{L}*$/u;

function snowball(lang: Lang, word: string): string {
  if (lang === "fi") {
    // "-sti" is an adverb ending ("nopeasti"), but "sähköposti" is a noun: its stem is "sähköpost".
    if (/[^aäei]sti$/u.test(word)) return stemmers.fi(word.slice(0, -1));
    return stemmers.fi(word.replace(FI_INEN, "$1inen").replace(FI_KSE, "$1s"));
  }
  const stemmed = stemmers[lang](word);
  if (lang === "sv") {
    const definite = /^(\p{L}{4,})et$/u.exec(stemmed);
    if (definite) return stemmers.sv(definite[1]!);
    // Definite "-n" after a vowel, which Snowball keeps: "byrån", "kön", "frun".
    const vowelDefinite = /^(\p{L}{1,}[åäöuy])ns?$/u.exec(word);
    if (vowelDefinite) return vowelDefinite[1]!;
  }
  return stemmed;
}

/** The folded Snowball stem of one lower-case word. */
export function stem(lang: Lang, word: string): string {
  const cache = stemCache[lang];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = fold(/^\d+$/.test(word) || unstemmed[lang].has(word) ? word : snowball(lang, word));
    if (cache.size > 50_000) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

/** The message with the language's multi-word expressions and spelling variants rewritten (lexicon/phrases.ts). */
export function rewrite(text: string, lang: Lang): string {
  let out = normalize(text);
  for (const [pattern, replacement] of phrases[lang]) out = out.replace(pattern, replacement);
  return out;
}

export type Term = { word: string; stem: string };

/**
 * Spoken Finnish drops the final -t of past participles: "laittanu", "hukannu", "ollu", "menny"
 * are "laittanut", "hukannut", "ollut", "mennyt".
 */
function spokenForm(lang: Lang, word: string): string | undefined {
  if (lang === "fi" && word.length >= 5 && /[nlrs](u|y)$/.test(word) && /(nn|ll|rr|ss|an|än|en|in|el|il)[uy]$/.test(word)) return word + "t";
  return undefined;
}

/** The content words of a text with their stems: no stopwords, spoken forms made standard. */
export function analyze(text: string, lang: Lang): Term[] {
  const out: Term[] = [];
  for (const written of words(rewrite(text, lang))) {
    const spoken = colloquial[lang][written] ?? spokenForm(lang, written);
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
