import { languages, type Lang } from "~/i18n/languages";
import { checkGuards } from "./guards";
import { REFINES, TOPICS, type ContractIntent, type TopicId, type TopicKind } from "./intents";
import { detectLanguage, type LanguageGuess } from "./language";
import { redactMessage, withoutPlaceholders } from "./redaction";
import { intentScore, retrieve, type Retrieval } from "./retrieval";
import { terms } from "./text";

/**
 * What a message asks, before any decision about the conversation: its
 * language, the best topic and how sure the bot is of it, and the flags that
 * override retrieval (identity code, injection, abuse).
 */
export type HandoffReason = "out_of_scope" | "human_requested" | "abuse" | "injection" | "low_confidence" | "personal_data";

export type Understanding = {
  lang: Lang;
  /** How sure the language detection was (0..1); 1 when the caller fixed the language. */
  langConfidence: number;
  topic: TopicId;
  /** The topic's kind, except that a message not understood at all is an unsure question, not a handoff topic. */
  kind: TopicKind;
  intent: ContractIntent;
  /** 0..1: strength of the best topic, its margin over the next intent, and how much of the message it explains. */
  confidence: number;
  /** Confident enough to answer (or to act on a handoff topic). */
  confident: boolean;
  /** For handoff topics: why. */
  handoffReason: HandoffReason | null;
  hadHetu: boolean;
  /** The message with identity codes replaced: the only form that may be stored. */
  redacted: string;
  candidates: { topic: TopicId; score: number }[];
};

const CODE_WORDS =
  /\b(henkilötunnu\w*|hetu\w*|sotu\w*|personbeteckning\w*|personnummer\w*|(personal )?identity code|social security number|ssn)\b/giu;

/** Below this the bot asks to rephrase (or hands over on the second miss). */
export const CONFIDENCE_THRESHOLD = 0.2;
/** A score that is one clear strong cue; the strength of a topic saturates around it. */
const CLEAR_CUE = 18;

/** Intents about a card's loss, fault, delivery or replacement: with another document named instead, out of scope. */
const CARD_PROBLEMS = new Set<ContractIntent>([
  "lost_card", "damaged_card", "delivery_time", "no_card_interim", "automatic_new_card", "card_contents", "photo_card", "moving_abroad",
]);

/** The only prices the rules state: the card is free (C-CARD-1), calls cost money (K-PHONE-2). */
const PRICED = new Set<TopicId>(["card_price", "phone_cost"]);

type Base = Pick<Understanding, "lang" | "langConfidence" | "hadHetu" | "redacted">;

export type UnderstandOptions = {
  /** The language the caller asked for (API `lang`): answer in it whatever the message looks like. */
  lang?: Lang;
  /** The language to assume when the message does not tell (page language, earlier turns). */
  hint?: Lang;
};

