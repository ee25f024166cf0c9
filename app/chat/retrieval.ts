import { create, insert, search, type AnyOrama } from "@orama/orama";
import { languages, type Lang } from "~/i18n/languages";
import { TOPICS, TOPIC_IDS, type TopicId } from "./intents";
import { signals } from "./knowledge/signals";
import { ageTerms } from "./ages";
import { analyze, type Term } from "./text";
import { Vocabulary, type TermMatch } from "./vocabulary";

/**
 * Topic retrieval. Every cue phrase of every topic is an Orama document whose
 * text is its stemmed terms; Orama's BM25 gives each query term's weight in
 * each phrase (rare terms count more). A topic's score is, per query term,
 * the best phrase of that topic containing it, scaled by the phrase's weight,
 * by how much of the phrase the message covers (so "ei toimi" counts fully
 * only when both words are there), by how specific the term is to few topics
 * and by how surely the message word was matched (vocabulary.ts).
 */

export type { TermMatch } from "./vocabulary";

/** Topics that are decided by the guards (guards.ts), not by retrieval. */
const NOT_RETRIEVED = new Set<TopicId>(["abusive_or_injection", "personal_case"]);
const WEIGHT = { strong: 2, normal: 1, weak: 0.4 } as const;
/** Below this specificity a term is in most topics. */
const GENERIC = 0.35;
/** Little length normalisation: a phrase of three words is no weaker a cue for each of its words. */
const BM25 = { k: 1.2, b: 0.3, d: 0.5 };
/** Orama terms get an end marker so that its prefix search matches whole terms only. */
const END = "_";

type Phrase = { topic: TopicId; weight: number; terms: string[] };
type LanguageIndex = {
  db: AnyOrama;
  phrases: Phrase[];
  vocabulary: Vocabulary;
  /** 0..1: how specific a term is to few topics ("kortti" is in almost all of them, "edunvalvoja" in one). */
  specificity: Map<string, number>;
  /** The phrases containing a term, with the term's BM25 weight in each: the index never changes, so once per term. */
  postings: Map<string, { phrase: number; score: number }[]>;
};

export type Retrieval = {
  lang: Lang;
  /** Best topic first; only topics with a score. */
  ranked: { topic: TopicId; score: number }[];
  /** How much of the message (0..1) the best topic explains. */
  coverage: number;
  terms: TermMatch[];
};

function parseCue(cue: string): { text: string; weight: number } {
  if (cue.startsWith("!")) return { text: cue.slice(1), weight: WEIGHT.strong };
  if (cue.startsWith("~")) return { text: cue.slice(1), weight: WEIGHT.weak };
  return { text: cue, weight: WEIGHT.normal };
}

/** A cue's terms; "=agechild" and the like are features (ages.ts), not words. */
function analyseCue(text: string, lang: Lang): Term[] {
  return text.startsWith("=") ? [{ word: text, stem: text }] : analyze(text, lang);
}

function buildIndex(lang: Lang): LanguageIndex {
  const db = create({
    schema: { text: "string" } as const,
    components: {
      tokenizer: { language: "english", normalizationCache: new Map(), tokenize: (raw: string) => raw.split(" ").filter(Boolean) },
    },
  });
  const cues = TOPIC_IDS.filter((topic) => !NOT_RETRIEVED.has(topic)).flatMap((topic) =>
    signals[lang][topic].map((cue) => ({ topic, ...parseCue(cue), analysed: analyseCue(parseCue(cue).text, lang) })),
  );
  const vocabulary = new Vocabulary();
  const phrases: Phrase[] = [];
  for (const { topic, text, weight: written, analysed } of cues) {
    const phraseTerms = [...new Set(analysed.map((t) => t.stem))];
    if (phraseTerms.length === 0) continue;
    // "for my mother" is only "mother" once the function words go: no longer a strong cue.
    const collapsed = phraseTerms.length === 1 && text.trim().split(/\s+/).length > 1;
    const weight = collapsed ? Math.min(written, WEIGHT.normal) : written;
    analysed.forEach((term) => vocabulary.add(term));
    insert(db, { id: String(phrases.length), text: phraseTerms.map((t) => t + END).join(" ") });
    phrases.push({ topic, weight, terms: phraseTerms });
  }
  const topicsOf = new Map<string, Set<TopicId>>();
  for (const phrase of phrases) for (const t of phrase.terms) topicsOf.set(t, (topicsOf.get(t) ?? new Set()).add(phrase.topic));
  const topicCount = new Set(phrases.map((p) => p.topic)).size;
  const specificity = new Map<string, number>();
  for (const [t, topics] of topicsOf) specificity.set(t, Math.log(1 + topicCount / topics.size) / Math.log(1 + topicCount));
  // A cue made only of words that are everywhere ("can I get a Kela card" is "kela card" once the
  // function words go) says little about its topic, however it was marked.
  for (const phrase of phrases) {
    if (Math.max(...phrase.terms.map((t) => specificity.get(t) ?? 1)) < GENERIC) phrase.weight = Math.min(phrase.weight, WEIGHT.weak);
  }
  return { db, phrases, vocabulary, specificity, postings: new Map() };
}

