import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../locales/en/chatAnswers.json";
import fi from "../../locales/fi/chatAnswers.json";
import sv from "../../locales/sv/chatAnswers.json";
import { ACTIONS, CONTRACT_INTENTS, TOPICS, TOPIC_IDS, pageOfRule } from "./intents";
import { signals } from "./knowledge/signals";

/**
 * The answer base against the rule catalogue. The catalogue is read from the
 * copy in the repository (knowledge/rules.md), so that this runs on a clean
 * checkout; a separate test keeps the copy equal to ../shared/RULES.md when
 * that exists.
 */
const rulesText = readFileSync(join(__dirname, "knowledge/rules.md"), "utf8");
const rules = new Map([...rulesText.matchAll(/^- ([CK]-[A-Z]+-\d+): (.+)$/gm)].map((m) => [m[1]!, m[2]!]));
const answersByLang = { fi: fi.answers, sv: sv.answers, en: en.answers } as Record<string, Record<string, string>>;
const answerKey = (topic: keyof typeof TOPICS) => (TOPICS[topic] as { answer?: string }).answer ?? topic;
const ruleTitles = { fi: fi.rules, sv: sv.rules, en: en.rules } as Record<string, Record<string, string>>;

/** Phone and fax numbers as digit strings ("020 634 0200" → "0206340200"); "+358 20…" as dialled in Finland. */
function phoneNumbers(text: string): string[] {
  return [...text.matchAll(/\+?\d[\d ]{6,}\d/g)].map((m) => m[0].replace(/\s/g, "").replace(/^\+358/, "0"));
}
/** Every other number: days, ages, years, form and code numbers. */
function otherNumbers(text: string): string[] {
  return [...text.replace(/\+?\d[\d ]{6,}\d/g, " ").matchAll(/\d+/g)].map((m) => m[0]);
}

describe("chat knowledge", () => {
  it("the rule catalogue copy parses: every rule of RULES.md has an id and a text", () => {
    expect(rules.size).toBeGreaterThanOrEqual(40);
    expect(rules.get("C-DEFECT-1")).toContain("60 days");
  });

  it("the copy is the same as ../shared/RULES.md (when the shared folder is there)", () => {
    const shared = join(__dirname, "../../../shared/RULES.md");
    if (!existsSync(shared)) return;
    expect(rulesText).toBe(readFileSync(shared, "utf8"));
  });

  it("reports only the 30 intents of the DESIGN.md contract", () => {
    expect(CONTRACT_INTENTS).toHaveLength(30);
    for (const topic of TOPIC_IDS) expect(CONTRACT_INTENTS).toContain(TOPICS[topic].intent);
    for (const intent of CONTRACT_INTENTS) expect(TOPIC_IDS.some((t) => TOPICS[t].intent === intent), intent).toBe(true);
  });

  it("every topic has an answer in fi, sv and en, and every answer topic cites at least one rule", () => {
    for (const topic of TOPIC_IDS) {
      for (const lang of ["fi", "sv", "en"]) expect(answersByLang[lang]![answerKey(topic)], `${lang}:${topic}`).toBeTruthy();
      if (TOPICS[topic].kind === "answer") expect(TOPICS[topic].rules.length, topic).toBeGreaterThan(0);
    }
  });

  it("each cited rule id exists in the rule catalogue and has a title in every language", () => {
    for (const topic of TOPIC_IDS) {
      for (const ruleId of TOPICS[topic].rules) {
        expect(rules.has(ruleId), `${topic} cites ${ruleId}`).toBe(true);
        for (const lang of ["fi", "sv", "en"]) expect(ruleTitles[lang]![ruleId.replace(/-/g, "_")], `${lang} title of ${ruleId}`).toBeTruthy();
      }
    }
  });

  it("each phone number and each other number (days, ages, years, codes) in an answer appears in a rule it cites", () => {
    for (const topic of TOPIC_IDS) {
      const cited = TOPICS[topic].rules.map((id) => rules.get(id) ?? "").join("\n");
      const citedPhones = new Set(phoneNumbers(cited));
      const citedNumbers = new Set(otherNumbers(cited));
      for (const lang of ["fi", "sv", "en"]) {
        const answer = answersByLang[lang]![answerKey(topic)]!;
        for (const phone of phoneNumbers(answer)) expect(citedPhones.has(phone), `${lang}:${topic} phone ${phone}`).toBe(true);
        for (const number of otherNumbers(answer)) expect(citedNumbers.has(number), `${lang}:${topic} number ${number}`).toBe(true);
      }
    }
  });

  it("the three languages of an answer state the same numbers", () => {
    for (const topic of TOPIC_IDS) {
      const text = (lang: string) => answersByLang[lang]![answerKey(topic)]!;
      const of = (lang: string) => [...phoneNumbers(text(lang)), ...otherNumbers(text(lang))].sort();
      expect(of("sv"), topic).toEqual(of("fi"));
      expect(of("en"), topic).toEqual(of("fi"));
    }
  });

  it("actions and sources link to the portal's own pages (DESIGN.md URLs)", () => {
    const pages = /^\/\{lang\}\/(kela-card(\/apply|\/orders)?|act-for|secure-message|international|moving-abroad)$/;
    for (const href of Object.values(ACTIONS)) expect(href).toMatch(pages);
    for (const ruleId of rules.keys()) expect(pageOfRule(ruleId)).toMatch(pages);
  });

  it("Swedish answers say FPA, FPA-kort and MittFPA (GLOSSARY.md)", () => {
    for (const [key, text] of Object.entries(sv.answers)) {
      expect(/\bKela\b|Kela-kort|OmaKela/.test(text.replace(/[\w.-]+@kela\.fi/g, "")), key).toBe(false);
    }
  });

  it("every topic answered by retrieval has cue words in every language", () => {
    for (const topic of TOPIC_IDS) {
      if (topic === "personal_case") continue;
      for (const lang of ["fi", "sv", "en"] as const) expect(signals[lang][topic].length, `${lang}:${topic}`).toBeGreaterThan(3);
    }
  });
});
