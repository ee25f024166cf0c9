import { describe, expect, it } from "vitest";
import type { Lang } from "~/i18n/languages";
import { newConversation, replyTo } from "./engine";
import { isFollowUp, requestedLanguage } from "./follow-up";
import { questionsOf } from "./segments";

/** Follow-ups within one conversation and two questions in one message (issue 13). Not evaluation questions. */
const AT = new Date("2026-11-25T11:00:00+02:00");

function converse(...messages: string[]) {
  let snapshot = newConversation();
  return messages.map((message) => {
    const turn = replyTo(message, { at: AT, snapshot });
    snapshot = turn.snapshot;
    return turn.reply;
  });
}

describe("follow-ups", () => {
  it.each([
    ["Kortti katosi lenkillä", "entä pojalleni?", "apply_for_child"],
    ["FPA-kortet försvann på semestern", "och för min dotter?", "apply_for_child"],
    ["my kela card got stolen", "how long will that take?", "delivery_time"],
    ["hur ringer jag FPA:s internationella center", "kostar det?", "phone_cost"],
    ["kortti hajosi", "maksaako se mitään?", "lost_card"],
    ["how do i get a card for my daughter", "and if she is 17?", "minor_15_17"],
  ])("C-AUTH-2, C-DELIV-5, K-PHONE-2, C-CARD-1, C-AUTH-5: %s → %s is %s", (first, next, intent) => {
    const [, reply] = converse(first, next);
    expect(reply!.intent).toBe(intent);
  });

  it.each([
    ["what about in Finnish?", "fi"],
    ["på svenska tack", "sv"],
    ["entä englanniksi", "en"],
  ] as const)("a request for another language answers the earlier question in it: %s", (request, lang: Lang) => {
    const [first, again] = converse("miten lähetän suojatun viestin ulkomailta", request);
    expect(first!.intent).toBe("secure_email");
    expect(again).toMatchObject({ intent: "secure_email", lang, handoff: null });
    expect(again!.actions[0]!.href).toBe(`/${lang}/secure-message`);
  });

  it("a new question in a conversation is read on its own, and small talk keeps the earlier question", () => {
    const [, , third, fourth] = converse("I lost my card", "thanks!", "what is the postal address of kv-keskus", "and their email?");
    expect(third!.intent).toBe("intl_address");
    expect(fourth!.intent).toBe("intl_address");
    expect(fourth!.answer).toContain("inter.helsinki@kela.fi");
  });

  it("without an earlier question a follow-up is read as it is", () => {
    expect(replyTo("and for my child?", { at: AT }).reply.intent).not.toBe("lost_card");
  });

  it("knows the shape of a follow-up and of a language request", () => {
    expect(isFollowUp("entä lapselle?", "fi")).toBe(true);
    expect(isFollowUp("does it cost?", "en")).toBe(true);
    expect(isFollowUp("how do I log in to OmaKela with a mobile certificate from abroad", "en")).toBe(false);
    expect(requestedLanguage("what about in Swedish?")).toBe("sv");
    expect(requestedLanguage("kan du svara på finska")).toBe("fi");
    expect(requestedLanguage("does OmaKela work in Swedish?")).toBeNull();
  });
});

describe("two questions in one message", () => {
  it("splits at sentence ends and at 'and' before a new question, not inside one", () => {
    expect(questionsOf("Kadotin kortin ja milloin uusi tulee?", "fi")).toEqual(["Kadotin kortin", "milloin uusi tulee?"]);
    expect(questionsOf("Hei! Kortti on rikki.", "fi")).toEqual(["Hei! Kortti on rikki."]);
    expect(questionsOf("I lost my card and my passport", "en")).toEqual(["I lost my card and my passport"]);
  });

  it("C-RETURN-1 and K-CONTACT-1: both are answered, the first asked first, with the flows and rules of both", () => {
    const [reply] = converse("Muutan pysyvästi Ruotsiin ensi kuussa. Mikä on KV-keskuksen sähköpostiosoite?");
    expect(reply!.intent).toBe("moving_abroad");
    const rules = reply!.sources.map((s) => s.ruleId);
    expect(rules).toContain("C-RETURN-1");
    expect(rules).toContain("K-CONTACT-1");
    expect(reply!.answer).toContain("inter.helsinki@kela.fi");
    expect(reply!.actions.map((a) => a.href)).toEqual(["/fi/moving-abroad", "/fi/international", "/fi/secure-message"]);
  });

  it("C-LOST-1 and C-TEMP-3: a stolen card and a temporary certificate are both answered; a narrower question it refines is one", () => {
    const [reply] = converse("Kela-korttini varastettiin. Saanko väliaikaisen todistuksen apteekkia varten?");
    expect(reply!.intent).toBe("lost_card");
    expect(reply!.sources.map((s) => s.ruleId)).toEqual(expect.arrayContaining(["C-LOST-1", "C-TEMP-3"]));
    const [subject] = converse("Haluan lähettää suojatun sähköpostin. Mitä otsikkoon saa kirjoittaa?");
    expect(subject!.intent).toBe("secure_email_subject");
    expect(subject!.sources.map((s) => s.ruleId)).toEqual(["K-SECURE-2"]);
  });

  it("one question with a reason is one answer ('my name changed, do I need a new card?')", () => {
    const [reply] = converse("nimeni muuttui avioliiton myötä, pitääkö tilata uusi kortti");
    expect(reply!.intent).toBe("automatic_new_card");
    expect(reply!.sources.map((s) => s.ruleId)).not.toContain("C-LOST-1");
  });
});

describe("every answer ends in something to do", () => {
  it.each(["hei", "kiitos", "lost card", "zxcv qwer", "when is the child benefit paid"])("%s", (message) => {
    const reply = replyTo(message, { at: AT }).reply;
    expect(reply.actions.length + (reply.handoff?.channels.length ?? 0)).toBeGreaterThan(0);
  });
});
