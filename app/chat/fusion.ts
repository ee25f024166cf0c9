import { REFINES, TOPICS, type ContractIntent, type TopicId } from "./intents";
import { intentScore, type Retrieval } from "./retrieval";

/**
 * The two kinds of evidence for an intent, put together: the cue phrases
 * written from the rules' concepts (retrieval.ts: exact about what the rules
 * cover, blind to words nobody wrote down) and the nearest curated
 * questions (similarity.ts: close to how people write, but only as good as
 * its examples). Each is brought to 0..1 and the intent with the most of
 * both wins; the confidence is that score and its margin over the nearest
 * other intent.
 */
export type IntentEvidence = { intent: ContractIntent; signals: number; neighbours: number; score: number };

/** A score of the cue phrases that is one clear strong cue: their strength saturates around it. */
const CLEAR_CUE = 18;
/**
 * The weights of the two, chosen on held-out folds (a grid over 0.4-0.7 and 0.45-0.85, ADR 010);
 * `close` is a similarity that is a near paraphrase of a curated question.
 */
export const FUSION = { signals: 0.5, neighbours: 0.5, close: 0.6 };

/** Intents decided by the guards (guards.ts), never by resemblance. */
const GUARDED = new Set<ContractIntent>(["abusive_or_injection"]);

export function rankIntents(retrieval: Retrieval, neighbours: ReadonlyMap<ContractIntent, number>): IntentEvidence[] {
  const intents = new Set<ContractIntent>([...retrieval.ranked.map((r) => TOPICS[r.topic].intent), ...neighbours.keys()]);
  const out: IntentEvidence[] = [];
  for (const intent of intents) {
    if (GUARDED.has(intent)) continue;
    const signals = 1 - Math.exp(-intentScore(retrieval.ranked, retrieval.contributions, intent) / CLEAR_CUE);
    const near = Math.min(1, (neighbours.get(intent) ?? 0) / FUSION.close);
    out.push({ intent, signals, neighbours: near, score: FUSION.signals * signals + FUSION.neighbours * near });
  }
  out.sort((a, b) => b.score - a.score);
  preferQuestionOverGreeting(out, retrieval);
  preferNarrowerQuestion(out, retrieval);
  preferFoundCard(out, retrieval);
  preferLossOverInterim(out, retrieval);
  return out;
}

/** How close the loss must come to managing meanwhile to be the question. */
const LOSS_BESIDE_INTERIM = 0.85;

/**
 * "Lost my card and need medicine tomorrow": the loss is the question, and its answer tells of the
 * temporary certificate too (lost_card cites C-TEMP-1, C-TEMP-2), so with evidence near the
 * interim's the lost card comes first; the interim answer alone would not say how to get a new card.
 * Not a REFINES pair: that would also stop the interim counting as a second question beside a loss.
 */
function preferLossOverInterim(ranked: IntentEvidence[], retrieval: Retrieval): void {
  if (ranked[0]?.intent !== "no_card_interim" || !retrieval.ranked.some((r) => r.topic === "lost_card")) return;
  const lost = ranked.findIndex((r) => r.intent === "lost_card" && r.score >= ranked[0]!.score * LOSS_BESIDE_INTERIM);
  if (lost > 0) ranked.unshift(...ranked.splice(lost, 1));
}

/**
 * "I found my lost card after ordering a new one": once found, the card is no longer lost, and what
 * to do with it is the question (C-RETURN-1: destroy it or return it), however much the message
 * says of the loss. Only when the cue retrieval found that topic at all.
 */
function preferFoundCard(ranked: IntentEvidence[], retrieval: Retrieval): void {
  if (ranked[0]?.intent !== "lost_card" || !retrieval.terms.some((t) => t.term === "=found")) return;
  if (!retrieval.ranked.some((r) => r.topic === "old_card")) return;
  const old = ranked.findIndex((r) => r.intent === TOPICS.old_card.intent);
  if (old > 0) ranked.unshift(...ranked.splice(old, 1));
}

/** How close a narrower question must come to the broader one it refines. */
const NARROWER = 0.85;

/**
 * "My daughter is 12 and wants to apply herself" is about a child and about applying alone: when
 * the cue retrieval found the narrower topic (minor_15_17 refines apply_for_child) and the two are
 * close, the narrower one is the question.
 */
function preferNarrowerQuestion(ranked: IntentEvidence[], retrieval: Retrieval): void {
  const first = ranked[0];
  const chosen = retrieval.ranked[0]?.topic;
  if (!first || !chosen || TOPICS[chosen].intent === first.intent) return;
  const refined = REFINES[chosen] ?? [];
  if (!refined.some((topic) => TOPICS[topic].intent === first.intent)) return;
  const narrower = ranked.findIndex((r) => r.intent === TOPICS[chosen].intent && r.score >= first.score * NARROWER);
  if (narrower > 0) ranked.unshift(...ranked.splice(narrower, 1));
}

/** How close a question must come to a greeting beside it to be the topic ("moi, mun kortti hukkus"). */
const QUESTION_BESIDE_GREETING = 0.5;

/**
 * "Hi, I lost my card": the greeting is politeness, the question is the topic, when words of the
 * message other than the greeting's point to it.
 */
function preferQuestionOverGreeting(ranked: IntentEvidence[], retrieval: Retrieval): void {
  const first = ranked[0];
  if (!first || first.intent !== "greeting") return;
  const termsOf = (intent: ContractIntent) =>
    new Set(retrieval.ranked.filter((r) => TOPICS[r.topic].intent === intent).flatMap((r) => [...(retrieval.contributions.get(r.topic)?.keys() ?? [])]));
  const greeting = termsOf("greeting");
  const question = ranked.findIndex(
    (r) =>
      TOPICS[r.intent as TopicId]?.kind === "answer" &&
      r.score >= first.score * QUESTION_BESIDE_GREETING &&
      [...termsOf(r.intent)].some((term) => !greeting.has(term)),
  );
  if (question > 0) ranked.unshift(...ranked.splice(question, 1));
}

/** The intent's topic: the best-scoring of its topics in the cue retrieval, or the topic named after it. */
export function topicOf(intent: ContractIntent, retrieval: Retrieval): TopicId {
  return retrieval.ranked.find((r) => TOPICS[r.topic].intent === intent)?.topic ?? (intent as TopicId);
}

/**
 * Small talk next to a question is no rival to it ("hi, I lost my card"); nor is a broader topic that
 * the chosen one refines ("the subject of a secure email" is not secure email in general).
 */
function isRival(best: ContractIntent, bestTopic: TopicId, other: ContractIntent): boolean {
  if (other === best) return false;
  if (best !== "greeting" && other === "greeting") return false;
  return !(REFINES[bestTopic] ?? []).some((t) => TOPICS[t].intent === other);
}

export function confidenceOf(ranked: readonly IntentEvidence[], topic: TopicId, coverage: number): number {
  const [best, ...rest] = ranked;
  if (!best || best.score <= 0) return 0;
  const rival = rest.find((r) => isRival(best.intent, topic, r.intent));
  const margin = rival ? Math.max(0, best.score - rival.score) / best.score : 1;
  return best.score * (0.5 + 0.5 * margin) * (0.7 + 0.3 * coverage);
}
