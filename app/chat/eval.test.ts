import { describe, expect, it } from "vitest";
import { evaluate, loadCases } from "../../tests/chat-eval/evaluate";

/**
 * The labelled evaluation set (tests/chat-eval, `npm run eval:chat` prints the
 * details): the bot must keep intent accuracy ≥ 0.90, language ≥ 0.97 and
 * handover ≥ 0.95, overall and in each language, and never echo an identity code.
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
      for (const tag of ["paraphrase", "typo", "colloquial", "short", "long", "oos", "injection", "hetu"]) expect(tags, `${lang} ${tag}`).toContain(tag);
    }
  });

  it("covers all 30 intents of the contract", () => {
    expect(new Set(cases.map((c) => c.intent)).size).toBe(30);
  });

  it.each(["all", "fi", "sv", "en"] as const)("%s: intent ≥ 0.90, language ≥ 0.97, handover ≥ 0.95, facts and privacy 1.0", (scope) => {
    const m = scope === "all" ? overall : byLang[scope];
    expect(m.intent).toBeGreaterThanOrEqual(0.9);
    expect(m.lang).toBeGreaterThanOrEqual(0.97);
    expect(m.handoff).toBeGreaterThanOrEqual(0.95);
    expect(m.facts).toBe(1);
    expect(m.privacy).toBe(1);
  });
});
