import { HETU_IN_TEXT } from "~/domain/hetu";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeJsOnOff, LANGS, mockAdmin, signIn, type Lang, type Session } from "./harness";
import { asPerson, bannerText, checkPage, chooseOnActFor, fill, press, proxyText } from "./proxy-helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), Buffer.alloc(64)]);
const DECLARATION = "Valtakirja allekirjoitettu 2.6.2026, koskee kaikkia Kela-korttiasioita.";

type Case = { body: { type: string; personId: string; submittedBy: { personId: string; basis: string }; attachments: { fileName: string }[] } };
const cases = async () => (await mockAdmin<{ received: Case[] }>("received?kind=cases")).received;
const cardOrders = async () => (await mockAdmin<{ received: unknown[] }>("received?kind=card-orders")).received;

const PAGES = ["act-for", "act-for/power-of-attorney", "act-for/other-person", "act-for/oral", "act-for/cases"];

// A time of the fixture day of its own: sign-ins here do not share a rate-limit window with other suites.
beforeAll(async () => {
  await mockAdmin("clock", { set: "2026-11-25T12:00:00+02:00" });
});
afterAll(async () => {
  await mockAdmin("clock", { set: "2026-11-25T10:00:00+02:00" });
});

async function expectFormError(session: Session, lang: Lang, message: string) {
  const { page } = session;
  expect(await page.locator(".error-summary").textContent()).toContain(message);
  expect(await page.title()).toMatch(/^(Virhe|Fel|Error): /);
  // Nothing typed is lost when a file is refused.
  expect(await page.locator("#field-declaration").inputValue()).toBe(DECLARATION);
  expect(await page.locator("#field-hetu").inputValue()).toBe("071240-9217");
  await checkPage(session, lang, "poa-error");
}

describeJsOnOff("acting on someone else's behalf", (session) => {
  it("C-AUTH-2: every act-for page in fi, sv and en is well formed with no axe violations; a child chosen shows the banner on every page until 'act for yourself'", async () => {
    const s = session();
    const { page } = s;
    await signIn(s, "150384-901U", "fi");
    // Every page in English with JavaScript; without it, the choice page in all three
    // languages and each other page in one (the forms' other languages are checked below).
    const visits = s.js
      ? PAGES.map((path) => ({ lang: "en" as Lang, path }))
      : [...LANGS.map((lang) => ({ lang, path: "act-for" })), ...PAGES.slice(1).map((path, i) => ({ lang: LANGS[i % 3]!, path }))];
    for (const { lang, path } of visits) {
      const response = await page.goto(`/${lang}/${path}`);
      expect(response?.status(), path).toBe(200);
      await checkPage(s, lang);
    }
    const lang: Lang = s.js ? "en" : "sv";
    await chooseOnActFor(s, lang, "p-aino");
    const banner = bannerText(lang, "Aino Meikäläinen", "huoltaja");
    for (const path of ["", "/kela-card", "/kela-card/orders", "/accessibility"]) {
      await page.goto(`/${lang}${path}`);
      expect(await page.getByTestId("acting-for-banner").textContent(), path).toContain(banner);
    }
    await checkPage(s, lang);
    await press(s, page.getByTestId("acting-for-banner").locator("button"));
    expect(new URL(page.url()).pathname).toBe(`/${lang}/act-for`);
    expect(await page.getByTestId("acting-for-banner").count()).toBe(0);
    expect(await page.locator('input[name="choice"][value="self"]').isChecked()).toBe(true);
  });

  it("C-AUTH-5: 261111A939S (15 on 2026-11-26) is told to ask a guardian; 251111A9372 (15 on 2026-11-25) is not", async () => {
    const { js } = session();
    const lang: Lang = js ? "sv" : "fi";
    await asPerson(js, "261111A939S", lang, async (s) => {
      await s.page.goto(`/${lang}/act-for`);
      expect(await s.page.getByTestId("under-15").textContent()).toContain(proxyText[lang].index.under15);
      await checkPage(s, lang);
    });
    await asPerson(js, "251111A9372", lang, async (s) => {
      await s.page.goto(`/${lang}/act-for`);
      expect(await s.page.getByTestId("under-15").count()).toBe(0);
    });
  });

  it("C-AUTH-4: the power of attorney upload refuses a wrong type, an oversize file and a renamed program with localised errors; a valid one opens a case whose state is shown", async () => {
    const lang: Lang = session().js ? "en" : "fi";
    await asPerson(session().js, "021179-902M", lang, (s) => powerOfAttorney(s, lang));
  });

  it("C-AUTH-3: 'other person' is refused with the reason for 300935-9177 (has an edunvalvoja); for 071240-9217 it opens a case", async () => {
    const lang: Lang = session().js ? "sv" : "en";
    await asPerson(session().js, "150384-901U", lang, (s) => otherPerson(s, lang));
  });

  it("C-AUTH-4: oral authorisation is explained as a phone or office channel, with the phone number 020 692 203", async () => {
    const s = session();
    const lang: Lang = s.js ? "fi" : "sv";
    await s.page.goto(`/${lang}/act-for/oral`);
    const text = (await s.page.locator("main").textContent())!;
    expect(text).toContain(proxyText[lang].oral.intro);
    expect(await s.page.locator('main a[href="tel:+35820692203"]').textContent()).toBe("020 692 203");
  });
});

