import { describe, expect, it } from "vitest";
import { featureTerms } from "./features";
import { detectLanguage } from "./language";
import { QuestionIndex } from "./similarity";
import { understand } from "./understand";

/**
 * Concepts a message expresses whatever its words (features.ts), the retrieval over curated
 * questions (similarity.ts) and the language of a question after a greeting. The sentences here are
 * no evaluation questions (tests/chat-eval).
 */
const intentOf = (message: string) => understand(message).intent;

describe("concepts", () => {
  it.each([
    ["olen 13 ja tilaisin kortin ihan itse", "fi"],
    ["dottern är 11 år och vill beställa kortet på egen hand", "sv"],
    ["my boy is 13, can he get the card on his own", "en"],
  ] as const)("C-AUTH-5: under 15 and applying alone is the age limit, not a guardian's application: %s", (message, lang) => {
    expect(featureTerms(message, lang)).toContain("=agealone");
    expect(intentOf(message)).toBe("minor_15_17");
  });

  it.each([
    ["C-ELIG-2: not insured or a decision pending, whatever is asked next", "vakuutukseni on vielä käsittelyssä, voinko silti hakea korttia", "not_eligible"],
    ["C-ELIG-2", "är inte försäkrad här än, går det att söka FPA-kort", "not_eligible"],
    ["C-ELIG-2", "my insurance is not decided yet, may i apply for the card anyway", "not_eligible"],
    ["C-PHOTO-1: a photo on the card is the photo card, not the ID card", "haluaisin kortin jossa on valokuvani", "photo_card"],
    ["C-PHOTO-1", "går det att ha bild på FPA-kortet", "photo_card"],
    ["C-PHOTO-1", "is there a kela card with a picture of me", "photo_card"],
    ["C-DEFECT-1: a fault in a card that has just arrived is a defect, not a lost card or the delivery", "juuri postissa tullut kortti on säröillä", "damaged_card"],
    ["C-DEFECT-1", "kortet som just kom är feltryckt", "damaged_card"],
    ["C-DEFECT-1", "the card i just received has a misprint", "damaged_card"],
    ["K-OMAKELA-1: a language next to the service is its languages", "onko omakelasta englanninkielistä versiota", "omakela_language"],
    ["K-OMAKELA-1", "finns MittFPA på finska också", "omakela_language"],
    ["K-OMAKELA-1", "is the omakela site in english", "omakela_language"],
    ["K-PHONE-1: a language next to a phone line is the line", "mihin soitan jos puhun ruotsia", "intl_phone"],
    ["K-PHONE-1", "vilket nummer gäller för finskspråkiga", "intl_phone"],
    ["K-PHONE-1", "which line is for english speakers", "intl_phone"],
    ["C-VIEW-2: what is printed on the card is its contents, not the brochures", "mitä korttiin on painettu", "card_contents"],
    ["C-VIEW-2", "vad är tryckt på kortet", "card_contents"],
    ["C-VIEW-2", "what does it say on the front of my card", "card_contents"],
  ])("%s: %s → %s", (_rule, message, intent) => {
    expect(intentOf(message)).toBe(intent);
  });

  // Combined concepts: each made of parts that do not count alone (features.ts), in all three languages.
  it.each([
    ["K-PHONE-1: how to reach Kela from abroad is the international lines", "asumme nykyään Saksassa, miten saamme yhteyden Kelaan", "fi", "=reachabroad", "intl_phone"],
    ["K-PHONE-1", "vi bor i Norge numera, hur når man FPA", "sv", "=reachabroad", "intl_phone"],
    ["K-PHONE-1", "we are based in Canada now, what is the best way to contact Kela", "en", "=reachabroad", "intl_phone"],
    ["C-AUTO-1: a new decision the card does not show yet: the new card comes by itself", "sain uuden erityiskorvauspäätöksen mutta kortissa ei vielä näy sitä", "fi", "=decisionnotshown", "automatic_new_card"],
    ["C-AUTO-1", "beslutet om specialersättning kom förra veckan men det syns inte på kortet", "sv", "=decisionnotshown", "automatic_new_card"],
    ["C-AUTO-1", "the new reimbursement decision is not on my card yet", "en", "=decisionnotshown", "automatic_new_card"],
    ["C-APPLY-1: the card ordered by phone is the phone service, not KV-keskus's line", "pystyykö kelakortin hakemaan soittamalla", "fi", "=orderbyphone", "lost_card"],
    ["C-APPLY-1", "går det att söka om nytt FPA-kort genom att ringa", "sv", "=orderbyphone", "lost_card"],
    ["C-APPLY-1", "is it possible to apply for a new kela card over the phone", "en", "=orderbyphone", "lost_card"],
    ["C-ELIG-1, C-ELIG-2: the right to a card of someone abroad is their insurance", "olen asunut Thaimaassa kaksi vuotta, onko minulla vielä oikeus kela-korttiin", "fi", "=entitledabroad", "not_eligible"],
    ["C-ELIG-1, C-ELIG-2", "jag har bott i Spanien sedan 2020, har jag fortfarande rätt till FPA-kort", "sv", "=entitledabroad", "not_eligible"],
    ["C-ELIG-1, C-ELIG-2", "we have been living in the US for years, are we still entitled to a kela card", "en", "=entitledabroad", "not_eligible"],
  ] as const)("%s: %s", (_rule, message, lang, feature, intent) => {
    expect(featureTerms(message, lang)).toContain(feature);
    expect(intentOf(message)).toBe(intent);
  });

  it("C-APPLY-1: another benefit applied for by phone is no card ordered by phone", () => {
    expect(featureTerms("voiko asumistukea hakea puhelimitse kelasta", "fi")).not.toContain("=orderbyphone");
    expect(intentOf("can I apply for housing allowance from Kela by phone")).toBe("out_of_scope");
  });

  it("K-PHONE-1: abroad or getting in touch alone is no such question (the parts count only together)", () => {
    expect(featureTerms("asun Saksassa ja kortti katosi", "fi")).not.toContain("=reachabroad");
    expect(featureTerms("how do I contact the manufacturer", "en")).not.toContain("=reachabroad");
    expect(featureTerms("muutin Ruotsiin, olen ruotsinkielinen", "fi")).not.toContain("=reachabroad");
  });

  it("C-DELIV-5: 'when' is the delivery time only as a question, not as 'when the new one comes'", () => {
    expect(featureTerms("when will the card get here", "en")).toContain("=arrival");
    expect(featureTerms("when the new card comes should I cut up the old one", "en")).not.toContain("=arrival");
    expect(featureTerms("när kommer det nya kortet", "sv")).toContain("=arrival");
    expect(featureTerms("när det nya kortet kommer ska jag klippa sönder det gamla", "sv")).not.toContain("=arrival");
  });

  it("C-CARD-1 and K-PHONE-2: what a card costs and what a call costs are told apart by what is named", () => {
    expect(featureTerms("maksaako kortti mitään", "fi")).toContain("=cardprice");
    expect(featureTerms("maksaako soitto mitään", "fi")).toContain("=callprice");
    expect(understand("onko kela-kortti maksullinen").topic).toBe("card_price");
    expect(understand("is a phone call to kela free").topic).toBe("phone_cost");
  });
});

