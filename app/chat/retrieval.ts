import { create, insert, search, type AnyOrama } from "@orama/orama";
import { languages, type Lang } from "~/i18n/languages";
import { REFINES, TOPICS, TOPIC_IDS, type ContractIntent, type TopicId } from "./intents";
import { signals } from "./knowledge/signals";
import { featureTerms, withoutOtherDocuments } from "./features";
import { anchors } from "./lexicon/phrases";
import { analyze, fold, stem, type Term } from "./text";
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
/** "Kela", "FPA": says nothing about the topic. */
const BRAND_TERMS = ["kela", "fpa", "kelan"];
const BRAND_SPECIFICITY = 0.15;
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

type Ranked = { topic: TopicId; score: number }[];
type Contributions = Map<TopicId, Map<string, number>>;

export type Retrieval = {
  lang: Lang;
  /** Best topic first; only topics with a score. */
  ranked: Ranked;
  /** How much of the message (0..1) the best topic explains. */
  coverage: number;
  terms: TermMatch[];
  /** Per topic, what each matched term added (the confidence weighs intents by it). */
  contributions: Contributions;
  /** Per message term, how much it counts towards the coverage (its specificity). */
  weights: number[];
};

/** How much of the message (0..1) a topic explains. */
export function coverageOf(retrieval: Omit<Retrieval, "coverage">, topic: TopicId): number {
  const explained = retrieval.contributions.get(topic);
  const total = retrieval.weights.reduce((a, b) => a + b, 0);
  if (!explained || total === 0) return 0;
  return retrieval.terms.reduce((sum, m, i) => sum + (m.matched.some((t) => explained.has(t)) ? retrieval.weights[i]! : 0), 0) / total;
}

function parseCue(cue: string): { text: string; weight: number } {
  if (cue.startsWith("!")) return { text: cue.slice(1), weight: WEIGHT.strong };
  if (cue.startsWith("~")) return { text: cue.slice(1), weight: WEIGHT.weak };
  return { text: cue, weight: WEIGHT.normal };
}

