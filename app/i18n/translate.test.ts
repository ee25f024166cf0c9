import { describe, expect, it } from "vitest";
import { langFromAcceptLanguage, switchLangPath } from "./languages";
import { createT } from "./translate";

describe("createT", () => {
  const messages = {
    common: { greeting: "Hei {{name}}", files_one: "{{count}} liite", files_other: "{{count}} liitettä" },
    card: { nested: { title: "Kela-kortti" } },
  };

  it("reads namespaced, nested keys and interpolates", () => {
    const t = createT("fi", messages);
    expect(t("greeting", { name: "Matti" })).toBe("Hei Matti");
    expect(t("card:nested.title")).toBe("Kela-kortti");
  });

  it("chooses plural forms by the language's rules", () => {
    const t = createT("fi", messages);
    expect(t("files", { count: 1 })).toBe("1 liite");
    expect(t("files", { count: 3 })).toBe("3 liitettä");
  });

  it("reports a missing key and shows the key, not an empty string", () => {
    const missing: string[] = [];
    const t = createT("fi", messages, (key) => missing.push(key));
    expect(t("card:nope")).toBe("card:nope");
    expect(missing).toEqual(["card:nope"]);
  });
});

describe("languages", () => {
  it("picks the best supported language from Accept-Language, Finnish by default", () => {
    expect(langFromAcceptLanguage("sv-FI,sv;q=0.9,en;q=0.8")).toBe("sv");
    expect(langFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.5")).toBe("en");
    expect(langFromAcceptLanguage("en;q=0.2,fi;q=0.8")).toBe("fi");
    expect(langFromAcceptLanguage("de")).toBe("fi");
    expect(langFromAcceptLanguage(null)).toBe("fi");
    expect(langFromAcceptLanguage("sv;q=0")).toBe("fi");
  });

  it("switches the language of a path and keeps the query string", () => {
    expect(switchLangPath("/fi/kela-card/apply/reason", "?edit=1", "sv")).toBe("/sv/kela-card/apply/reason?edit=1");
    expect(switchLangPath("/en", "", "fi")).toBe("/fi");
    expect(switchLangPath("/", "", "en")).toBe("/en");
  });
});