describe("language of a question after a greeting", () => {
  it.each([
    ["Moi! Where do I send a secure email?", "en"],
    ["Hello, voiko kortin tilata netissä?", "fi"],
    ["Hei hei, hur länge tar leveransen?", "sv"],
    ["Hej! Mihin kortti postitetaan?", "fi"],
  ] as const)("%s → %s", (message, lang) => {
    expect(detectLanguage(message).lang).toBe(lang);
    expect(understand(message).lang).toBe(lang);
  });

  it("a greeting alone keeps its own language", () => {
    expect(detectLanguage("Hej!").lang).toBe("sv");
    expect(understand("Moikka").intent).toBe("greeting");
  });
});

describe("retrieval over curated questions", () => {
  const index = new QuestionIndex([
    { q: "kadotin kelakortin", lang: "fi", intent: "lost_card" },
    { q: "kortti on hukassa", lang: "fi", intent: "lost_card" },
    { q: "kauanko kortin toimitus kestää", lang: "fi", intent: "delivery_time" },
    { q: "milloin kortti tulee postissa", lang: "fi", intent: "delivery_time" },
    { q: "I lost my card", lang: "en", intent: "lost_card" },
    { q: "when will the card arrive", lang: "en", intent: "delivery_time" },
  ]);
  const best = (text: string, lang: "fi" | "en") => [...index.intentScores(text, lang)].sort((a, b) => b[1] - a[1])[0]?.[0];

  it("an inflected, compounded or misspelt question shares the n-grams of a curated one", () => {
    expect(best("kelakorttini hukkui", "fi")).toBe("lost_card");
    expect(best("kortin toimitusaika", "fi")).toBe("delivery_time");
    expect(best("when does my crad arrve", "en")).toBe("delivery_time");
  });

  it("scores 0..1, and nothing for a text with no word in common", () => {
    for (const [, score] of index.intentScores("kadotin kelakortin", "fi")) expect(score).toBeLessThanOrEqual(1);
    expect(index.intentScores("xyzzy", "en").size).toBe(0);
  });

  it("the identity code in a curated question is not a feature of it", () => {
    const withCode = new QuestionIndex([{ q: "150384-901U kadotin kortin", lang: "fi", intent: "lost_card" }]);
    expect(withCode.intentScores("150384-901U", "fi").size).toBe(0);
  });
});
