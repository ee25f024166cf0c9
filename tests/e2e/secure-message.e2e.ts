import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeJsOnOff, expectNoAxeViolations, expectWellFormedPage, LANGS, mockAdmin, openSession, serverLog, type Lang, type Session } from "./harness";
import { APP_NOW as FIXTURE_NOW, OUTBOX_WORKER_INTERVAL_MS } from "./global-setup";
import { submitForm as submit } from "./international-helpers";

/** The suite's own app clock; the fixture clock (global-setup) is restored afterwards. */
const HALF_PAST_TEN = "2026-11-25T10:30:00+02:00";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

const ui: Record<Lang, { continue: string; sendLink: string; send: string; hetuError: string; nameError: string; sent: string; expired: string; unknown: string }> = {
  fi: {
    continue: "Jatka",
    sendLink: "Lähetä linkki",
    send: "Lähetä viesti",
    hetuError: "Aiheessa on henkilötunnus. Älä kirjoita Aihe-kenttään nimeäsi tai muita henkilötietojasi",
    nameError: "Aiheessa on nimesi.",
    sent: "Viestisi on lähetetty",
    expired: "Linkki on vanhentunut.",
    unknown: "Linkki ei ole voimassa.",
  },
  sv: {
    continue: "Fortsätt",
    sendLink: "Skicka länken",
    send: "Skicka meddelandet",
    hetuError: "Ämnet innehåller en personbeteckning. Skriv inte ditt namn eller andra personuppgifter i ämnesfältet",
    nameError: "Ämnet innehåller ditt namn.",
    sent: "Ditt meddelande har skickats",
    expired: "Länken har gått ut.",
    unknown: "Länken är inte giltig.",
  },
  en: {
    continue: "Continue",
    sendLink: "Send the link",
    send: "Send the message",
    hetuError: "The subject contains a personal identity code. Do not write your name or other personal data in the Subject field",
    nameError: "The subject contains your name.",
    sent: "Your message has been sent",
    expired: "The link has expired.",
    unknown: "The link is not valid.",
  },
};

type Mail = { to: string[]; subject: string; text: string };
type Received = { key: string; body: { reference: string; subject: string; attachments: { fileName: string }[] } };

async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 60; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const mailTo = (email: string) =>
  eventually(async () => (await mockAdmin<{ mails: Mail[] }>(`mail?to=${encodeURIComponent(email)}`)).mails[0], `mail to ${email}`);
const linkIn = (mail: Mail) => new URL(/https?:\/\/\S+/.exec(mail.text)![0]);

/** Each page of the journey: well formed, no axe violations. */
async function checkPage(session: Session, lang: Lang) {
  await expectWellFormedPage(session.page, lang);
  await expectNoAxeViolations(session);
}

/** Start → who → how → email → "check your email", as a user does it. */
async function askForLink(session: Session, lang: Lang, email: string) {
  const { page } = session;
  await page.goto(`/${lang}/international`);
  await Promise.all([page.waitForURL(`**/${lang}/secure-message`), page.locator(`main a[href="/${lang}/secure-message"]`).click()]);
  await checkPage(session, lang);
  await page.locator('input[name="audience"][value="abroadWithoutOmaKela"]').check();
  await submit(session, ui[lang].continue);
  expect(new URL(page.url()).pathname).toBe(`/${lang}/secure-message/method`);
  await checkPage(session, lang);
  await page.locator('input[name="method"][value="email"]').check();
  await submit(session, ui[lang].continue);
  expect(new URL(page.url()).pathname).toBe(`/${lang}/secure-message/email`);
  await checkPage(session, lang);
  await page.locator("#field-email").fill(email);
  await submit(session, ui[lang].sendLink);
  expect(new URL(page.url()).pathname).toBe(`/${lang}/secure-message/link-sent`);
  await checkPage(session, lang);
}

async function attach(page: Page, name = "todistus.pdf") {
  await page.locator("#field-attachments").setInputFiles({ name, mimeType: "application/pdf", buffer: PDF });
}

beforeAll(async () => {
  await mockAdmin("clock", { set: HALF_PAST_TEN });
});
afterAll(async () => {
  await mockAdmin("clock", { set: FIXTURE_NOW });
});

