import { containsHetu } from "~/domain/hetu";
import type { Lang } from "~/i18n/languages";
import { detectLanguage } from "./language";

/**
 * Whether a model's rephrasing of an answer may be shown instead of the
 * answer itself. A model may change the wording, never the facts: every
 * number, rule id, address and link must be the original's, none may be
 * added or dropped, the language must stay, and no identity code may appear.
 * When in doubt, the original answer is shown.
 */
export type Verdict = { ok: true } | { ok: false; reason: string };

const numbersOf = (text: string) => (text.match(/\d+/g) ?? []).sort();
const tokensOf = (text: string, pattern: RegExp) => new Set((text.match(pattern) ?? []).map((t) => t.toLowerCase()));
const RULE_ID = /\b[CK]-[A-Z]+-\d+\b/g;
const LINKISH = /(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|\/(?:fi|sv|en)\/[\w/-]+)/gi;

function sameMultiset(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function subset(a: Set<string>, b: Set<string>): boolean {
  return [...a].every((value) => b.has(value));
}

export function checkRephrasing(original: string, rephrased: string, lang: Lang): Verdict {
  const text = rephrased.trim();
  if (!text) return { ok: false, reason: "empty" };
  if (text.length > original.length * 2 + 200 || text.length < original.length * 0.3) return { ok: false, reason: "length" };
  if (containsHetu(text)) return { ok: false, reason: "identity_code" };
  if (!subset(tokensOf(text, RULE_ID), tokensOf(original, RULE_ID))) return { ok: false, reason: "rule_ids" };
  const links = tokensOf(original, LINKISH);
  const newLinks = tokensOf(text, LINKISH);
  if (!subset(newLinks, links) || !subset(links, newLinks)) return { ok: false, reason: "links" };
  if (!sameMultiset(numbersOf(original), numbersOf(text))) return { ok: false, reason: "numbers" };
  if (lang === "sv" && /\bKela\b|Kela-kort|OmaKela/.test(text.replace(/[\w.-]+@kela\.fi/g, ""))) return { ok: false, reason: "naming" };
  const detected = detectLanguage(text, lang);
  if (detected.lang !== lang) return { ok: false, reason: "language" };
  return { ok: true };
}
