import type { Lang } from "~/i18n/languages";
import { classify, type Classification } from "./classify";
import { isFollowUp, pointsBack, pointsToSomeoneNamed, requestedLanguage } from "./follow-up";
import { checkGuards } from "./guards";
import { REFINES, TOPICS, familyOf, type ContractIntent, type TopicId, type TopicKind } from "./intents";
import { curatedCases } from "./knowledge/questions";
import { detectLanguage } from "./language";
import { analysisText } from "./redaction";
import { questionsOf } from "./segments";
import { QuestionIndex } from "./similarity";

export { CONFIDENCE_THRESHOLD } from "./classify";

/**
 * What a message asks, before any decision about the conversation: its language, the topic (and
 * a second one when it asks two questions), how sure the bot is, and the flags that override
 * retrieval (identity code, injection, abuse). With the conversation's earlier question, a
 * follow-up ("and for my child?", "what about in Swedish?") is read together with it.
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
  /** The second question of a message that asks two, answered after the first. */
  also: TopicId | null;
  /** Read as a follow-up of the earlier question. */
  followUp: boolean;
  /** What the conversation remembers of this question for the next follow-up (redacted, analysed text). */
  question: string;
};

/** The conversation's last question, as the machine keeps it (machines/chat.ts). */
export type EarlierQuestion = { topic: TopicId; question: string; lang: Lang };

/** What the bot knows besides the rules' cue phrases: the curated questions to retrieve from. */
export type Knowledge = { questions: QuestionIndex };

let production: Knowledge | undefined;
/** The curated questions of every set, indexed once (at start-up: `prepareChatEngine`). */
export function defaultKnowledge(): Knowledge {
  return (production ??= { questions: new QuestionIndex(curatedCases()) });
}

export type UnderstandOptions = {
  /** The curated questions to retrieve from; the evaluation passes an index without the fold it scores. */
  knowledge?: Knowledge;
  /** The language the caller asked for (API `lang`): answer in it whatever the message looks like. */
  lang?: Lang;
  /** The language to assume when the message does not tell (page language, earlier turns). */
  hint?: Lang;
  /** The conversation's earlier question, for follow-ups. */
  earlier?: EarlierQuestion | null;
};

/** "Do I need to order a new card?" is what most card questions end with, not a question of its own. */
const NO_QUESTION_OF_ITS_OWN = new Set<TopicId>(["apply_new_card", "who_gets_card"]);
/** A second question is answered only when it is this clear on its own. */
const SECOND_QUESTION = 0.3;
/** What is remembered of a question, at most. */
const REMEMBERED = 300;

type Base = Pick<Understanding, "lang" | "langConfidence" | "hadHetu" | "redacted" | "question">;

const handoffReasonOf = (topic: TopicId, outOfScope: boolean): HandoffReason | null =>
  TOPICS[topic].kind !== "handoff" && !outOfScope ? null : topic === "human_handoff" ? "human_requested" : "out_of_scope";

function fromClassification(base: Base, c: Classification, extra: Partial<Understanding> = {}): Understanding {
  // Not understood (classify.ts reports it as an unsure out-of-scope answer): the machine asks to rephrase.
  const notUnderstood = c.empty || (c.intent === "out_of_scope" && c.kind === "answer");
  return {
    ...base,
    topic: c.topic,
    kind: c.kind,
    intent: c.intent,
    confidence: c.confidence,
    confident: c.confident && !notUnderstood,
    handoffReason: notUnderstood ? "low_confidence" : handoffReasonOf(c.topic, c.outOfScope),
    candidates: c.candidates,
    also: null,
    followUp: false,
    ...extra,
  };
}

/** A message decided without retrieval: injection, abuse, or only an identity code. */
function handoffOnly(base: Base, topic: TopicId, reason: HandoffReason): Understanding {
  return { ...base, topic, kind: "handoff", intent: TOPICS[topic].intent, confidence: 1, confident: true, handoffReason: reason, candidates: [], also: null, followUp: false };
}

const related = (a: TopicId, b: TopicId) => REFINES[a]?.includes(b) || REFINES[b]?.includes(a);

/**
 * Two questions in one message: each piece on its own, and when two pieces are clearly about two
 * different answers (and the whole message about one of them), the first asked is the topic and the
 * other is answered after it. A narrower question next to the broader one it refines is one question.
 */
function secondQuestion(text: string, whole: Classification, classifyPiece: (piece: string) => Classification): { first: Classification; second: Classification } | null {
  const pieces = questionsOf(text, whole.lang);
  if (pieces.length < 2) return null;
  const clear = pieces
    // A later piece about someone named before is the same question going on.
    .filter((piece, i) => i === 0 || !pointsToSomeoneNamed(piece, whole.lang))
    .map(classifyPiece)
    // Each piece on its own clear, and the cue phrases and the curated questions agreeing on it.
    .filter((c) => c.confident && c.agreed && c.kind === "answer" && c.confidence >= SECOND_QUESTION && !NO_QUESTION_OF_ITS_OWN.has(c.topic));
  const first = clear[0];
  const second = clear.find((c) => first && c.intent !== first.intent && !related(c.topic, first.topic));
  if (!first || !second) return null;
  if (whole.confident && whole.intent !== first.intent && whole.intent !== second.intent) return null;
  return { first, second };
}

