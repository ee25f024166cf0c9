import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("language detection", () => {
  it.each([
    ["Miten tilaan uuden Kela-kortin?", "fi"],
    ["Hur beställer jag ett nytt FPA-kort?", "sv"],
    ["How do I order a new Kela card?", "en"],
    ["mun kortti on hukas", "fi"],
    ["jag har int fått nåt kort", "sv"],
    ["gonna move abroad soon, what about my card", "en"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each([
    ["kortti", "fi"],
    ["kiitos", "fi"],
    ["moi", "fi"],
    ["hej", "sv"],
    ["tack", "sv"],
    ["fullmakt", "sv"],
    ["thanks", "en"],
    ["help", "en"],
    ["edunvalvoja", "fi"],
  ])("one word: %s → %s", (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it("a mixed message goes with the language most of it is in", () => {
    expect(detectLanguage("Moi! I think I lost my Kela card yesterday").lang).toBe("en");
    expect(detectLanguage("Hej, mun kelakortti on kadonnut").lang).toBe("fi");
    expect(detectLanguage("Hi, jag har tappat mitt FPA-kort").lang).toBe("sv");
  });

  it("Swedish letters and FPA point to Swedish", () => {
    expect(detectLanguage("FPA?").lang).toBe("sv");
    expect(detectLanguage("MittFPA").lang).toBe("sv");
  });

  it("with nothing to go on, the caller's fallback is used", () => {
    expect(detectLanguage("150384-901U", "sv")).toMatchObject({ lang: "sv", confidence: 0 });
    expect(detectLanguage("???", "en").lang).toBe("en");
    expect(detectLanguage("Kela", "en").lang).toBe("en");
  });
});
