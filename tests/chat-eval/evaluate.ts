import { newConversation, replyTo } from "~/chat/engine";
import { CONTRACT_INTENTS, TOPICS, type ContractIntent } from "~/chat/intents";
import { CURATED_SETS, curatedCases, type CuratedCase } from "~/chat/knowledge/questions";
import { QuestionIndex } from "~/chat/similarity";
import type { Knowledge } from "~/chat/understand";
import { HETU_IN_TEXT } from "~/domain/hetu";
import type { Lang } from "~/i18n/languages";
import conversations from "./conversations.json";
import { wrongFacts } from "./facts";

/**
 * The labelled evaluation set (cases.{fi,sv,en}.json and holdout-*.json, README.md) and its
 * metrics, shared by `npm run eval:chat` and the threshold test (app/chat/eval.test.ts).
 *
 * Held out, k-fold: the curated questions are also the bot's examples (similarity.ts), so each
 * case is scored by a bot whose question index was built without the case's fold. A case's fold
 * is a hash of its text, so it never changes between runs. Every case is asked as the first
 * message of a new conversation, with no language given: the bot must detect it.
 */
export type EvalCase = CuratedCase & {
  /** The curated question this one was made from (a copy with typos): it is held out with that one's fold. */
  origin?: string;
};

export type EvalResult = EvalCase & {
  got: { lang: Lang; intent: ContractIntent; handoff: boolean; confidence: number };
  wrong: string[];
  ok: { intent: boolean; lang: boolean; handoff: boolean; facts: boolean | null; privacy: boolean | null; both: boolean | null };
};

export const EVAL_AT = new Date("2026-11-25T10:00:00+02:00");
export const FOLDS = 5;
const LANGS: Lang[] = ["fi", "sv", "en"];

export const EVAL_SETS = CURATED_SETS;
export const loadCases = curatedCases;

/** FNV-1a of the question: its fold. */
export function foldOf(question: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < question.length; i++) hash = Math.imul(hash ^ question.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % FOLDS;
}

export function runCase(c: EvalCase, knowledge?: Knowledge): EvalResult {
  const { reply } = replyTo(c.q, { at: EVAL_AT, knowledge });
  return score(c, reply);
}

function score(c: EvalCase, reply: ReturnType<typeof replyTo>["reply"]): EvalResult {
  const json = JSON.stringify(reply);
  const codes = c.q.match(HETU_IN_TEXT) ?? [];
  const privacy = codes.length ? codes.every((code) => !json.toUpperCase().includes(code.toUpperCase())) : null;
  const asked = [c.intent, ...(c.also ?? [])];
  const onIntent = reply.intent === c.intent;
  const wrong = wrongFacts(reply.answer, reply.sources.flatMap((s) => (s.ruleId ? [s.ruleId] : [])), asked, onIntent, c.facts);
  const answered = new Set(reply.sources.flatMap((s) => (s.ruleId ? [s.ruleId] : [])));
  return {
    ...c,
    got: { lang: reply.lang, intent: reply.intent, handoff: reply.handoff !== null, confidence: reply.confidence },
    wrong,
    ok: {
      intent: onIntent,
      lang: reply.lang === c.lang,
      handoff: (reply.handoff !== null) === c.handoff,
      facts: c.facts?.length ? c.facts.every((fact) => reply.answer.includes(fact)) : null,
      privacy,
      // Two questions in one message: the second intent's rules are among the reply's sources too.
      both: c.also?.length ? onIntent && c.also.every((intent) => rulesOfAnswer(intent).some((rule) => answered.has(rule))) : null,
    },
  };
}

/** The rules the main topic of an intent is written from. */
function rulesOfAnswer(intent: ContractIntent): string[] {
  return [...(TOPIC_RULES.get(intent) ?? [])];
}
const TOPIC_RULES = new Map<ContractIntent, readonly string[]>(CONTRACT_INTENTS.map((intent) => [intent, (TOPICS as Record<string, { rules: readonly string[] }>)[intent]?.rules ?? []]));

export type Metrics = { n: number; intent: number; lang: number; handoff: number; facts: number; factCases: number; privacy: number; wrongFacts: number; both: number; bothCases: number };

export function metricsOf(results: EvalResult[]): Metrics {
  const rate = (values: boolean[]) => (values.length ? values.filter(Boolean).length / values.length : 1);
  const facts = results.map((r) => r.ok.facts).filter((v): v is boolean => v !== null);
  const privacy = results.map((r) => r.ok.privacy).filter((v): v is boolean => v !== null);
  const both = results.map((r) => r.ok.both).filter((v): v is boolean => v !== null);
  return {
    n: results.length,
    intent: rate(results.map((r) => r.ok.intent)),
    lang: rate(results.map((r) => r.ok.lang)),
    handoff: rate(results.map((r) => r.ok.handoff)),
    facts: rate(facts),
    factCases: facts.length,
    privacy: rate(privacy),
    wrongFacts: results.reduce((n, r) => n + r.wrong.length, 0),
    both: rate(both),
    bothCases: both.length,
  };
}

function summarise(results: EvalResult[]) {
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, metricsOf(results.filter((r) => r.lang === lang))])) as Record<Lang, Metrics>;
  const intents = [...new Set(results.map((r) => r.intent))].sort();
  const byIntent = Object.fromEntries(intents.map((intent) => [intent, metricsOf(results.filter((r) => r.intent === intent))]));
  const confusion = new Map<string, number>();
  for (const r of results) if (r.got.intent !== r.intent) confusion.set(`${r.intent} → ${r.got.intent}`, (confusion.get(`${r.intent} → ${r.got.intent}`) ?? 0) + 1);
  return { results, overall: metricsOf(results), byLang, byIntent, confusion };
}

/**
 * k-fold held-out evaluation of the curated cases: fold f is scored with the question index of the
 * other folds. Cases from elsewhere (`--file`, a fresh batch) are scored with the index of every
 * curated case, which never contains them.
 */
export function evaluate(cases: EvalCase[] = loadCases(), options: { heldOut?: boolean } = {}) {
  const heldOut = options.heldOut ?? true;
  const training = curatedCases();
  const results = new Array<EvalResult>(cases.length);
  if (!heldOut) {
    cases.forEach((c, i) => (results[i] = runCase(c)));
    return summarise(results);
  }
  const inTraining = new Set(training.map((c) => c.q));
  for (let fold = 0; fold < FOLDS; fold++) {
    const knowledge: Knowledge = { questions: new QuestionIndex(training.filter((c) => foldOf(c.q) !== fold)) };
    cases.forEach((c, i) => {
      const key = c.origin ?? c.q;
      if (inTraining.has(key) ? foldOf(key) === fold : fold === 0) results[i] = inTraining.has(key) ? runCase(c, knowledge) : runCase(c);
    });
  }
  return summarise(results);
}

/** Conversations (conversations.json): every turn after the first is a follow-up, scored as a case. */
export type Conversation = { turns: EvalCase[] };

export function evaluateConversations(list: Conversation[] = conversations as Conversation[]) {
  const results: EvalResult[] = [];
  for (const { turns } of list) {
    let snapshot = newConversation();
    turns.forEach((turn, i) => {
      const next = replyTo(turn.q, { at: EVAL_AT, snapshot });
      snapshot = next.snapshot;
      if (i > 0) results.push(score(turn, next.reply));
    });
  }
  return summarise(results);
}