const indexes = new Map<Lang, LanguageIndex>();
function indexFor(lang: Lang): LanguageIndex {
  let index = indexes.get(lang);
  if (!index) {
    index = buildIndex(lang);
    indexes.set(lang, index);
  }
  return index;
}

/** Builds every language's index now (at start-up, so that no user waits for it). */
export function warmUp(): void {
  for (const lang of languages) indexFor(lang);
}

function postingsOf(index: LanguageIndex, term: string): { phrase: number; score: number }[] {
  let postings = index.postings.get(term);
  if (!postings) {
    const result = search(index.db, { term: term + END, properties: ["text"], limit: index.phrases.length, threshold: 1, relevance: BM25 });
    if (result instanceof Promise) throw new Error("Orama search must be synchronous here");
    postings = result.hits.map((hit) => ({ phrase: Number(hit.id), score: hit.score }));
    index.postings.set(term, postings);
  }
  return postings;
}

/** "Hi, I lost my card": the greeting is politeness, the question is the topic. */
function preferQuestionOverSmallTalk(ranked: { topic: TopicId; score: number }[]): void {
  const first = ranked[0];
  if (!first || TOPICS[first.topic].kind !== "smalltalk") return;
  const question = ranked.findIndex((r) => TOPICS[r.topic].kind !== "smalltalk" && r.score >= first.score * 0.5);
  if (question > 0) ranked.unshift(...ranked.splice(question, 1));
}

export function retrieve(text: string, lang: Lang): Retrieval {
  const index = indexFor(lang);
  const seen = new Set<string>();
  const features = ageTerms(text, lang).map((age) => ({ word: age, stem: age }));
  const matches = [...analyze(text, lang), ...features]
    .filter((t) => !seen.has(t.stem) && seen.add(t.stem))
    .map((t) => index.vocabulary.match(t));
  const quality = new Map<string, number>();
  for (const m of matches) for (const t of m.matched) quality.set(t, Math.max(quality.get(t) ?? 0, m.quality));

  // Per matched term and topic: the best contribution of one phrase.
  const contribution = new Map<TopicId, Map<string, number>>();
  for (const [term, termQuality] of quality) {
    for (const hit of postingsOf(index, term)) {
      const phrase = index.phrases[hit.phrase]!;
      const covered = phrase.terms.filter((t) => quality.has(t)).length / phrase.terms.length;
      const value = hit.score * phrase.weight * covered ** 1.5 * (index.specificity.get(term) ?? 1) * termQuality;
      const perTerm = contribution.get(phrase.topic) ?? new Map<string, number>();
      if ((perTerm.get(term) ?? 0) < value) perTerm.set(term, value);
      contribution.set(phrase.topic, perTerm);
    }
  }

  const ranked = [...contribution.entries()]
    .map(([topic, perTerm]) => {
      const sum = [...perTerm.values()].reduce((a, b) => a + b, 0);
      return { topic, score: sum * (1 + 0.1 * TOPICS[topic].prior) };
    })
    .sort((a, b) => b.score - a.score);
  preferQuestionOverSmallTalk(ranked);

  const best = ranked[0];
  let coverage = 0;
  if (best && matches.length) {
    const explained = contribution.get(best.topic)!;
    // A word counts by how specific it is ("kortti" is in almost every question); unknown words count
    // somewhat: names and filler words are common, but so are questions about something else.
    const weights = matches.map((m) => (m.matched.length ? Math.max(...m.matched.map((t) => index.specificity.get(t) ?? 1)) : 0.6));
    const total = weights.reduce((a, b) => a + b, 0);
    coverage = matches.reduce((sum, m, i) => sum + (m.matched.some((t) => explained.has(t)) ? weights[i]! : 0), 0) / total;
  }
  return { lang, ranked, coverage, terms: matches };
}
