import { describe, expect, it } from "vitest";
import { checkRephrasing } from "./faithfulness";

const original =
  "Kela Centre for International Affairs by phone: in Finnish and English 020 634 0200, in Swedish 020 634 0300. Service 10–15 Finnish time.";

describe("checking a model's rephrasing (it may change words, never facts)", () => {
  it("accepts a rewording with the same numbers", () => {
    const text = "You can call the Centre for International Affairs at 020 634 0200 in Finnish or English and at 020 634 0300 in Swedish, between 10 and 15 Finnish time.";
    expect(checkRephrasing(original, text, "en")).toEqual({ ok: true });
  });

  it.each([
    ["an added number", "Call 020 634 0200 (Finnish, English) or 020 634 0300 (Swedish), 10–15, or 020 692 203."],
    ["a changed number", "Call 020 634 0201 (Finnish, English) or 020 634 0300 (Swedish), 10–15 Finnish time."],
    ["a dropped number", "Call 020 634 0200 in Finnish or English, 10–15 Finnish time."],
    ["changed hours", "Call 020 634 0200 (Finnish, English) or 020 634 0300 (Swedish), 9–16 Finnish time."],
  ])("rejects %s", (_, text) => {
    expect(checkRephrasing(original, text, "en")).toEqual({ ok: false, reason: "numbers" });
  });

  it("rejects a new link or address, a rule id, an identity code, another language and Kela in Swedish", () => {
    const base = "The card is free.";
    expect(checkRephrasing(base, "The card is free, see https://example.com.", "en")).toMatchObject({ ok: false, reason: "links" });
    expect(checkRephrasing(base, "The card is free (C-CARD-1).", "en")).toMatchObject({ ok: false, reason: "rule_ids" });
    expect(checkRephrasing("Your card is free of charge.", "Your card, 150384-901U, is free of charge.", "en")).toMatchObject({ ok: false });
    expect(checkRephrasing("The Kela card is free of charge for everyone.", "Kela-kortti on maksuton kaikille.", "en")).toMatchObject({ ok: false, reason: "language" });
    expect(checkRephrasing("FPA-kortet är gratis för alla.", "Kela-kortet är gratis för alla.", "sv")).toMatchObject({ ok: false, reason: "naming" });
    expect(checkRephrasing(base, "", "en")).toMatchObject({ ok: false, reason: "empty" });
  });
});
