import { expect, it } from "vitest";
import { describeJsOnOff, type Lang, type Session } from "./harness";
import { checkPage, signInAs, text } from "./kela-card.helpers";

/** C-VIEW-1, C-VIEW-2: the ordered cards and what the current card shows, JavaScript on and off. */
async function ordersOf(session: Session, hetu: string, lang: Lang) {
  await signInAs(session, hetu, lang);
  await session.page.goto(`/${lang}/kela-card/orders`);
  await checkPage(session, "orders");
  const html = await session.page.content();
  // The identity code is masked in the picture and appears nowhere else on the page.
  expect(html).not.toContain(hetu);
  const shown = session.page.getByTestId("card-identity-code");
  if (await shown.count()) expect(await shown.textContent()).toBe(`${hetu.slice(0, 7)}****`);
  return session.page;
}

describeJsOnOff("Kela card: ordered cards", (session) => {
  it("C-VIEW-2: 170192-931J's card shows 'insured until' (fixed-term insurance)", async () => {
    const page = await ordersOf(session(), "170192-931J", "fi");
    expect(await page.getByTestId("card-name").textContent()).toBe("MÄÄRÄAIKA MAIJA");
    expect(await page.getByTestId("card-insured-until").textContent()).toBe("30. kesäkuuta 2027");
  });

  it("C-VIEW-1 / C-VIEW-2: 251258-933V's card shows the special right; the automatic order not yet at the manufacturer is not listed", async () => {
    const page = await ordersOf(session(), "251258-933V", "en");
    expect(await page.getByTestId("card-special-rights").textContent()).toBe("AE 201/08.27");
    expect(await page.getByTestId("card-c-erkki-1").count()).toBe(1);
    expect(await page.getByTestId("card-c-erkki-auto").count()).toBe(0);
    expect(await text(session(), "main")).toContain("once the order has been sent to the card manufacturer");
  });

  it("C-VIEW-2: 060677-929J's card shows the workplace fund and its number; 021179-902M's the KT marking", async () => {
    const page = await ordersOf(session(), "060677-929J", "sv");
    expect(await page.getByTestId("card-workplace-fund").textContent()).toBe("Esimerkkiyhtiön työpaikkakassa 0412");
    expect(await page.locator("h1").textContent()).toBe("Beställda kort");
    const liisa = await ordersOf(session(), "021179-902M", "fi");
    expect(await liisa.getByTestId("card-kt").textContent()).toBe("KT");
  });

  it("C-VIEW-1 / C-PHOTO-1 / C-PHOTO-2: 110250-925E's photo card is listed and shown with its markings", async () => {
    const page = await ordersOf(session(), "110250-925E", "fi");
    const row = await page.getByTestId("card-c-kalle-photo").textContent();
    expect(row).toContain("Kuvallinen Kela-kortti");
    expect(row).toContain("toistaiseksi");
    expect(await page.getByTestId("card-picture").textContent()).toContain("eläkkeensaaja, eläkeläisalennukset");
    expect(await page.getByTestId("photo-note").textContent()).toContain("65 vuotta täyttäneet");
  });

  it("C-VIEW-1 / C-IDCARD-1: 231085-927R's expired ID card with health insurance data is listed; no current card", async () => {
    const page = await ordersOf(session(), "231085-927R", "en");
    const row = await page.getByTestId("card-c-henna-id").textContent();
    expect(row).toContain("Identity card with health insurance data");
    expect(row).toContain("Expired");
    expect(await page.getByTestId("no-current-card").count()).toBe(1);
    expect(await page.getByTestId("id-card-note").textContent()).toContain("police");
  });
});