/** A follow-up's own best answer counts with this much evidence (0..1), even if not clear alone… */
const OWN_EVIDENCE = 0.35;
/** …or with this much when it stays in the family of the earlier question ("entä jos hän on 16?"). */
const OWN_EVIDENCE_IN_FAMILY = 0.25;

/** The card, named where a follow-up only points to it. */
const CARD: Record<Lang, string> = { fi: "kortti", sv: "kortet", en: "card" };

/** Within the earlier question's family, the message's own best topic leads this clearly. */
const CLEAR_LEAD = { min: 0.1, ratio: 3 };

type ClassifyText = (piece: string, background?: string, only?: (topic: TopicId) => boolean) => Classification;
const isAnswer = (topic: TopicId) => TOPICS[topic].kind === "answer";

/**
 * A follow-up ("and for my child?", "how long does that take?", "does it cost anything?"): what the
 * message names itself comes first, out of scope aside (a fragment resembles anything); a message
 * that points back ("it", "se", "det") and names something of another family (the cost of a call
 * after a lost card) is read in the earlier question's family; a message that names nothing is
 * read with the earlier question.
 */
function readAsFollowUp(text: string, classifyText: ClassifyText, earlier: EarlierQuestion, alone: Classification): Classification {
  const family = familyOf(earlier.topic);
  const own = classifyText(text, undefined, isAnswer);
  const ownScore = own.candidates[0]?.score ?? 0;
  const sameFamily = familyOf(own.topic) === family;
  if (!sameFamily && pointsBack(text, own.lang)) {
    const inFamily = (topic: TopicId) => familyOf(topic) === family;
    // The family is itself evidence: within it, a clear lead of the message's own words is enough.
    // "Does it cost anything?" after a card question: "it" is the card.
    const inFamilyOwn = classifyText(family === "card" ? `${text} ${CARD[alone.lang]}` : text, undefined, inFamily);
    const [first, second] = inFamilyOwn.candidates;
    const clearLead = first && first.score >= CLEAR_LEAD.min && first.score >= CLEAR_LEAD.ratio * (second?.score ?? 0);
    if (inFamilyOwn.confident || clearLead) return { ...inFamilyOwn, confident: true };
    const read = classifyText(text, earlier.question, inFamily);
    if (read.confident) return read;
  }
  if (!own.empty && (own.confident || ownScore >= OWN_EVIDENCE || (sameFamily && ownScore >= OWN_EVIDENCE_IN_FAMILY))) return { ...own, confident: true };
  const withEarlier = classifyText(text, earlier.question, isAnswer);
  return withEarlier.confident ? withEarlier : alone;
}

export function understand(message: string, options: UnderstandOptions = {}): Understanding {
  const { text, redacted, hadHetu } = analysisText(message);
  const earlier = options.earlier ?? null;
  const switchTo = earlier && !options.lang ? requestedLanguage(text) : null;
  const detected = detectLanguage(text, options.hint ?? "fi");
  const lang = options.lang ?? switchTo ?? detected.lang;
  const remember = (question: string): string => question.slice(-REMEMBERED);
  const base: Base = { lang, langConfidence: options.lang || switchTo ? 1 : detected.confidence, hadHetu, redacted, question: remember(text) };

  const guards = checkGuards(text);
  if (guards.injection) return handoffOnly(base, "abusive_or_injection", "injection");
  if (guards.insult) return handoffOnly(base, "abusive_or_injection", "abuse");

  // "What about in Swedish?": the earlier answer again, in that language.
  if (switchTo && earlier && TOPICS[earlier.topic].kind === "answer") {
    const topic = TOPICS[earlier.topic];
    return { ...base, question: earlier.question, topic: earlier.topic, kind: topic.kind, intent: topic.intent, confidence: 1, confident: true, handoffReason: null, candidates: [], also: null, followUp: true };
  }

  const questions = (options.knowledge ?? defaultKnowledge()).questions;
  const classifyText: ClassifyText = (piece, background, only) => classify(piece, { detected, fixed: options.lang, questions, background, only });
  let result = classifyText(text);
  let followUp = false;
  if (earlier && TOPICS[earlier.topic].kind === "answer" && isFollowUp(text, result.lang)) {
    const read = readAsFollowUp(text, classifyText, earlier, result);
    followUp = read !== result;
    result = read;
  }
  if (hadHetu && result.empty) return handoffOnly(base, "personal_case", "personal_data");
  // Swearing next to a clear question is frustration, and the question is answered; otherwise it is abuse.
  if (guards.profanity && (result.empty || !result.confident || result.kind !== "answer")) return handoffOnly(base, "abusive_or_injection", "abuse");
  const question = followUp && earlier ? remember(`${earlier.question} ${text}`) : base.question;
  if (followUp) return fromClassification({ ...base, question }, result, { followUp: true });

  const two = secondQuestion(text, result, (piece) => classifyText(piece));
  if (two) return fromClassification(base, two.first, { also: two.second.topic });
  return fromClassification(base, result);
}
