import { afterAll, beforeAll, expect, it } from "vitest";
import { describeJsOnOff, expectNoAxeViolations, expectWellFormedPage, LANGS, mockAdmin, type Lang } from "./harness";
import { APP_NOW as FIXTURE_NOW } from "./global-setup";
import { submitForm as submit } from "./international-helpers";

/** Wednesday 25.11.2026 at 14:00 Helsinki time: the customer lines are open until 15. */
const WEDNESDAY_2PM = "2026-11-25T14:00:00+02:00";
const SATURDAY_NOON = "2026-11-28T12:00:00+02:00";

const expected: Record<Lang, { firstLine: string; open: string; closed: string; cost: string; news: string; omakela: string }> = {
  fi: {
    firstLine: "tel:+358206340200",
    open: "Avoinna nyt, klo 15.00 asti",
    closed: "Suljettu nyt, avautuu maanantaina 30.11. klo 10.00",
    cost: "Myös jonottaminen on maksullista.",
    news: "Päivitettyjen esitteiden alkuun on lisätty sanasto (suomi ja ruotsi)",
    omakela: "OmaKelaan kirjaudutaan suomalaisilla verkkopankkitunnuksilla tai mobiilivarmenteella.",
  },
  sv: {
    firstLine: "tel:+358206340300",
    open: "Öppet nu, till kl. 15.00",
    closed: "Stängt nu, öppnar måndag 30.11 kl. 10.00",
    cost: "Också köandet är avgiftsbelagt.",
    news: "ordlista (finska och svenska)",
    omakela: "Du loggar in i MittFPA med finländska nätbankskoder eller mobilcertifikat.",
  },
  en: {
    firstLine: "tel:+358206340200",
    open: "Open now, until 15:00",
    closed: "Closed now, opens Monday 30/11 at 10:00",
    cost: "Queuing is charged too.",
    news: "glossary (Finnish and Swedish)",
    omakela: "You sign in to OmaKela with Finnish online banking credentials or a mobile certificate.",
  },
};

describeJsOnOff("international contact and moving abroad", (session) => {
  beforeAll(async () => {
    await mockAdmin("clock", { set: WEDNESDAY_2PM });
  });
  afterAll(async () => {
    await mockAdmin("clock", { set: FIXTURE_NOW });
  });

  for (const lang of LANGS) {
    it(`K-PHONE-1, K-PHONE-2, K-PHONE-3, K-CONTACT-1, K-OMAKELA-1, K-NEWS-1: the contact page in ${lang}, status from the server`, async () => {
      const { page } = session();
      await mockAdmin("clock", { set: WEDNESDAY_2PM });
      expect((await page.goto(`/${lang}/international`))?.status()).toBe(200);
      await expectWellFormedPage(page, lang);
      await expectNoAxeViolations(session());
      const body = (await page.locator("main").textContent()) ?? "";
      // K-PHONE-1: the page language's line first, as a +358 tel: link.
      expect(await page.locator(".phone-line__number a").first().getAttribute("href")).toBe(expected[lang].firstLine);
      expect(await page.getByTestId("phone-line-customers-fi-en").getByTestId("line-status").textContent()).toBe(expected[lang].open);
      expect(body).toContain(expected[lang].cost); // K-PHONE-2
      expect(await page.getByTestId("phone-line-authorities-medical-costs").locator("a").getAttribute("href")).toBe("tel:+358206351808"); // K-PHONE-3
      expect(await page.getByTestId("phone-line-authorities-medical-costs").locator("li").count()).toBe(6);
      for (const fact of ["PL 78", "00381 HELSINKI", "inter.helsinki@kela.fi", "020 634 1599", "+358 20 634 1599"]) expect(body).toContain(fact); // K-CONTACT-1
      expect(body).toContain(expected[lang].omakela); // K-OMAKELA-1
      expect(body).toContain(expected[lang].news); // K-NEWS-1

      await mockAdmin("clock", { set: SATURDAY_NOON });
      await page.reload();
      expect(await page.getByTestId("phone-line-customers-fi-en").getByTestId("line-status").textContent()).toBe(expected[lang].closed);
      await mockAdmin("clock", { set: WEDNESDAY_2PM });
    });

    it(`C-RETURN-1, C-RETURN-2: the moving-abroad page in ${lang} links to the contact page and the secure message`, async () => {
      const { page } = session();
      expect((await page.goto(`/${lang}/moving-abroad`))?.status()).toBe(200);
      await expectWellFormedPage(page, lang);
      await expectNoAxeViolations(session());
      expect(await page.locator('[data-rule="C-RETURN-1"]').textContent()).toMatch({ fi: /pysyvästi ulkomaille/, sv: /utomlands permanent/, en: /abroad permanently/ }[lang]);
      expect(await page.locator('[data-rule="C-RETURN-2"]').textContent()).toMatch({ fi: /henkilötunnusta/, sv: /personbeteckningen/, en: /personal identity code/ }[lang]);
      expect(await page.locator(`main a[href="/${lang}/international"]`).count()).toBe(1);
      expect(await page.locator(`main a[href="/${lang}/secure-message"]`).count()).toBe(1);
    });
  }

  it("K-OMAKELA-1: someone who can use OmaKela is guided there, with the phone line and its status", async () => {
    const { page } = session();
    await page.goto("/sv/secure-message");
    await page.locator('input[name="audience"][value="canUseOmaKela"]').check();
    await submit(session(), "Fortsätt");
    expect(new URL(page.url()).pathname).toBe("/sv/secure-message/use-omakela");
    await expectWellFormedPage(page, "sv");
    await expectNoAxeViolations(session());
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("MittFPA");
    expect(text).toContain("finska och svenska");
    expect(await page.getByTestId("line-status").textContent()).toBe(expected.sv.open);
  });
});
