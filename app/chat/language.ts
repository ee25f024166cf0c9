import enAnswers from "../../locales/en/chatAnswers.json";
import fiAnswers from "../../locales/fi/chatAnswers.json";
import svAnswers from "../../locales/sv/chatAnswers.json";
import { languages, type Lang } from "~/i18n/languages";
import { signals } from "./knowledge/signals";
import { colloquial } from "./lexicon/colloquial";
import { stopwords } from "./lexicon/stopwords";
import { fold, words } from "./text";

/**
 * Which of fi, sv, en a message is written in. Two kinds of evidence:
 * known words (function words weigh most, words every language shares weigh
 * nothing) and, for words no lexicon knows, a character-trigram model trained
 * on the same texts. Works on one word ("kortti", "hej") and on mixed
 * messages (the language most words belong to wins).
 */

export type LanguageGuess = { lang: Lang; confidence: number; scores: Record<Lang, number> };

type Model = {
  functionWords: Record<Lang, Set<string>>;
  lexicon: Map<string, Set<Lang>>;
  trigrams: Record<Lang, Map<string, number>>;
  totals: Record<Lang, number>;
};

function collectStrings(value: unknown, out: string[]): string[] {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") for (const inner of Object.values(value)) collectStrings(inner, out);
  return out;
}

function trigramsOf(word: string): string[] {
  const padded = `_${word}_`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function buildModel(): Model {
  const corpus: Record<Lang, string[]> = {
    fi: collectStrings(fiAnswers.answers, []).concat(Object.values(signals.fi).flat()),
    sv: collectStrings(svAnswers.answers, []).concat(Object.values(signals.sv).flat()),
    en: collectStrings(enAnswers.answers, []).concat(Object.values(signals.en).flat()),
  };
  const model: Model = {
    functionWords: { fi: new Set(), sv: new Set(), en: new Set() },
    lexicon: new Map(),
    trigrams: { fi: new Map(), sv: new Map(), en: new Map() },
    totals: { fi: 0, sv: 0, en: 0 },
  };
  const add = (word: string, lang: Lang) => {
    for (const form of new Set([word, fold(word)])) {
      const langs = model.lexicon.get(form) ?? new Set<Lang>();
      langs.add(lang);
      model.lexicon.set(form, langs);
    }
  };
  for (const lang of languages) {
    for (const word of stopwords[lang]) {
      model.functionWords[lang].add(word);
      model.functionWords[lang].add(fold(word));
      add(word, lang);
    }
    for (const word of Object.keys(colloquial[lang])) if (word.length > 1) add(word, lang);
    for (const text of corpus[lang]) {
      for (const word of words(text.replace(/^[!~]/, ""))) {
        if (/\d/.test(word)) continue;
        add(word, lang);
        for (const gram of trigramsOf(word)) {
          model.trigrams[lang].set(gram, (model.trigrams[lang].get(gram) ?? 0) + 1);
          model.totals[lang] += 1;
        }
      }
    }
  }
  return model;
}

let cached: Model | undefined;
const model = () => (cached ??= buildModel());

/** Per-language log-likelihood of a word under the trigram model, as a probability distribution. */
function trigramVote(word: string): Record<Lang, number> {
  const m = model();
  const logs = {} as Record<Lang, number>;
  for (const lang of languages) {
    const grams = m.trigrams[lang];
    const denominator = m.totals[lang] + 20_000;
    let sum = 0;
    for (const gram of trigramsOf(word)) sum += Math.log(((grams.get(gram) ?? 0) + 0.5) / denominator);
    logs[lang] = sum;
  }
  const max = Math.max(...Object.values(logs));
  const exp = languages.map((lang) => Math.exp(logs[lang] - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return { fi: exp[0]! / total, sv: exp[1]! / total, en: exp[2]! / total };
}

/** Words that say nothing about the language: names, codes and the like. */
const NEUTRAL = new Set(["kela", "omakela", "eidas", "suomifi", "kt", "sv", "ae", "hetu", "ok", "okay", "fpa"]);

/**
 * A greeting at the start says little about the language of the question after it: people greet
 * in the portal's language, or in Finnish, and ask in their own ("Hei! Can I order a card for my
 * daughter?", "Hello, mulla on kortti hukassa").
 */
const LEADING_GREETING =
  /^\s*(?:(?:hei|hej|hejsan|heippa|moi|moikka|moro|morjens|terve|tervehdys|hello|hi|hey|hiya|hallå|tjena|tjenare|halo|(?:hyvää\s+)?(?:huomenta|päivää|iltaa)|god\s+(?:morgon|dag|kväll|middag)|good\s+(?:morning|afternoon|evening|day))(?![\p{L}])[\s,.!:;-]*)+/iu;

export function detectLanguage(text: string, fallback: Lang = "fi"): LanguageGuess {
  const question = text.replace(LEADING_GREETING, "");
  if (question !== text && words(question).length >= 2) return detectWords(question, fallback);
  return detectWords(text, fallback);
}

function detectWords(text: string, fallback: Lang): LanguageGuess {
  const m = model();
  const scores: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
  const lower = text.toLowerCase();
  // Letters only Swedish (of the three) uses, and letters English never uses.
  if (/å/.test(lower)) scores.sv += 1.5;
  if (/[äö]/.test(lower)) {
    scores.fi += 0.4;
    scores.sv += 0.4;
  }
  if (/\bfpa\b|mittfpa/.test(lower)) scores.sv += 1.5;
  // "KV-keskus" is a name, written so in every language.
  for (const word of words(text.replace(/\bkv-?keskus\b/giu, " "))) {
    if (/\d/.test(word) || NEUTRAL.has(word) || word.length < 2) continue;
    const folded = fold(word);
    const known = m.lexicon.get(word) ?? m.lexicon.get(folded);
    if (known && known.size < 3) {
      for (const lang of known) {
        const functionWord = m.functionWords[lang].has(word) || m.functionWords[lang].has(folded);
        scores[lang] += (functionWord ? 1.3 : 1) / known.size;
      }
      continue;
    }
    if (known || word.length < 3) continue;
    const vote = trigramVote(word);
    for (const lang of languages) scores[lang] += 0.8 * vote[lang];
  }
  const ranked = [...languages].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0]!;
  const second = ranked[1]!;
  const total = scores[best] + scores[second];
  if (scores[best] < 0.5 || scores[best] === scores[second]) return { lang: fallback, confidence: 0, scores };
  return { lang: best, confidence: Math.min(1, (scores[best] - scores[second]) / total) * Math.min(1, scores[best] / 1.5), scores };
}
