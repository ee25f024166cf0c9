import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "~/env.server";
import { handleChatMessage } from "~/services/chat.server";
import { resetMockHandlers, useMockHandlers } from "../../mocks/node";

/**
 * The optional model (CHAT_REPHRASE_URL): an OpenAI-compatible endpoint,
 * simulated here with MSW. It may only reword a found answer; anything that
 * changes a fact, fails or is slow falls back to the answer base.
 */
const URL = "http://llm.test/v1";
const seen: { body: any; auth: string | null }[] = [];

function model(reply: (original: string) => string | Response | Promise<Response>) {
  useMockHandlers(
    http.post(`${URL}/chat/completions`, async ({ request }) => {
      const body = (await request.json()) as { messages: { content: string }[] };
      seen.push({ body, auth: request.headers.get("authorization") });
      const original = /ANSWER: ([\s\S]*)$/.exec(body.messages[1]!.content)![1]!;
      const out = await reply(original);
      return out instanceof Response ? out : HttpResponse.json({ choices: [{ message: { role: "assistant", content: out } }] });
    }),
  );
}

beforeEach(() => {
  seen.length = 0;
  process.env.CHAT_REPHRASE_URL = URL;
  process.env.CHAT_REPHRASE_API_KEY = "test-key";
  process.env.CHAT_REPHRASE_TIMEOUT_MS = "200";
  resetEnvCache();
});

afterEach(() => {
  resetMockHandlers();
  delete process.env.CHAT_REPHRASE_URL;
  delete process.env.CHAT_REPHRASE_API_KEY;
  delete process.env.CHAT_REPHRASE_TIMEOUT_MS;
  resetEnvCache();
});

const ask = (message: string) => handleChatMessage({ message, ownerHash: null });

describe("optional rephrasing model", () => {
  it("is off by default: no call is made and the answer base is used", async () => {
    delete process.env.CHAT_REPHRASE_URL;
    resetEnvCache();
    model(() => "never");
    const reply = await ask("Is the Kela card free?");
    expect(reply.answer).toBe("The Kela card is free. New cards are always photoless.");
    expect(seen).toHaveLength(0);
  });

  it("a faithful rewording is used; the request carries the key and the question without identity codes", async () => {
    model(() => "Good news: the Kela card costs nothing, and every new card comes without a photo.");
    const reply = await ask("my code is 150384-901U, is the Kela card free?");
    expect(reply.answer).toBe("Good news: the Kela card costs nothing, and every new card comes without a photo.");
    expect(seen[0]!.auth).toBe("Bearer test-key");
    expect(JSON.stringify(seen[0]!.body)).not.toContain("150384-901U");
    expect(seen[0]!.body.messages[0].content).toContain("do not add");
  });

  it("a rewording that adds or changes a number is thrown away", async () => {
    model((original) => `${original} Delivery takes 3 days.`);
    expect((await ask("How long does it take to get a new Kela card?")).answer).toContain("about two weeks");
    resetMockHandlers();
    model((original) => original.replace("60 days", "90 days"));
    const reply = await ask("My card is broken, can I complain to the manufacturer?");
    expect(reply.answer).toContain("within 60 days");
    expect(reply.answer).not.toContain("90");
  });

  it("an error, a slow answer or a malformed one falls back to the answer base", async () => {
    model(() => new HttpResponse(null, { status: 500 }));
    expect((await ask("Is the Kela card free?")).answer).toBe("The Kela card is free. New cards are always photoless.");
    resetMockHandlers();
    model(async () => {
      await delay(1000);
      return HttpResponse.json({ choices: [{ message: { content: "The card is free." } }] });
    });
    expect((await ask("Is the Kela card free?")).answer).toBe("The Kela card is free. New cards are always photoless.");
    resetMockHandlers();
    model(() => HttpResponse.json({ unexpected: true }));
    expect((await ask("Is the Kela card free?")).answer).toBe("The Kela card is free. New cards are always photoless.");
  });

  it("handovers are never sent to the model", async () => {
    model(() => "anything");
    const reply = await ask("When is the housing allowance paid?");
    expect(reply.handoff?.reason).toBe("out_of_scope");
    expect(seen).toHaveLength(0);
  });
});
