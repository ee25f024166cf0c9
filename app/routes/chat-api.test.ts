import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "~/env.server";
import { getDb } from "~/services/db.server";
import { logSink } from "~/services/logger.server";
import { BASE, run } from "../../tests/helpers/http";
import { action, loader } from "./api.chat";

/** POST /api/chat as a client sends it; each test its own client address (rate limits are per client). */
let client = 0;
function post(body: unknown, headers: Record<string, string> = {}, ip = `198.51.100.${++client}`): Request {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(`${BASE}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-client-ip": ip, ...headers },
    body: text,
  });
}
const call = async (body: unknown, headers?: Record<string, string>, ip?: string) => {
  const response = await run(action, post(body, headers, ip));
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, any> };
};

afterEach(() => {
  delete process.env.CHAT_RATE_LIMIT_PER_MINUTE;
  resetEnvCache();
});

describe("POST /api/chat (DESIGN.md contract)", () => {
  it("answers with exactly the contract's fields", async () => {
    const { status, json } = await call({ message: "Kadotin Kela-korttini, miten saan uuden?" });
    expect(status).toBe(200);
    expect(Object.keys(json).sort()).toEqual(["actions", "answer", "confidence", "conversationId", "handoff", "intent", "lang", "sources"]);
    expect(json).toMatchObject({ lang: "fi", intent: "lost_card", handoff: null });
    expect(typeof json.answer).toBe("string");
    expect(typeof json.confidence).toBe("number");
    expect(typeof json.conversationId).toBe("string");
    for (const source of json.sources) expect(Object.keys(source).every((k) => ["ruleId", "title", "href"].includes(k))).toBe(true);
    for (const a of json.actions) expect(Object.keys(a).sort()).toEqual(["href", "label"]);
  });

  it("detects the language when `lang` is omitted and uses `lang` when given", async () => {
    expect((await call({ message: "Jag har tappat mitt FPA-kort" })).json.lang).toBe("sv");
    expect((await call({ message: "I lost my Kela card" })).json.lang).toBe("en");
    const fixed = await call({ message: "I lost my Kela card", lang: "sv" });
    expect(fixed.json).toMatchObject({ lang: "sv", intent: "lost_card" });
    expect(fixed.json.actions[0].href).toBe("/sv/kela-card/apply");
  });

  it("a handover names its reason and the channels, with the phone line's open/closed status", async () => {
    const { json } = await call({ message: "Milloin asumistuki maksetaan?" });
    expect(json.intent).toBe("out_of_scope");
    expect(json.handoff.reason).toBe("out_of_scope");
    expect(json.handoff.channels.map((c: { kind: string }) => c.kind)).toEqual(["phone", "secure-message", "office"]);
    expect(typeof json.handoff.channels[0].openNow).toBe("boolean");
  });

  it.each([
    ["not JSON", "hello there", "invalid_json"],
    ["no message", {}, "invalid_body"],
    ["a message that is not a string", { message: 42 }, "invalid_body"],
    ["an unknown language", { message: "hei", lang: "de" }, "invalid_body"],
    ["an empty message", { message: "" }, "empty_message"],
    ["a message of spaces", { message: "   \n " }, "empty_message"],
    ["a message of control characters only", { message: "\u0000\u0007 " }, "empty_message"],
    ["a message over 2000 characters", { message: "a".repeat(2001) }, "message_too_long"],
  ])("400 with a JSON error for %s", async (_, body, error) => {
    const { status, json } = await call(body);
    expect(status).toBe(400);
    expect(json).toEqual({ error });
  });

  it("answers a message with NUL bytes and lone surrogates (never a 500 from the database)", async () => {
    const { status, json } = await call({ message: "Kadotin\u0000 Kela-korttini \ud800" });
    expect(status).toBe(200);
    expect(json.intent).toBe("lost_card");
  });

  it("accepts a message of exactly 2000 characters", async () => {
    expect((await call({ message: `kadonnut kortti ${"a".repeat(1984)}` })).status).toBe(200);
  });

  it("answers only POST, and refuses another site's page", async () => {
    expect((await run(loader as never, new Request(`${BASE}/api/chat`))).status).toBe(405);
    expect((await call({ message: "hei" }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await call({ message: "hei" }, { origin: "http://localhost" })).status).toBe(200);
  });

  it("never echoes an identity code, and stores and logs the message only redacted", async () => {
    const lines: string[] = [];
    const write = logSink.write;
    logSink.write = (line) => {
      lines.push(line);
      return true;
    };
    const previous = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = "info";
    try {
      const response = await run(action, post({ message: "Henkilötunnukseni on 150384-901U, kadotin kortin" }));
      const body = await response.text();
      expect(body).not.toContain("150384-901U");
      const json = JSON.parse(body);
      expect(json.answer).toContain("Älä lähetä henkilötunnustasi");
      const db = await getDb();
      const rows = await db.selectFrom("chat_messages").select(["text", "reply"]).where("conversation_id", "=", json.conversationId).execute();
      expect(rows.find((r) => r.reply === null)?.text).toBe("Henkilötunnukseni on [HETU], kadotin kortin");
      expect(JSON.stringify(rows)).not.toContain("150384-901U");
      expect(lines.some((l) => l.includes("chat.turn"))).toBe(true);
      expect(lines.join("\n")).not.toMatch(/150384-901U|kadotin/);
    } finally {
      logSink.write = write;
      process.env.LOG_LEVEL = previous;
    }
  });

  it("continues a conversation by its id: a second message it does not understand is handed over", async () => {
    const first = await call({ message: "blaa blaa qwerty", lang: "en" });
    expect(first.json.handoff.reason).toBe("low_confidence");
    expect(first.json.answer).toContain("Could you ask in other words?");
    const second = await call({ message: "zxcv asdf", lang: "en", conversationId: first.json.conversationId });
    expect(second.json.conversationId).toBe(first.json.conversationId);
    expect(second.json.answer).toContain("I still could not find an answer");
    const unknown = await call({ message: "hei", conversationId: "no-such-conversation" });
    expect(unknown.json.conversationId).not.toBe("no-such-conversation");
  });

  it("is rate limited per client: 429 with Retry-After, other clients unaffected", async () => {
    process.env.CHAT_RATE_LIMIT_PER_MINUTE = "3";
    resetEnvCache();
    const ip = "203.0.113.77";
    for (let i = 0; i < 3; i++) expect((await call({ message: "hei" }, {}, ip)).status).toBe(200);
    const limited = await call({ message: "hei" }, {}, ip);
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ error: "rate_limited" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call({ message: "hei" }, {}, "203.0.113.78")).status).toBe(200);
  });

  describe("a conversation (issue 13): follow-ups within one conversation id", () => {
    it("C-AUTH-2: 'and for my child?' after a lost card is the guardian's application, and its link is the act-for choice", async () => {
      const first = await call({ message: "I lost my Kela card" });
      expect(first.json.intent).toBe("lost_card");
      const next = await call({ message: "and for my child?", conversationId: first.json.conversationId });
      expect(next.json).toMatchObject({ intent: "apply_for_child", lang: "en", conversationId: first.json.conversationId, handoff: null });
      expect(next.json.actions).toEqual([{ label: "Apply for your child's card: choose the child first", href: "/en/act-for" }]);
      // Authority is decided on the server: no link carries a person id or an identity code.
      for (const action of next.json.actions) expect(action.href).toMatch(/^\/en\/[a-z/-]+$/);
    });

    it("C-CARD-1: 'does it cost anything?' is the card's price after a lost card, but a call's cost without it (K-PHONE-2)", async () => {
      const alone = await call({ message: "does it cost anything?" });
      expect(alone.json.intent).not.toBe("lost_card");
      const first = await call({ message: "I lost my Kela card" });
      const next = await call({ message: "does it cost anything?", conversationId: first.json.conversationId });
      expect(next.json.intent).toBe("lost_card");
      expect(next.json.sources.map((s: { ruleId: string }) => s.ruleId)).toEqual(["C-CARD-1"]);
    });

    it("C-DELIV-5: 'kauanko se kestää?' after a lost card is the delivery time", async () => {
      const first = await call({ message: "mun kortti hukkus" });
      const next = await call({ message: "kauanko se kestää?", conversationId: first.json.conversationId });
      expect(next.json).toMatchObject({ intent: "delivery_time", lang: "fi" });
      expect(next.json.answer).toContain("kaksi viikkoa");
    });

    it("K-PHONE-1: 'what about in Swedish?' answers the earlier question again in Swedish", async () => {
      const first = await call({ message: "what is the phone number of kela international" });
      expect(first.json).toMatchObject({ intent: "intl_phone", lang: "en" });
      const next = await call({ message: "what about in Swedish?", conversationId: first.json.conversationId });
      expect(next.json).toMatchObject({ intent: "intl_phone", lang: "sv" });
      expect(next.json.answer).toContain("på svenska 020 634 0300");
      expect(next.json.actions[0].href).toBe("/sv/international");
    });

    it("a message that is not understood forgets the earlier question: a follow-up after it is not read with it", async () => {
      const first = await call({ message: "I lost my Kela card" });
      await call({ message: "zxcv asdf qwerty", conversationId: first.json.conversationId });
      const next = await call({ message: "and what about in Swedish?", conversationId: first.json.conversationId });
      expect(next.json.intent).not.toBe("lost_card");
    });
  });

  it("C-DEFECT-1 and C-AUTH-2: two questions in one message get both answers, the first asked first", async () => {
    const { json } = await call({ message: "My card broke. Can I also order a card for my 8-year-old son?" });
    expect(json.intent).toBe("damaged_card");
    const rules = json.sources.map((s: { ruleId: string }) => s.ruleId);
    expect(rules).toContain("C-DEFECT-1");
    expect(rules).toContain("C-AUTH-2");
    expect(json.answer.indexOf("faulty or broken")).toBeLessThan(json.answer.indexOf("A guardian (huoltaja)"));
    expect(json.actions.map((a: { href: string }) => a.href)).toEqual(["/en/kela-card/apply", "/en/act-for"]);
  });

  it("reads and writes the conversation once per message: one query of it before the answer, one statement after", async () => {
    const first = await call({ message: "I lost my Kela card" });
    const db = await getDb();
    const executor = db.getExecutor();
    const spy = vi.spyOn(executor, "executeQuery");
    try {
      await call({ message: "and for my child?", conversationId: first.json.conversationId });
      const chat = spy.mock.calls.map(([query]) => query.sql).filter((sql) => /chat_(conversations|messages)/.test(sql));
      expect(chat.filter((sql) => /^\s*select/i.test(sql))).toHaveLength(1);
      expect(chat.filter((sql) => !/^\s*select/i.test(sql))).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});

