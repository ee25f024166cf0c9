import { languages, type Lang } from "~/i18n/languages";
import { confidenceOf as fusedConfidence, rankIntents, topicOf } from "./fusion";
import { TOPICS, type ContractIntent, type TopicId, type TopicKind } from "./intents";
import type { LanguageGuess } from "./language";
import { coverageOf, intentScore, retrieve, type Retrieval } from "./retrieval";
import type { QuestionIndex } from "./similarity";
import { terms } from "./text";
import { REFINES } from "./intents";

/**
 * One question's topic: the cue retrieval (retrieval.ts) and the nearest curated questions
 * (similarity.ts) put together (fusion.ts), and the rules that override both: another document
 * than the Kela card, amounts of money, small talk beside a question.
 */
export type Classification = {
  topic: TopicId;
  kind: TopicKind;
  intent: ContractIntent;
  confidence: number;
  confident: boolean;
  /** The language the retrieval read the text in. */
  lang: Lang;
  /** The text had no word to go on (only an identity code, only punctuation). */
  empty: boolean;
  /** A handoff topic that is "out of scope" by a rule (another document, an amount), not by its words. */
  outOfScope: boolean;
  candidates: { topic: TopicId; score: number }[];
  /** The cue phrases alone point to the same intent (the two kinds of evidence agree). */
  agreed: boolean;
};

/** Below this the bot asks to rephrase (or hands over on the second miss). */
export const CONFIDENCE_THRESHOLD = 0.2;
/** A score of the cue phrases that is one clear strong cue (for choosing the language to read in). */
const CLEAR_CUE = 18;

/** Intents about a card's loss, fault, delivery or replacement: with another document named instead, out of scope. */
const CARD_PROBLEMS = new Set<ContractIntent>([
  "lost_card", "damaged_card", "delivery_time", "no_card_interim", "automatic_new_card", "card_contents", "photo_card", "moving_abroad",
]);

/** The only prices the rules state: the card is free (C-CARD-1), calls cost money (K-PHONE-2). */
const PRICED = new Set<TopicId>(["card_price", "phone_cost"]);

/** How clear the cue retrieval alone is: to choose the language a mixed or unclear message is read in. */
function signalConfidence(retrieval: Retrieval): number {
  const [best, ...rest] = retrieval.ranked;
  if (!best) return 0;
  const bestTopic = TOPICS[best.topic];
  const rival = rest.find(
    (r) =>
      TOPICS[r.topic].intent !== bestTopic.intent &&
      !(bestTopic.kind !== "smalltalk" && TOPICS[r.topic].kind === "smalltalk") &&
      !REFINES[best.topic]?.includes(r.topic),
  );
  const score = intentScore(retrieval.ranked, retrieval.contributions, bestTopic.intent);
  const rivalScore = rival ? intentScore(retrieval.ranked, retrieval.contributions, TOPICS[rival.topic].intent) : 0;
  const strength = 1 - Math.exp(-score / CLEAR_CUE);
  const margin = rival ? Math.max(0, score - rivalScore) / score : 1;
  return strength * (0.5 + 0.5 * margin) * (0.7 + 0.3 * retrieval.coverage);
}

/**
 * Retrieval in the message's language; when the caller fixed another language, or neither the
 * language nor the topic is clear (a mixed message, a word the detector may have got wrong), in the
 * others too, and the clearest wins.
 */
function bestRetrieval(text: string, detected: LanguageGuess, fixed: Lang | undefined, background?: string): Retrieval {
  let best = { retrieval: retrieve(text, detected.lang, background), confidence: 0 };
  best.confidence = signalConfidence(best.retrieval);
  const unsure = detected.confidence < 0.5 && best.confidence < CONFIDENCE_THRESHOLD;
  const others = languages.filter((l) => l !== detected.lang && (l === fixed || unsure));
  for (const lang of others) {
    const retrieval = retrieve(text, lang, background);
    const confidence = signalConfidence(retrieval);
    if (confidence > best.confidence) best = { retrieval, confidence };
  }
  return best.retrieval;
}