function confidenceOf(retrieval: Retrieval): number {
  const [best, ...rest] = retrieval.ranked;
  if (!best) return 0;
  const bestTopic = TOPICS[best.topic];
  // The runner-up must be another intent: "lost card" and "new card" are both lost_card. Small talk
  // next to a real question ("hi, I lost my card") is no ambiguity.
  // Nor is the broader topic a narrower question refines ("the subject of a secure email").
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
 * Small talk is answered only when it is all the message says: "hi, who won the match" is no greeting
 * to answer, but "kiitos tiedosta" and "cheers mate" are thanks with one word more.
 */
function smallTalkOnly(retrieval: Retrieval): boolean {
  if (retrieval.coverage >= 0.75) return true;
  const best = retrieval.ranked[0]!;
  const question = retrieval.ranked.find((r) => TOPICS[r.topic].kind !== "smalltalk");
  const unexplained = retrieval.terms.filter((t) => !t.matched.some((m) => retrieval.contributions.get(best.topic)?.has(m))).length;
  return retrieval.terms.length <= 3 && unexplained <= 1 && (!question || question.score < best.score * 0.3);
}

/** A message decided without retrieval: injection, abuse, or only an identity code. */
function handoffOnly(base: Base, topic: TopicId, reason: HandoffReason): Understanding {
  return { ...base, topic, kind: "handoff", intent: TOPICS[topic].intent, confidence: 1, confident: true, handoffReason: reason, candidates: [] };
}

/**
 * Retrieval in the message's language; when the caller fixed another language, or neither the
 * language nor the topic is clear (a mixed message, a word the detector may have got wrong), in the
 * others too, and the clearest wins.
 */
function bestRetrieval(text: string, detected: LanguageGuess, fixed: Lang | undefined): { retrieval: Retrieval; confidence: number } {
  let best = { retrieval: retrieve(text, detected.lang), confidence: 0 };
  best.confidence = confidenceOf(best.retrieval);
  const unsure = detected.confidence < 0.5 && best.confidence < CONFIDENCE_THRESHOLD;
  const others = languages.filter((l) => l !== detected.lang && (l === fixed || unsure));
  for (const lang of others) {
    const retrieval = retrieve(text, lang);
    const confidence = confidenceOf(retrieval);
    if (confidence > best.confidence) best = { retrieval, confidence };
  }
  return best;
}

export function understand(message: string, options: UnderstandOptions = {}): Understanding {
  const { text: redacted, hadHetu } = redactMessage(message);
  // "My identity code is …, where is my card?": with the code gone, the words naming it are noise.
  const text = hadHetu ? withoutPlaceholders(redacted).replace(CODE_WORDS, " ") : withoutPlaceholders(redacted);
  const detected = detectLanguage(text, options.hint ?? "fi");
  const lang = options.lang ?? detected.lang;
  const base: Base = { lang, langConfidence: options.lang ? 1 : detected.confidence, hadHetu, redacted };

  const guards = checkGuards(text);
  if (guards.injection) return handoffOnly(base, "abusive_or_injection", "injection");
  if (guards.insult) return handoffOnly(base, "abusive_or_injection", "abuse");

  const { retrieval, confidence } = bestRetrieval(text, detected, options.lang);
  const best = retrieval.ranked[0];
  if (hadHetu && (!best || terms(text, retrieval.lang).length === 0)) return handoffOnly(base, "personal_case", "personal_data");
  // Swearing next to a clear question is frustration, and the question is answered; otherwise it is abuse.
  if (guards.profanity && (!best || confidence < CONFIDENCE_THRESHOLD || TOPICS[best.topic].kind !== "answer")) {
    return handoffOnly(base, "abusive_or_injection", "abuse");
  }
  if (!best) {
    return { ...base, topic: "out_of_scope", kind: "answer", intent: "out_of_scope", confidence: 0, confident: false, handoffReason: "low_confidence", candidates: [] };
  }
  // "Ajokortti hukassa", "I lost my passport": a card problem, but with a document the rules do not cover.
  // "How much will Kela reimburse for my medicines": the rules state no amounts but the card's price and a call's cost.
  const feature = (name: string) => retrieval.terms.some((t) => t.term === name);
  const asksAmount = feature("=amount") && !PRICED.has(best.topic);
  if (asksAmount || (feature("=otherdoc") && CARD_PROBLEMS.has(TOPICS[best.topic].intent))) {
    const rounded = Math.round(confidence * 1000) / 1000;
    const candidates = retrieval.ranked.slice(0, 5);
    return { ...base, topic: "out_of_scope", kind: "handoff", intent: "out_of_scope", confidence: rounded, confident: true, handoffReason: "out_of_scope", candidates };
  }
  const topic = TOPICS[best.topic];
  // Small talk only when it is all the message says: "hi, who won the match" is no greeting to answer.
  const confident = confidence >= CONFIDENCE_THRESHOLD && (topic.kind !== "smalltalk" || smallTalkOnly(retrieval));
  const handoffReason: HandoffReason | null =
    topic.kind !== "handoff" ? null : best.topic === "human_handoff" ? "human_requested" : "out_of_scope";
  return {
    ...base,
    topic: best.topic,
    kind: topic.kind,
    intent: topic.intent,
    confidence: Math.round(confidence * 1000) / 1000,
    confident,
    handoffReason,
    candidates: retrieval.ranked.slice(0, 5),
  };
}
