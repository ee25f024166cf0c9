import type { Page } from "playwright-core";
import { expect } from "vitest";
import { mockAdmin, type Lang, type Session } from "./harness";
import { press, proxyText } from "./proxy-helpers";

/**
 * The main journeys, gone through in the browser as a user does (JavaScript
 * on or off), with identity codes typed where people type them. Used by
 * crawl.e2e.ts (to reach the pages inside journeys) and privacy.e2e.ts.
 */

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const path = (page: Page) => new URL(page.url()).pathname;

/**
 * The new-card application for a lost card. People do write their identity
 * code into the free-text explanation: C-LOST-1 refuses it (the answer shows
 * the text again), then the explanation without it goes through. Ends on the
 * confirmation.
 */
export async function applyForLostCard(session: Session, lang: Lang, hetu: string): Promise<void> {
  const { page } = session;
  // press(): with JavaScript the address changes before the next step is rendered; it waits for both.
  const submitStep = () => press(session, page.locator('#card-step-form button[type="submit"]'));
  const explanation = page.locator('textarea[name="explanation"]');
  const answer: Record<string, () => Promise<void>> = {
    reason: () => page.locator('input[name="reason"][value="lost"]').check(),
    lossExplanation: async () => {
      await explanation.fill(`Kortti katosi uimahallissa. Henkilötunnus ${hetu}.`);
      await submitStep();
      await page.locator(".error-summary").waitFor();
      expect(await explanation.inputValue(), "the refused explanation is shown again").toContain(hetu);
      await explanation.fill("Kortti katosi uimahallissa.");
    },
    urgency: () => page.locator('input[name="urgent"][value="no"]').check(),
    delivery: () => page.locator('input[name="address"][value="yes"]').check(),
    check: async () => undefined,
  };
  await page.goto(`/${lang}/kela-card/apply`);
  for (let steps = 0; !path(page).endsWith("/confirmation"); steps += 1) {
    const step = (await page.locator(".card-step").getAttribute("data-step")) ?? "";
    if (!answer[step] || steps > 10) throw new Error(`Unexpected step of the card journey: ${step} at ${page.url()}`);
    await answer[step]!();
    await submitStep();
  }
}

/**
 * C-AUTH-4: a written power of attorney declared for the person with `hetu`,
 * the code typed into the form (and into the declaration), the document
 * attached. Ends on the check page, which shows the code.
 */
export async function fillPowerOfAttorney(session: Session, lang: Lang, hetu: string): Promise<void> {
  const { page } = session;
  await page.goto(`/${lang}/act-for/power-of-attorney`);
  await page.locator("#field-hetu").fill(hetu);
  await page.locator("#field-declaration").fill(`Valtakirja 2.6.2026, valtuuttaja ${hetu}.`);
  await page.locator("#field-confirm").check();
  await page.locator("#field-document").setInputFiles({ name: "valtakirja.pdf", mimeType: "application/pdf", buffer: PDF });
  await press(session, page.locator("main form button[type=submit]"));
  expect(path(page)).toBe(`/${lang}/act-for/power-of-attorney/check`);
}

/** C-AUTH-3: "other person" declared for the person with `hetu` (old age). Ends where the journey says: refused, or the check page. */
export async function declareOtherPerson(session: Session, lang: Lang, hetu: string): Promise<string> {
  const { page } = session;
  await page.goto(`/${lang}/act-for/other-person`);
  await page.locator("#field-hetu").fill(hetu);
  await page.locator('input[name="reason"][value="old-age"]').check();
  await page.locator("#field-declaration").fill("Hän on iäkäs eikä pysty käyttämään verkkopalveluja.");
  await press(session, page.locator("main form button[type=submit]"));
  return path(page);
}

/** Sends the declaration on its check page; ends on the cases page. */
export async function sendDeclaration(session: Session, lang: Lang): Promise<void> {
  const { page } = session;
  await press(session, page.getByRole("button", { name: proxyText[lang].check.submit }));
  expect(path(page)).toBe(`/${lang}/act-for/cases`);
}

type Mail = { to: string[]; subject: string; text: string };

/**
 * K-SECURE-1: asks for a link to `email`, opens it from the caught mail,
 * writes a message (first with an identity code in the subject, refused),
 * sends it with the code in the message. Returns the reference.
 */
export async function sendSecureMessage(session: Session, lang: Lang, email: string, hetu: string): Promise<string> {
  const { page } = session;
  const send = () => press(session, page.locator("main form button[type=submit]"));
  await page.goto(`/${lang}/secure-message`);
  await page.locator('input[name="audience"][value="abroadWithoutOmaKela"]').check();
  await send();
  await page.locator('input[name="method"][value="email"]').check();
  await send();
  await page.locator("#field-email").fill(email);
  await send();
  expect(path(page)).toBe(`/${lang}/secure-message/link-sent`);
  let mail: Mail | undefined;
  for (let i = 0; i < 50 && !mail; i += 1) {
    mail = (await mockAdmin<{ mails: Mail[] }>(`mail?to=${encodeURIComponent(email)}`)).mails[0];
    if (!mail) await new Promise((r) => setTimeout(r, 100));
  }
  if (!mail) throw new Error(`No mail to ${email}`);
  const link = new URL(/https?:\/\/\S+/.exec(mail.text)![0]);
  await page.goto(`${link.pathname}${link.search}`);
  expect(path(page)).toBe(`/${lang}/secure-message/write`);
  await page.locator("#field-name").fill("Matti Meikäläinen");
  await page.locator("#field-subject").fill(`Kela-kortti ${hetu}`);
  await page.locator("#field-message").fill(`Henkilötunnukseni on ${hetu}. Muutan Espanjaan.`);
  await send();
  expect(await page.locator(".error-summary").count(), "a subject with an identity code is refused").toBe(1);
  await page.locator("#field-subject").fill("Kela-kortti ja muutto");
  await page.locator("#field-attachments").setInputFiles({ name: "todistus.pdf", mimeType: "application/pdf", buffer: PDF });
  await send();
  expect(path(page)).toBe(`/${lang}/secure-message/sent`);
  return ((await page.getByTestId("reference").textContent()) ?? "").trim();
}

/** The chat page, as a user types: a message with an identity code. Returns the page's text after the answer. */
export async function chatOnPage(session: Session, lang: Lang, message: string): Promise<string> {
  const { page } = session;
  await page.goto(`/${lang}/chat`);
  const replies = page.locator(".chat-log__entry--bot");
  const before = await replies.count();
  await page.locator('main textarea[name="message"]').fill(message);
  await press(session, page.locator('main form button[name="intent"][value="send"]'));
  await replies.nth(before).waitFor();
  return (await page.locator("main").textContent()) ?? "";
}

/** POST /api/chat from the page (so that the browser's recording has it). */
export async function chatOverApi(page: Page, message: string): Promise<{ status: number; body: string }> {
  return page.evaluate(async (text) => {
    const response = await fetch("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: text }) });
    return { status: response.status, body: await response.text() };
  }, message);
}
