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
});