describeJsOnOff("secure message by email link", (session) => {
  for (const lang of LANGS) {
    it(`K-SECURE-1, K-SECURE-2: in ${lang}: link by mail, compose with an attachment, subject refused, receipt; delivered once`, async () => {
      const s = session();
      const { page } = s;
      const email = `flow-${lang}-${s.js ? "js" : "nojs"}@example.com`;
      await askForLink(s, lang, email);

      let link: URL;
      if (s.js) {
        // The dev mailbox shows the caught mail, with its link to follow.
        await page.goto(`/${lang}/dev/mailbox`);
        await checkPage(s, lang);
        const mail = page.locator("article.mail", { hasText: email }).first();
        link = new URL((await mail.locator("a").first().getAttribute("href"))!);
      } else {
        link = linkIn(await mailTo(email));
      }
      expect(link.pathname).toBe(`/${lang}/secure-message/open`);
      await page.goto(`${link.pathname}${link.search}`);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/secure-message/write`);
      expect(page.url()).not.toContain("token");
      await checkPage(s, lang);

      const message = `Hei!\nMuutin Espanjaan (${lang}). Mitä teen Kela-kortilleni?`;
      await page.locator("#field-name").fill("Matti Meikäläinen");
      await page.locator("#field-subject").fill("Kela-kortti 150384-901U");
      await page.locator("#field-message").fill(message);
      await attach(page);
      await submit(s, ui[lang].send);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/secure-message/write`);
      expect(await page.locator(".error-summary").textContent()).toContain(ui[lang].hetuError);
      expect(await page.locator("#field-message").inputValue()).toBe(message);
      expect(await page.title()).toMatch(/^(Virhe|Fel|Error): /);
      await checkPage(s, lang);

      await page.locator("#field-subject").fill("Matti: Kela-kortti");
      await submit(s, ui[lang].send);
      expect(await page.locator(".error-summary").textContent()).toContain(ui[lang].nameError);
      expect(await page.locator("#field-message").inputValue()).toBe(message);

      await page.locator("#field-subject").fill("Kela-kortti ja muutto");
      await attach(page);
      await submit(s, ui[lang].send);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/secure-message/sent`);
      expect(await page.locator("h1").textContent()).toBe(ui[lang].sent);
      await checkPage(s, lang);
      const reference = (await page.getByTestId("reference").textContent())!.trim();
      expect(reference).toMatch(/^KV-\d{8}-[2-9A-HJ-NP-Z]{6}$/);

      const mine = async () => (await mockAdmin<{ received: Received[] }>("received?kind=secure-messages")).received.filter((r) => r.body.reference === reference);
      const delivered = await eventually(async () => ((await mine()).length ? await mine() : undefined), "delivery to the back end");
      expect(delivered).toHaveLength(1);
      expect(delivered[0]!.body).toMatchObject({ subject: "Kela-kortti ja muutto", attachments: [{ fileName: "todistus.pdf" }] });
      await new Promise((r) => setTimeout(r, 3 * OUTBOX_WORKER_INTERVAL_MS)); // outbox worker rounds later: still once
      expect(await mine()).toHaveLength(1);
    });
  }

  it("K-EIDAS-1: Kadri Tamm identifies with an Estonian eID and writes directly, identified; her name in the subject is refused", async () => {
    const s = session();
    const { page } = s;
    await page.goto("/en/secure-message");
    await page.locator('input[name="audience"][value="abroadWithoutOmaKela"]').check();
    await submit(s, "Continue");
    await page.locator('input[name="method"][value="eidas"]').check();
    await submit(s, "Continue");
    expect(new URL(page.url()).pathname).toBe("/en/login");
    await page.locator('input[name="country"][value="EE"]').check();
    await Promise.all([page.waitForURL("**/en/secure-message/write"), page.locator('form:has(input[name="country"]) button[type="submit"]').click()]);
    await checkPage(s, "en");
    expect(await page.locator("main .panel").first().textContent()).toContain("Identified: Kadri Tamm (Estonia, eIDAS)");
    expect(await page.locator("#field-name").count()).toBe(0);
    await page.locator("#field-subject").fill("Question from Kadri");
    await page.locator("#field-message").fill("Tere!");
    await submit(s, "Send the message");
    expect(await page.locator(".error-summary").textContent()).toContain("The subject contains your name.");
    expect(await page.locator("#field-message").inputValue()).toBe("Tere!");
    await page.locator("#field-subject").fill("Family benefits");
    await submit(s, "Send the message");
    expect(await page.locator("h1").textContent()).toBe("Your message has been sent");
    await checkPage(s, "en");
    await page.locator('form[action$="/logout"] button').click();
    await page.waitForURL(/signedOut=1/);
  });
});

it("K-SECURE-1: 30 days and 1 minute later the link is refused; a changed token is refused; neither says anything about the address", async () => {
  const s = await openSession(false);
  try {
    const email = "expiry@example.com";
    await askForLink(s, "fi", email);
    const link = linkIn(await mailTo(email));
    const token = link.searchParams.get("token")!;

    // The same answer for an address nobody has used before (no enumeration).
    const known = (await s.page.locator("main").textContent())!.replace(email, "<address>");
    const other = await openSession(false);
    try {
      await askForLink(other, "fi", "never-seen-before@example.org");
      expect((await other.page.locator("main").textContent())!.replace("never-seen-before@example.org", "<address>")).toBe(known);
    } finally {
      await other.close();
    }

    const changed = `${token.slice(0, 20)}${token[20] === "A" ? "B" : "A"}${token.slice(21)}`;
    const tampered = await s.page.goto(`/fi/secure-message/open?token=${changed}`);
    expect(tampered?.status()).toBe(404);
    expect(new URL(s.page.url()).pathname).toBe("/fi/secure-message/link-invalid");
    expect(await s.page.getByTestId("link-refusal").textContent()).toContain(ui.fi.unknown);
    await checkPage(s, "fi");
    expect(await s.page.content()).not.toContain(email);

    await mockAdmin("clock", { advanceMs: 30 * 24 * 60 * 60_000 + 60_000 });
    try {
      const expired = await s.page.goto(`${link.pathname}${link.search}`);
      expect(expired?.status()).toBe(410);
      expect(await s.page.getByTestId("link-refusal").textContent()).toContain(ui.fi.expired);
      expect(await s.page.content()).not.toContain(email);
      await checkPage(s, "fi");
      // The way to a new link.
      await Promise.all([s.page.waitForURL("**/fi/secure-message/email"), s.page.locator('main a[href="/fi/secure-message/email"]').click()]);
    } finally {
      await mockAdmin("clock", { set: HALF_PAST_TEN });
    }
    expect(s.errors).toEqual([]);
    // Tokens travel in the query string only: the access log never has them.
    expect(serverLog()).not.toContain(token);
    expect(serverLog()).not.toContain("150384-901U");
  } finally {
    await s.close();
  }
});

