import { replyTo } from "~/chat/engine";
import type { ContractIntent } from "~/chat/intents";
import { HETU_IN_TEXT } from "~/domain/hetu";
import type { Lang } from "~/i18n/languages";
import en from "./cases.en.json";
import fi from "./cases.fi.json";
import sv from "./cases.sv.json";
import holdout1 from "./holdout-1.json";
import holdout2 from "./holdout-2.json";
import holdout3 from "./holdout-3.json";
import holdout4 from "./holdout-4.json";
import holdout5 from "./holdout-5.json";

/**
 * The labelled evaluation set (cases.{fi,sv,en}.json and holdout-*.json) and its metrics, shared
 * by `npm run eval:chat` and the threshold test (app/chat/eval.test.ts).
 * Every case is asked as the first message of a new conversation, with no
 * language given: the bot must detect it.
 */
export type EvalCase = {
  q: string;
  lang: Lang;
  intent: ContractIntent;
  handoff: boolean;
  /** Strings the answer must contain (numbers, form ids). */
  facts?: string[];
  tags?: string[];
};

export type EvalResult = EvalCase & {
  got: { lang: Lang; intent: ContractIntent; handoff: boolean; confidence: number };
  ok: { intent: boolean; lang: boolean; handoff: boolean; facts: boolean | null; privacy: boolean | null };
};

export const EVAL_AT = new Date("2026-11-25T10:00:00+02:00");
const LANGS: Lang[] = ["fi", "sv", "en"];

/**
 * The question sets: the first labelled set, and the held-out batches (holdout-*.json), each
 * written fresh and measured before the bot was tuned on it, then kept here (README.md).
 */
export const EVAL_SETS: Record<string, EvalCase[]> = {
  cases: [...fi, ...sv, ...en] as EvalCase[],
  "holdout-1": holdout1 as EvalCase[],
  "holdout-2": holdout2 as EvalCase[],
  "holdout-3": holdout3 as EvalCase[],
  "holdout-4": holdout4 as EvalCase[],
  "holdout-5": holdout5 as EvalCase[],
};

export function loadCases(): EvalCase[] {
  return Object.values(EVAL_SETS).flat();
}

export function runCase(c: EvalCase): EvalResult {
  const { reply } = replyTo(c.q, { at: EVAL_AT });
  const json = JSON.stringify(reply);
  const codes = c.q.match(HETU_IN_TEXT) ?? [];
  const privacy = codes.length ? codes.every((code) => !json.toUpperCase().includes(code.toUpperCase())) : null;
  return {
    ...c,
    got: { lang: reply.lang, intent: reply.intent, handoff: reply.handoff !== null, confidence: reply.confidence },
    ok: {
      intent: reply.intent === c.intent,
      lang: reply.lang === c.lang,
      handoff: (reply.handoff !== null) === c.handoff,
      facts: c.facts?.length ? c.facts.every((fact) => reply.answer.includes(fact)) : null,
      privacy,
    },
  };
}

export type Metrics = { n: number; intent: number; lang: number; handoff: number; facts: number; factCases: number; privacy: number };

export function metricsOf(results: EvalResult[]): Metrics {
  const rate = (values: boolean[]) => (values.length ? values.filter(Boolean).length / values.length : 1);
  const facts = results.map((r) => r.ok.facts).filter((v): v is boolean => v !== null);
  const privacy = results.map((r) => r.ok.privacy).filter((v): v is boolean => v !== null);
  return {
    n: results.length,
    intent: rate(results.map((r) => r.ok.intent)),
    lang: rate(results.map((r) => r.ok.lang)),
    handoff: rate(results.map((r) => r.ok.handoff)),
    facts: rate(facts),
    factCases: facts.length,
    privacy: rate(privacy),
  };
}

export function evaluate(cases: EvalCase[] = loadCases()) {
  const results = cases.map(runCase);
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, metricsOf(results.filter((r) => r.lang === lang))])) as Record<Lang, Metrics>;
  const intents = [...new Set(results.map((r) => r.intent))].sort();
  const byIntent = Object.fromEntries(intents.map((intent) => [intent, metricsOf(results.filter((r) => r.intent === intent))]));
  return { results, overall: metricsOf(results), byLang, byIntent };
}