/**
 * Small talk is answered only when it is all the message says: "hi, who won the match" is no greeting
 * to answer, but "kiitos tiedosta" and "cheers mate" are thanks with one word more.
 */
function smallTalkOnly(retrieval: Retrieval): boolean {
  const best = retrieval.ranked[0];
  if (!best || TOPICS[best.topic].kind !== "smalltalk") return retrieval.terms.length <= 2;
  if (retrieval.coverage >= 0.75) return true;
  const question = retrieval.ranked.find((r) => TOPICS[r.topic].kind !== "smalltalk");
  const unexplained = retrieval.terms.filter((t) => !t.matched.some((m) => retrieval.contributions.get(best.topic)?.has(m))).length;
  return retrieval.terms.length <= 3 && unexplained <= 1 && (!question || question.score < best.score * 0.3);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export type ClassifyOptions = {
  detected: LanguageGuess;
  fixed?: Lang;
  questions: QuestionIndex;
  background?: string;
  /** Only these topics (a follow-up: answers only, or the earlier question's family). */
  only?: (topic: TopicId) => boolean;
};

export function classify(text: string, { detected, fixed, questions, background, only }: ClassifyOptions): Classification {
  const retrieval = bestRetrieval(text, detected, fixed, background);
  // Words the cue retrieval read as other known words (typos, inflection, compounds) help the resemblance too.
  const corrections = retrieval.terms.filter((t) => t.quality < 1 && !t.term.startsWith("=")).flatMap((t) => t.matched.map((stem) => ({ stem, quality: t.quality })));
  const all = rankIntents(retrieval, questions.intentScores(text, retrieval.lang, background, corrections));
  const feature = (name: string) => retrieval.terms.some((t) => t.term === name);
  // C-CARD-1: the rules state the card's price, so a question of it is never out of scope by its
  // resemblance to questions of amounts ("paljonko kelan kortti maksaa" / "paljonko Kela maksaa …").
  const pricedCard = feature("=cardprice") && !feature("=amount");
  const ranked = all.filter((r) => (!only || only(topicOf(r.intent, retrieval))) && !(pricedCard && r.intent === "out_of_scope"));
  const top = ranked[0];
  const empty = terms(text, retrieval.lang).length === 0 && !background;
  const signalsChose = retrieval.ranked[0] ? TOPICS[retrieval.ranked[0].topic].intent : null;
  const none = { lang: retrieval.lang, empty, outOfScope: false, candidates: [], agreed: false };
  if (!top || empty) return { ...none, topic: "out_of_scope", kind: "answer", intent: "out_of_scope", confidence: 0, confident: false };
  const topicId = topicOf(top.intent, retrieval);
  const confidence = round(fusedConfidence(ranked, topicId, coverageOf(retrieval, topicId)));
  const candidates = ranked.slice(0, 5).map((r) => ({ topic: topicOf(r.intent, retrieval), score: round(r.score) }));
  // "Ajokortti hukassa", "I lost my passport": a card problem, but with a document the rules do not cover.
  // "How much will Kela reimburse for my medicines": the rules state no amounts but the card's price and a call's cost.
  const asksAmount = feature("=amount") && !PRICED.has(topicId);
  if (asksAmount || (feature("=otherdoc") && CARD_PROBLEMS.has(TOPICS[topicId].intent))) {
    return { ...none, topic: "out_of_scope", kind: "handoff", intent: "out_of_scope", confidence, confident: true, outOfScope: true, candidates };
  }
  const topic = TOPICS[topicId];
  const confident = confidence >= CONFIDENCE_THRESHOLD && (topic.kind !== "smalltalk" || smallTalkOnly(retrieval));
  // An unclear resemblance to out-of-scope questions is a message not understood ("zxcv asdf"), not one understood to be out of scope.
  if (topic.kind === "handoff" && !confident) return { ...none, topic: "out_of_scope", kind: "answer", intent: "out_of_scope", confidence, confident: false, candidates };
  return { ...none, topic: topicId, kind: topic.kind, intent: topic.intent, confidence, confident, candidates, agreed: signalsChose === topic.intent };
}
