import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { baseUrl, describeJsOnOff, expectNoAxeViolations, expectWellFormedPage, LANGS, openSession, serverLog, type Lang } from "./harness";

/** Issue 7: the chat page (JS on and off), the lazy widget, the API. */
const ui: Record<Lang, { field: string; send: string; lost: string; answer: string; oos: string; apply: string; phone: string; launcher: string; close: string }> = {
  fi: {
    field: "Kysymyksesi",
    send: "Lähetä",
    lost: "Hukkasin kelakorttini eilen",
    answer: "Jos Kela-korttisi on kadonnut",
    oos: "Milloin asumistuki maksetaan?",
    apply: "/fi/kela-card/apply",
    phone: "tel:+358206340200",
    launcher: "Chat",
    close: "Sulje chat",
  },
  sv: {
    field: "Din fråga",
    send: "Skicka",
    lost: "Jag har tappat bort mitt FPA-kort",
    answer: "Om ditt FPA-kort har kommit bort",
    oos: "När betalas bostadsbidraget ut?",
    apply: "/sv/kela-card/apply",
    phone: "tel:+358206340300",
    launcher: "Chatt",
    close: "Stäng chatten",
  },
  en: {
    field: "Your question",
    send: "Send",
    lost: "I lost my Kela card yesterday",
    answer: "If your Kela card is lost or stolen",
    oos: "When is the housing allowance paid?",
    apply: "/en/kela-card/apply",
    phone: "tel:+358206340200",
    launcher: "Chat",
    close: "Close the chat",
  },
};

const botReplies = (page: Page) => page.locator(".chat-log__entry--bot");

/** Types a message and sends it the way the user would; waits for the answer to be on the page. */
async function ask(page: Page, lang: Lang, message: string): Promise<void> {
  const before = await botReplies(page).count();
  await page.getByLabel(ui[lang].field, { exact: true }).fill(message);
  await page.getByRole("button", { name: ui[lang].send, exact: true }).click();
  await botReplies(page).nth(before).waitFor();
}

describeJsOnOff("chat page", (session) => {
  for (const lang of LANGS) {
    it(`completes a conversation in ${lang}: an answer with its flow, then a handover with the phone line; axe passes`, async () => {
      const { page } = session();
      expect((await page.goto(`/${lang}/chat`))?.status()).toBe(200);
      await expectWellFormedPage(page, lang);
      await expectNoAxeViolations(session());
      expect(await page.locator(".chat-widget").count()).toBe(0); // the page is the chat: no widget on it
      await ask(page, lang, ui[lang].lost);
      const first = botReplies(page).last();
      expect(await first.textContent()).toContain(ui[lang].answer);
      expect(await first.locator(`a[href="${ui[lang].apply}"]`).count()).toBe(1);
      expect(await first.locator('a[href$="/kela-card"]').first().textContent()).toMatch(/^C-/);
      await ask(page, lang, ui[lang].oos);
      expect(await botReplies(page).last().locator(`a[href="${ui[lang].phone}"]`).count()).toBe(1);
      expect(await page.locator('[role="log"][aria-live="polite"]').count()).toBe(1);
      await expectNoAxeViolations(session());
    });
  }

  it("C-AUTH-2: a follow-up continues the conversation: 'and for my child?' after a lost card leads to choosing the child; 'what about in Swedish?' answers it again in Swedish", async () => {
    const { page } = session();
    await page.goto("/en/chat");
    await ask(page, "en", "I lost my Kela card");
    await ask(page, "en", "and for my child?");
    const child = botReplies(page).last();
    expect(await child.textContent()).toContain("A guardian (huoltaja) may apply for a new Kela card for their child");
    expect(await child.locator('.chat-reply__actions a[href="/en/act-for"]').textContent()).toBe("Apply for your child's card: choose the child first");
    await ask(page, "en", "what about in Swedish?");
    const swedish = botReplies(page).last();
    expect(await swedish.locator('[lang="sv"]').first().textContent()).toContain("En vårdnadshavare får ansöka om ett nytt FPA-kort för sitt barn");
    expect(await swedish.locator('.chat-reply__actions a[href="/sv/act-for"]').count()).toBe(1);
    await expectNoAxeViolations(session());
  });

  it("an identity code in a message is never shown back, and the user is told not to send one", async () => {
    const { page } = session();
    await page.goto("/fi/chat");
    await ask(page, "fi", "hetuni on 150384-901U ja kortti on rikki");
    const html = await page.content();
    expect(html).not.toContain("150384-901U");
    expect(await page.locator(".chat-log__entry--user").last().textContent()).toContain("[HETU]");
    expect(await botReplies(page).last().textContent()).toContain("Älä lähetä henkilötunnustasi");
    expect(serverLog()).not.toContain("150384-901U");
  });

  it("without JavaScript the widget is a link to the chat page; with it, a button that opens the panel", async () => {
    const { page, js } = session();
    await page.goto("/sv");
    const launcher = page.locator(".chat-widget .chat-launcher");
    expect(await launcher.evaluate((el) => el.tagName)).toBe(js ? "BUTTON" : "A");
    if (!js) expect(await launcher.getAttribute("href")).toBe("/sv/chat");
  });
});

