import { describe, expect, it } from "vitest";
import { anonymousVisitor, get, postForm, run, type Visitor } from "../../tests/helpers/http";
import { action, loader } from "./$lang.chat";

/** The /{lang}/chat page without JavaScript: a form POST per message, the conversation kept on the server. */
let client = 0;
const send = (lang: string, visitor: Visitor, fields: Record<string, string>, options?: { csrf?: boolean }) =>
  run(action, postForm(`/${lang}/chat`, visitor, fields, { ...options, headers: { "x-client-ip": `192.0.2.${++client}` } }), { lang });
const page = async (lang: string, visitor: Visitor) => (await run(loader, get(`/${lang}/chat`, visitor), { lang })).json();

describe("/{lang}/chat page", () => {
  it("completes a conversation in each language: each message redirects back to the page, which shows it and the answer", async () => {
    const questions = { fi: "Kadotin Kela-korttini", sv: "Jag har tappat mitt FPA-kort", en: "I lost my Kela card" };
    for (const [lang, question] of Object.entries(questions)) {
      const visitor = await anonymousVisitor();
      expect((await page(lang, visitor)).transcript).toEqual([]);
      const response = await send(lang, visitor, { intent: "send", message: question });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/${lang}/chat#latest`);
      const { transcript } = await page(lang, visitor);
      expect(transcript.map((e: { role: string }) => e.role)).toEqual(["user", "bot"]);
      expect(transcript[0].text).toBe(question);
      expect(transcript[1].reply).toMatchObject({ lang, intent: "lost_card", handoff: null });
      expect(transcript[1].reply.actions[0].href).toBe(`/${lang}/kela-card/apply`);
      // A follow-up continues the same conversation.
      await send(lang, visitor, { intent: "send", message: lang === "fi" ? "kiitos" : lang === "sv" ? "tack" : "thanks" });
      expect((await page(lang, visitor)).transcript).toHaveLength(4);
    }
  });

  it("keeps each visitor's conversation to themself", async () => {
    const alice = await anonymousVisitor();
    const bob = await anonymousVisitor();
    await send("en", alice, { intent: "send", message: "Is the Kela card free?" });
    expect((await page("en", bob)).transcript).toEqual([]);
  });

  it("shows an identity code neither in the conversation nor back in the field", async () => {
    const visitor = await anonymousVisitor();
    await send("fi", visitor, { intent: "send", message: "hetuni 150384-901U, kortti rikki" });
    const data = await page("fi", visitor);
    expect(JSON.stringify(data)).not.toContain("150384-901U");
    expect(data.transcript[0].text).toBe("hetuni [HETU], kortti rikki");
    expect(data.transcript[1].reply.answer).toContain("Älä lähetä henkilötunnustasi");
    const tooLong = await send("fi", visitor, { intent: "send", message: `150384-901U ${"x".repeat(2000)}` });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).not.toContain("150384-901U");
  });

  it("answers an empty or too long message with 422 and a localised error", async () => {
    const visitor = await anonymousVisitor();
    const empty = await send("sv", visitor, { intent: "send", message: "  " });
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors.message).toBe("Skriv din fråga.");
    const long = await send("en", visitor, { intent: "send", message: "a".repeat(2001) });
    expect(long.status).toBe(422);
    expect((await long.json()).errors.message).toBe("Your question can be at most 2,000 characters long.");
  });

  it("refuses a POST without the CSRF token", async () => {
    const visitor = await anonymousVisitor();
    expect((await send("fi", visitor, { intent: "send", message: "hei" }, { csrf: false })).status).toBe(403);
  });

  it("starts a new conversation on request", async () => {
    const visitor = await anonymousVisitor();
    await send("fi", visitor, { intent: "send", message: "Mikä on KV-keskuksen osoite?" });
    expect((await page("fi", visitor)).transcript).toHaveLength(2);
    expect((await send("fi", visitor, { intent: "reset" })).headers.get("location")).toBe("/fi/chat");
    expect((await page("fi", visitor)).transcript).toEqual([]);
  });

  it("C-AUTH-2 and C-DELIV-5: a follow-up is read with the earlier question of the same conversation, without JavaScript", async () => {
    const visitor = await anonymousVisitor();
    await send("en", visitor, { intent: "send", message: "I lost my Kela card" });
    await send("en", visitor, { intent: "send", message: "and for my child?" });
    await send("en", visitor, { intent: "send", message: "how long does that take?" });
    const { transcript } = await page("en", visitor);
    const replies = transcript.filter((e: { role: string }) => e.role === "bot").map((e: { reply: { intent: string; lang: string } }) => e.reply);
    expect(replies.map((r: { intent: string }) => r.intent)).toEqual(["lost_card", "apply_for_child", "delivery_time"]);
    expect(replies[1].actions).toEqual([{ label: "Apply for your child's card: choose the child first", href: "/en/act-for" }]);
  });

  it("K-PHONE-1: 'entä ruotsiksi?' answers the earlier question again in Swedish; another visitor's follow-up has no earlier question", async () => {
    const visitor = await anonymousVisitor();
    await send("fi", visitor, { intent: "send", message: "mikä on kv-keskuksen numero" });
    await send("fi", visitor, { intent: "send", message: "entä ruotsiksi?" });
    const { transcript } = await page("fi", visitor);
    expect(transcript[3].reply).toMatchObject({ intent: "intl_phone", lang: "sv" });
    expect(transcript[3].reply.answer).toContain("020 634 0300");
    const other = await anonymousVisitor();
    await send("fi", other, { intent: "send", message: "entä ruotsiksi?" });
    // Nothing to answer again: read on its own, in the page's language.
    expect((await page("fi", other)).transcript[1].reply.lang).toBe("fi");
  });

  it("trusts nothing the form says about earlier turns: only the message is read", async () => {
    const visitor = await anonymousVisitor();
    await send("en", visitor, { intent: "send", message: "and for my child?", lastTopic: "intl_phone", lastQuestion: "phone number", reply: "{}", conversationId: "x" });
    const { transcript } = await page("en", visitor);
    expect(transcript).toHaveLength(2);
    expect(transcript[1].reply.intent).not.toBe("intl_phone");
  });
});

