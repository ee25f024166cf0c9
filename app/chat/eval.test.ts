import { describe, expect, it } from "vitest";
import { evaluate, evaluateConversations, FOLDS, foldOf, loadCases } from "../../tests/chat-eval/evaluate";

/**
 * The labelled evaluation set (tests/chat-eval, `npm run eval:chat` prints the details), held out:
 * each case is scored by a bot whose curated-question index was built without the case's fold. The
 * bot must keep intent accuracy ≥ 0.95, language ≥ 0.97 and handover ≥ 0.97 overall and in each
 * language, recall ≥ 0.95 of the facts a question expects, state no wrong fact and never echo an
 * identity code; answer both questions of a two-question message in 3 of 4; the follow-up turns
 * of the conversations ≥ 0.9.
 */
describe("chat evaluation set", () => {
  const cases = loadCases();
  const { overall, byLang } = evaluate(cases);

  it("has at least 150 questions, at least 50 per language, of every kind the issue asks for", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const lang of ["fi", "sv", "en"] as const) {
      const own = cases.filter((c) => c.lang === lang);
      expect(own.length, lang).toBeGreaterThanOrEqual(50);
      const tags = new Set(own.flatMap((c) => c.tags ?? []));
      for (const tag of ["paraphrase", "typo", "colloquial", "short", "long", "oos", "injection", "hetu", "mixed", "two-questions"]) expect(tags, `${lang} ${tag}`).toContain(tag);
    }
  });

  it("covers all 30 intents of the contract", () => {
    expect(new Set(cases.map((c) => c.intent)).size).toBe(30);
  });

  it("every fold is held out from the index that scores it, and every fold has cases of every language", () => {
    for (let fold = 0; fold < FOLDS; fold++) {
      for (const lang of ["fi", "sv", "en"]) expect(cases.filter((c) => foldOf(c.q) === fold && c.lang === lang).length).toBeGreaterThan(50);
    }
    // A case scored with its own fold in the index would be in sample: the held-out score must differ from it.
    expect(evaluate(cases, { heldOut: false }).overall.intent).toBeGreaterThan(overall.intent);
  });

  it.each(["all", "fi", "sv", "en"] as const)("%s, held out: intent ≥ 0.95, language ≥ 0.97, handover ≥ 0.97, facts ≥ 0.95, no wrong fact, privacy 1.0", (scope) => {
    const m = scope === "all" ? overall : byLang[scope];
    expect(m.intent).toBeGreaterThanOrEqual(0.95);
    expect(m.lang).toBeGreaterThanOrEqual(0.97);
    expect(m.handoff).toBeGreaterThanOrEqual(0.97);
    expect(m.facts).toBeGreaterThanOrEqual(0.95);
    expect(m.wrongFacts).toBe(0);
    expect(m.privacy).toBe(1);
  });

  it("two questions in one message (held out): both answered in at least 3 of 4", () => {
    expect(overall.bothCases).toBeGreaterThanOrEqual(10);
    expect(overall.both).toBeGreaterThanOrEqual(0.75);
  });

  it("follow-up turns of the conversations: intent and language ≥ 0.9, no wrong fact", () => {
    const { overall: follow } = evaluateConversations();
    expect(follow.n).toBeGreaterThanOrEqual(30);
    expect(follow.intent).toBeGreaterThanOrEqual(0.9);
    expect(follow.lang).toBeGreaterThanOrEqual(0.9);
    expect(follow.wrongFacts).toBe(0);
  });
});