it("the widget's code is not in the first page load; it opens from the keyboard, announces the answer, passes axe and closes with Escape", async () => {
  const session = await openSession(true, "en-GB");
  try {
    const { page } = session;
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto("/en/kela-card");
    await page.waitForLoadState("networkidle");
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => /ChatPanel|ChatTranscript|ChatReplyView/.test(url))).toEqual([]);

    const launcher = page.getByRole("button", { name: ui.en.launcher, exact: true });
    await launcher.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("dialog", { name: "Chatbot" });
    await panel.waitFor();
    expect(scripts.some((url) => /ChatPanel/.test(url))).toBe(true);
    expect(await launcher.getAttribute("aria-expanded")).toBe("true");
    // Focus starts in the message field; Enter sends.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await page.keyboard.type("How long does it take to get a new card?");
    await page.keyboard.press("Enter");
    const log = panel.locator('[role="log"][aria-live="polite"]');
    await log.locator(".chat-log__entry--bot").waitFor();
    expect(await log.textContent()).toContain("about two weeks");
    expect(await panel.locator('a[href="/en/kela-card/orders"]').count()).toBe(1);
    // A follow-up in the widget continues the same conversation (its id is kept by the panel).
    await page.keyboard.type("and for my child?");
    await page.keyboard.press("Enter");
    await log.locator(".chat-log__entry--bot").nth(1).waitFor();
    expect(await log.locator(".chat-log__entry--bot").nth(1).textContent()).toContain("A guardian (huoltaja) may apply");
    expect(await panel.locator('.chat-reply__actions a[href="/en/act-for"]').count()).toBe(1);
    await expectNoAxeViolations(session);
    // Escape closes and gives the focus back to the button.
    await page.keyboard.press("Escape");
    expect(await panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("chat-launcher");
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});

it("POST /api/chat answers per the contract and refuses bad input with a JSON 400", async () => {
  const post = (body: string) => fetch(`${baseUrl()}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const ok = await post(JSON.stringify({ message: "Vad kostar det att ringa FPA?" }));
  expect(ok.status).toBe(200);
  const json = (await ok.json()) as Record<string, unknown>;
  expect(Object.keys(json).sort()).toEqual(["actions", "answer", "confidence", "conversationId", "handoff", "intent", "lang", "sources"]);
  expect(json).toMatchObject({ lang: "sv", intent: "phone_cost" });
  for (const body of ["not json", JSON.stringify({ message: "" }), JSON.stringify({ message: "x".repeat(2001) })]) {
    const bad = await post(body);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/json");
    expect(Object.keys((await bad.json()) as object)).toEqual(["error"]);
  }
});