async function powerOfAttorney(s: Session, lang: Lang) {
  const { page } = s;
  const t = proxyText[lang];
  const before = (await cases()).length;
  const ordersBefore = (await cardOrders()).length;
  await page.goto(`/${lang}/act-for/power-of-attorney`);
  await checkPage(s, lang);
  await page.locator("#field-hetu").fill("071240-9217");
  await page.locator("#field-declaration").fill(DECLARATION);
  await page.locator("#field-confirm").check();
  const send = () => press(s, page.locator("main form button[type=submit]"));

  await page.locator("#field-document").setInputFiles({ name: "valtakirja.docx", mimeType: "application/msword", buffer: Buffer.from("PK\u0003\u0004 not a pdf") });
  await send();
  await expectFormError(s, lang, fill(t.errors.documentWrongType, { name: "valtakirja.docx" }));

  await page.locator("#field-document").setInputFiles({ name: "iso.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) });
  await send();
  await expectFormError(s, lang, t.errors.documentTooLarge);

  await page.locator("#field-document").setInputFiles({ name: "valtakirja.pdf", mimeType: "application/pdf", buffer: EXE });
  await send();
  await expectFormError(s, lang, fill(t.errors.documentDisguised, { name: "valtakirja.pdf" }));
  expect((await cases()).length).toBe(before);

  await page.locator("#field-document").setInputFiles({ name: "valtakirja.pdf", mimeType: "application/pdf", buffer: PDF });
  await send();
  expect(new URL(page.url()).pathname).toBe(`/${lang}/act-for/power-of-attorney/check`);
  expect(await page.locator("main").textContent()).toContain("071240-9217");
  expect(await page.locator("main").textContent()).not.toMatch(/Eino|Laine/);
  await checkPage(s, lang);
  await press(s, page.getByRole("button", { name: t.check.submit }));
  expect(new URL(page.url()).pathname).toBe(`/${lang}/act-for/cases`);
  await checkPage(s, lang);
  const table = page.getByTestId("declaration-cases");
  expect(await table.locator("tbody tr").first().textContent()).toContain(t.cases.states.received);
  expect(await table.locator("tbody tr").first().textContent()).toContain("071240-****");

  const all = await cases();
  expect(all.length).toBe(before + 1);
  expect(all.at(-1)!.body).toMatchObject({
    type: "power-of-attorney",
    personId: "p-eino",
    submittedBy: { personId: "p-liisa", basis: "valtakirja" },
    attachments: [{ fileName: "valtakirja.pdf" }],
  });
  // No card is ordered on a power of attorney Kela has not approved.
  expect((await cardOrders()).length).toBe(ordersBefore);
  expect(page.url().match(HETU_IN_TEXT)).toBeNull();
}

async function otherPerson(s: Session, lang: Lang) {
  const { page } = s;
  const t = proxyText[lang];
  const before = (await cases()).length;
  const declare = async (hetu: string) => {
    await page.goto(`/${lang}/act-for/other-person`);
    await page.locator("#field-hetu").fill(hetu);
    await page.locator('input[name="reason"][value="old-age"]').check();
    await page.locator("#field-declaration").fill("Hän on 91-vuotias eikä pysty käyttämään verkkopalveluja.");
    await press(s, page.locator("main form button[type=submit]"));
  };
  await declare("300935-9177");
  expect(new URL(page.url()).pathname).toBe(`/${lang}/act-for/other-person/refused`);
  expect(await page.getByTestId("refusal-reason").textContent()).toBe(t.refused.hasEdunvalvoja);
  expect(await page.locator("main").textContent()).not.toMatch(/Aili|Pekka|Koskinen/);
  await checkPage(s, lang);

  await declare("071240-9217");
  expect(new URL(page.url()).pathname).toBe(`/${lang}/act-for/other-person/check`);
  await checkPage(s, lang);
  await press(s, page.getByRole("button", { name: t.check.submit }));
  expect(new URL(page.url()).pathname).toBe(`/${lang}/act-for/cases`);
  expect(await page.locator('[role="status"]').textContent()).toContain(t.cases.sent);
  const all = await cases();
  expect(all.length).toBe(before + 1);
  expect(all.at(-1)!.body).toMatchObject({ type: "other-person", personId: "p-eino", submittedBy: { personId: "p-matti", basis: "muu-henkilo" } });
}