/** A cue's terms; "=agechild" and the like are features (features.ts), not words. */
function analyseCue(text: string, lang: Lang): Term[] {
  const features = text.split(/\s+/).filter((token) => token.startsWith("="));
  const rest = text.split(/\s+/).filter((token) => !token.startsWith("=")).join(" ");
  return [...features.map((feature) => ({ word: feature, stem: feature })), ...analyze(rest, lang)];
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
  const vocabulary = new Vocabulary((word) => stem(lang, word), anchors[lang].map(fold));
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
  // Kela's own name is in every question, whichever cue phrases happen to spell it out.
  for (const brand of BRAND_TERMS) if (specificity.has(brand)) specificity.set(brand, Math.min(specificity.get(brand)!, BRAND_SPECIFICITY));
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

/**
 * "Hi, I lost my card": the greeting is politeness, the question is the topic. Only a question
 * that other words of the message point to: "huomenta" alone is a greeting, whatever else it resembles.
 */
function preferQuestionOverSmallTalk(ranked: Ranked, contribution: Contributions): void {
  const first = ranked[0];
  if (!first || TOPICS[first.topic].kind !== "smalltalk") return;
  const small = contribution.get(first.topic)!;
  const question = ranked.findIndex(
    (r) => TOPICS[r.topic].kind !== "smalltalk" && r.score >= first.score * 0.5 && [...contribution.get(r.topic)!.keys()].some((t) => !small.has(t)),
  );
  if (question > 0) ranked.unshift(...ranked.splice(question, 1));
}

/** How much a word counts that is only in the background of a long message, not in its question. */
const BACKGROUND = 0.65;
/** Extra weight of a cue phrase of several words that the message contains whole. */
const PHRASE_BONUS = 0.3;

/**
 * A long message tells a story and then asks ("I moved here last year for work … I dropped my card
 * on the tram. What should I do?"): the words of its question (a sentence with "?", or the last one)
 * weigh fully, the story's words less. Short messages weigh evenly.
 */
function sentenceWeights(text: string, lang: Lang): Map<string, number> | undefined {
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  if (sentences.length < 2) return undefined;
  const analysed = sentences.map((s) => analyze(s, lang));
  if (analysed.reduce((n, a) => n + a.length, 0) < 10) return undefined;
  const asks = sentences.map((s, i) => s.includes("?") || i === sentences.length - 1);
  const weights = new Map<string, number>();
  analysed.forEach((terms, i) => {
    for (const t of terms) weights.set(t.stem, Math.max(weights.get(t.stem) ?? 0, asks[i] ? 1 : BACKGROUND));
  });
  return weights;
}

/**
 * The evidence for an intent: its best topic's score, plus what its other topics found in words
 * that topic did not explain ("I lost my card, how do I get another one" is the lost-card topic and
 * the new-card topic, one intent).
 */
export function intentScore(ranked: Ranked, contribution: Contributions, intent: ContractIntent): number {
  const [head, ...siblings] = ranked.filter((r) => TOPICS[r.topic].intent === intent);
  if (!head) return 0;
  const explained = contribution.get(head.topic) ?? new Map<string, number>();
  const extra = new Map<string, number>();
  for (const sibling of siblings) {
    for (const [term, value] of contribution.get(sibling.topic) ?? []) {
      if (!explained.has(term)) extra.set(term, Math.max(extra.get(term) ?? 0, value));
    }
  }
  return head.score + [...extra.values()].reduce((a, b) => a + b, 0);
}

/** The answer comes from the intent with the most evidence, then from its best topic. */
function preferBestIntent(ranked: Ranked, contribution: Contributions): void {
  const intents = [...new Set(ranked.slice(0, 8).map((r) => TOPICS[r.topic].intent))];
  let best = ranked[0] ? TOPICS[ranked[0].topic].intent : undefined;
  let bestScore = best ? intentScore(ranked, contribution, best) : 0;
  for (const intent of intents) {
    const score = intentScore(ranked, contribution, intent);
    if (score > bestScore) [best, bestScore] = [intent, score];
  }
  const head = ranked.findIndex((r) => TOPICS[r.topic].intent === best);
  if (head > 0) ranked.unshift(...ranked.splice(head, 1));
}

/** How close a narrower topic must come to the broader one it refines to be preferred. */
const NARROWER = 0.6;
/** …and this much of its score must come from words the broader topic does not explain. */
const OWN_EVIDENCE = 0.4;

/** "Can I put my name in the subject of a secure email": the subject question, not secure email in general. */
function preferNarrowerTopic(ranked: Ranked, contribution: Contributions): void {
  const first = ranked[0];
  if (!first) return;
  const broad = contribution.get(first.topic)!;
  // Its own words must say something the broader topic does not ("subject", "pharmacy"), not only share them.
  const ownEvidence = (topic: TopicId) => [...contribution.get(topic)!].filter(([term]) => !broad.has(term)).reduce((sum, [, v]) => sum + v, 0);
  const narrower = ranked.findIndex(
    (r, i) => i > 0 && REFINES[r.topic]?.includes(first.topic) && r.score >= first.score * NARROWER && ownEvidence(r.topic) >= r.score * OWN_EVIDENCE,
  );
  if (narrower > 0) ranked.unshift(...ranked.splice(narrower, 1));
}

/** How much a word of the earlier question counts in a follow-up ("and for my child?"). */
export const EARLIER_QUESTION = 0.5;

/**
 * `background`: the earlier question of a follow-up; its words count less than the message's own,
 * and do not count towards the coverage.
 */
export function retrieve(text: string, lang: Lang, background?: string): Retrieval {
  const index = indexFor(lang);
  const seen = new Set<string>();
  const features = featureTerms(text, lang).map((feature) => ({ word: feature, stem: feature }));
  const cleaned = withoutOtherDocuments(text, lang);
  const emphasis = sentenceWeights(cleaned, lang);
  const matches = [...analyze(cleaned, lang), ...features]
    .filter((t) => !seen.has(t.stem) && seen.add(t.stem))
    .map((t) => index.vocabulary.match(t));
  const quality = new Map<string, number>();
  for (const m of matches) {
    const weight = m.term.startsWith("=") ? 1 : (emphasis?.get(m.term) ?? 1);
    for (const t of m.matched) quality.set(t, Math.max(quality.get(t) ?? 0, m.quality * weight));
  }
  if (background) {
    for (const term of analyze(withoutOtherDocuments(background, lang), lang)) {
      const m = index.vocabulary.match(term);
      for (const t of m.matched) if (!quality.has(t)) quality.set(t, m.quality * EARLIER_QUESTION);
    }
  }

  // Per matched term and topic: the best contribution of one phrase; per topic, the best phrase found whole.
  const contribution = new Map<TopicId, Map<string, number>>();
  const whole = new Map<number, number>();
  for (const [term, termQuality] of quality) {
    for (const hit of postingsOf(index, term)) {
      const phrase = index.phrases[hit.phrase]!;
      const covered = phrase.terms.filter((t) => quality.has(t)).length / phrase.terms.length;
      const value = hit.score * phrase.weight * covered ** 1.5 * (index.specificity.get(term) ?? 1) * termQuality;
      const perTerm = contribution.get(phrase.topic) ?? new Map<string, number>();
      if ((perTerm.get(term) ?? 0) < value) perTerm.set(term, value);
      contribution.set(phrase.topic, perTerm);
      if (covered === 1 && phrase.terms.length > 1) whole.set(hit.phrase, (whole.get(hit.phrase) ?? 0) + value);
    }
  }
  const bonus = new Map<TopicId, number>();
  for (const [id, sum] of whole) {
    const phrase = index.phrases[id]!;
    const value = PHRASE_BONUS * sum * Math.min(1, (phrase.terms.length - 1) / 2);
    if ((bonus.get(phrase.topic) ?? 0) < value) bonus.set(phrase.topic, value);
  }

  const ranked = [...contribution.entries()]
    .map(([topic, perTerm]) => {
      const sum = [...perTerm.values()].reduce((a, b) => a + b, 0) + (bonus.get(topic) ?? 0);
      return { topic, score: sum * (1 + 0.1 * TOPICS[topic].prior) };
    })
    .sort((a, b) => b.score - a.score);
  preferBestIntent(ranked, contribution);
  preferNarrowerTopic(ranked, contribution);
  preferQuestionOverSmallTalk(ranked, contribution);

  // A word counts by how specific it is ("kortti" is in almost every question); unknown words count
  // somewhat: names and filler words are common, but so are questions about something else.
  const weights = matches.map((m) => (m.matched.length ? Math.max(...m.matched.map((t) => index.specificity.get(t) ?? 1)) : 0.6));
  const partial = { lang, ranked, terms: matches, contributions: contribution, weights };
  const coverage = ranked[0] ? coverageOf(partial, ranked[0].topic) : 0;
  return { ...partial, coverage };
}
