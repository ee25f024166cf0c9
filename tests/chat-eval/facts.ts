import { readFileSync } from "node:fs";
import { TOPICS, type ContractIntent } from "~/chat/intents";

/**
 * Facts an answer states, for the "wrong facts" measure: phone and fax
 * numbers, email addresses and every other number (days, ages, years, form
 * numbers, hours). The phone line's live status ("open until 15.00",
 * "opens Monday 30.11. 10.00") is the clock, not a fact of the catalogue.
 */
const rulesText = readFileSync(new URL("../../app/chat/knowledge/rules.md", import.meta.url), "utf8");
const RULES = new Map([...rulesText.matchAll(/^- ([CK]-[A-Z]+-\d+): (.+)$/gm)].map((m) => [m[1]!, m[2]!]));

const PHONE = /\+?\d[\d ]{6,}\d/g;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;
const CLOCK = /\b\d{1,2}[.:]\d{2}\b(?!\.\d)|\b\d{1,2}\.\d{1,2}\.(?!\d)/g;

export function factsOf(text: string): string[] {
  const phones = [...text.matchAll(PHONE)].map((m) => `tel:${m[0].replace(/\s/g, "").replace(/^\+358/, "0")}`);
  const emails = [...text.matchAll(EMAIL)].map((m) => `mail:${m[0].toLowerCase()}`);
  const rest = text.replace(EMAIL, " ").replace(PHONE, " ").replace(CLOCK, " ");
  const numbers = [...rest.matchAll(/\d+/g)].map((m) => `n:${m[0]}`);
  return [...new Set([...phones, ...emails, ...numbers])];
}

const factsOfRule = new Map([...RULES].map(([id, text]) => [id, new Set(factsOf(text))]));

export function factsOfRules(ruleIds: readonly string[]): Set<string> {
  return new Set(ruleIds.flatMap((id) => [...(factsOfRule.get(id) ?? [])]));
}

/** Every rule any topic of these intents is written from. */
export function rulesOfIntents(intents: readonly ContractIntent[]): string[] {
  return Object.values(TOPICS).filter((topic) => intents.includes(topic.intent)).flatMap((topic) => [...topic.rules]);
}

/**
 * The facts of an answer that are wrong:
 * - stated by none of the rules the reply cites (invented, or from a rule it does not name);
 * - when the reply is on the asked intent, stated by none of the rules of the intents the message
 *   asks about (a second answer on a topic nobody asked about);
 * - of the same kind as a fact the question expects (a phone number when a phone number was asked),
 *   but neither that fact nor one of the asked intent's rules (another line's number).
 */
export function wrongFacts(answer: string, cited: readonly string[], asked: readonly ContractIntent[], onIntent: boolean, expected: readonly string[] = []): string[] {
  const stated = factsOf(answer);
  const citedFacts = factsOfRules(cited);
  const askedFacts = factsOfRules(rulesOfIntents(asked));
  const expectedFacts = new Set(expected.flatMap(factsOf));
  const expectedKinds = new Set([...expectedFacts].map((f) => f.split(":")[0]));
  return stated.filter(
    (fact) =>
      !citedFacts.has(fact) ||
      (onIntent && !askedFacts.has(fact)) ||
      (expectedKinds.has(fact.split(":")[0]!) && !expectedFacts.has(fact) && !askedFacts.has(fact)),
  );
}
