import { expect, it } from "vitest";
import { fixturePersons } from "../../mocks/fixtures/persons";
import { describeJsOnOff, signOut, type Session } from "./harness";
import { checkPage, choose, doubleSubmit, FORM, next, nextWithErrors, open, path, receivedFor, signInAs, text } from "./kela-card.helpers";

/**
 * The new-card journey end to end, JavaScript on and off, for the fixture
 * persons of DESIGN.md: every page axe-checked (in fi, sv and en without JS).
 * The first test visits most page templates, so it carries most of the axe
 * runs and gets a longer timeout.
 */
const idOf = (hetu: string) => fixturePersons.find((f) => f.person.identifier.value === hetu)!.person.id;
const A = (lang: string, step = "") => `/${lang}/kela-card/apply${step ? `/${step}` : ""}`;

/** Signs in as the person and starts (or resumes) the application from the about page. */
async function startApplication(session: Session, hetu: string, lang: "fi" | "sv" | "en") {
  await signInAs(session, hetu, lang);
  await open(session, `/${lang}/kela-card`, "about");
  await Promise.all([session.page.waitForURL((u) => u.pathname.startsWith(A(lang)) && u.pathname !== A(lang)), session.page.getByTestId("apply-link").click()]);
  await session.page.locator("h1").first().waitFor();
}

describeJsOnOff("Kela card: new-card application", (session) => {
  it("C-LOST-1, C-CARD-1, C-APPLY-1, C-DELIV-1, C-DELIV-5, C-TEMP-1, C-RETURN-1: 150384-901U's lost card; errors, back and change, sign out and in, language switch, double submit: one order", { timeout: 120_000 }, async () => {
    const s = session();
    const { page } = s;
    const before = (await receivedFor("card-orders", idOf("150384-901U"))).length;
    await startApplication(s, "150384-901U", "fi");
    expect(path(s)).toBe(A("fi", "reason"));
    await checkPage(s, "reason");
    // Nothing chosen: 422, the summary links to the field, "Virhe:" in the title.
    expect(await nextWithErrors(s, "Virhe: ", "reason")).toEqual(["Valitse, miksi tarvitset uuden kortin."]);
    await choose(s, "reason", "lost");
    await next(s, A("fi", "lost"), "lost");
    // C-LOST-1: an identity code in the explanation is refused, and the text is kept.
    await page.locator(`${FORM} textarea[name="explanation"]`).fill("Kadotin sen uimahallissa, tunnus 150384-901U");
    // With JavaScript the same rule answers at once, before anything is sent.
    if (s.js) await expect.poll(() => page.getByTestId("live-feedback").textContent()).toContain("Älä kirjoita henkilötunnusta");
    expect(await nextWithErrors(s, "Virhe: ", "lost")).toEqual(["Älä kirjoita henkilötunnusta selvitykseen."]);
    expect(await page.locator(`${FORM} textarea[name="explanation"]`).inputValue()).toContain("uimahallissa");
    await page.locator(`${FORM} textarea[name="explanation"]`).fill("Kadotin sen uimahallissa");
    await next(s, A("fi", "urgency"), "urgency");
    // C-DELIV-5: about two weeks, as a date.
    expect(await text(s)).toContain("noin kaksi viikkoa");

    // Sign out and in again: the draft resumes; the about page offers to continue.
    await signOut(s);
    await signInAs(s, "150384-901U", "fi");
    await open(s, "/fi/kela-card");
    expect(await page.getByTestId("apply-link").textContent()).toBe("Jatka hakemustasi");
    // C-CARD-1: free and photoless; C-APPLY-1: the other channels too; C-AUTO-1: when no application is needed.
    expect(await text(s, ".lead")).toContain("maksuton ja kuvaton");
    const channels = await text(s, '[data-testid="channels"]');
    for (const channel of ["SV 157sr", "020 692 203", "palvelupisteessä"]) expect(channels).toContain(channel);
    expect(await text(s)).toContain("uusi päätös lääkkeiden erityiskorvausoikeudesta");
    await Promise.all([page.waitForURL((u) => u.pathname === A("fi", "urgency")), page.getByTestId("apply-link").click()]);

    // C-TEMP-1, C-TEMP-3 does not apply to a lost card.
    await choose(s, "urgent", "yes");
    await next(s, A("fi", "temporary-certificate"), "temporary-certificate");
    expect(await text(s)).toContain("SV 51sr");
    expect(await text(s)).not.toContain("apteekissa");
    await next(s, A("fi", "delivery"), "delivery");
    // C-DATA-1, C-DELIV-1: the register address, read-only, mailed straight home.
    expect(await page.getByTestId("register-address").textContent()).toContain("Mannerheimintie 10 A 5");
    expect(await page.locator(`${FORM} input[type="text"], ${FORM} textarea`).count()).toBe(0);
    expect(await page.getByTestId("delivery-decision").textContent()).toContain("suoraan tähän osoitteeseen");
    await choose(s, "address", "yes");
    await next(s, A("fi", "check"), "check");

    // The back button shows the earlier step with its answer; a change returns to check.
    await page.goBack();
    await page.waitForURL((u) => u.pathname === A("fi", "delivery"));
    expect(await page.locator(`${FORM} input[name="address"][value="yes"]`).isChecked()).toBe(true);
    await page.goto(A("fi", "check"));
    await Promise.all([page.waitForURL((u) => u.pathname === A("fi", "urgency")), page.locator(`a[href="${A("fi", "urgency")}"]`).click()]);
    expect(await page.locator(`${FORM} input[name="urgent"][value="yes"]`).isChecked()).toBe(true);
    await choose(s, "urgent", "no");
    await next(s, A("fi", "check"));

    // Switching language keeps the answers.
    await page.locator('nav.language-switch a[hreflang="sv"]').click();
    await page.waitForURL((u) => u.pathname === A("sv", "check"));
    expect(await text(s, ".summary-list")).toContain("Kadotin sen uimahallissa");
    expect(await text(s, ".summary-list")).toContain("FPA-kort utan foto");

    // A double click sends twice; the back end gets one order.
    await doubleSubmit(s, A("sv", "confirmation"));
    await page.getByTestId("reference").waitFor();
    await checkPage(s, "confirmation");
    expect(await page.getByTestId("reference").textContent()).toMatch(/^KK-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // C-RETURN-1: what to do with the old card if it turns up.
    expect(await page.getByTestId("old-card").textContent()).toContain("returnera det till FPA");
    expect(await page.getByTestId("estimate").textContent()).toContain("9 december 2026");
    const orders = await receivedFor("card-orders", idOf("150384-901U"));
    expect(orders.length - before).toBe(1);
    expect(orders.at(-1)!.body).toMatchObject({ cardType: "photoless", reason: "lost", lossExplanation: "Kadotin sen uimahallissa", delivery: "home" });
  });

  it("C-DEFECT-1: 040488-935N's card ordered 20 days ago is defective: a complaint (instant feedback with JS, loaded lazily)", async () => {
    const s = session();
    const { page } = s;
    const before = (await receivedFor("card-orders", idOf("040488-935N"))).length;
    await startApplication(s, "040488-935N", "en");
    await choose(s, "reason", "defective");
    await next(s, A("en", "defective-card"), "defective-card");
    if (s.js) {
      // The journey machine is not part of the first page load; the first touch of the form loads it.
      const scripts: string[] = [];
      page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
      await page.reload();
      await page.locator(FORM).waitFor();
      await page.waitForLoadState("networkidle");
      expect(scripts.filter((u) => /LiveFeedback|xstate/.test(u))).toEqual([]);
      await choose(s, "cardId", "c-ville-new");
      await expect.poll(() => page.getByTestId("live-feedback").textContent()).toContain("complaint to the manufacturer");
      expect(scripts.filter((u) => /LiveFeedback/.test(u))).toHaveLength(1);
      await checkPage(s, "defective-card:live");
    } else {
      await choose(s, "cardId", "c-ville-new");
    }
    await next(s, A("en", "defective-outcome"), "defective-outcome");
    expect(await page.getByTestId("defect-outcome").textContent()).toContain("less than 60 days ago");
    expect(await text(s)).toContain("You do not need to send the defective card anywhere");
    await next(s, A("en", "urgency"));
    await choose(s, "urgent", "no");
    await next(s, A("en", "delivery"));
    await choose(s, "address", "yes");
    await next(s, A("en", "check"));
    expect(await text(s, ".summary-list")).toContain("Ordered as a complaint to the manufacturer.");
    await next(s, A("en", "confirmation"));
    expect(await page.getByTestId("what-next").textContent()).toContain("complaint");
    const orders = await receivedFor("card-orders", idOf("040488-935N"));
    expect(orders.length - before).toBe(1);
    expect(orders.at(-1)!.body).toMatchObject({ reason: "defective", replacesCardId: "c-ville-new", complaint: true });
  });

  it("C-DEFECT-1: 170192-931J's defective card ordered more than 60 days ago is a normal order", async () => {
    const s = session();
    const before = (await receivedFor("card-orders", idOf("170192-931J"))).length;
    await startApplication(s, "170192-931J", "sv");
    await choose(s, "reason", "defective");
    await next(s, A("sv", "defective-card"));
    await choose(s, "cardId", "c-maija-1");
    await next(s, A("sv", "defective-outcome"));
    expect(await s.page.getByTestId("defect-outcome").textContent()).toContain("mer än 60 dagar sedan");
    await next(s, A("sv", "urgency"));
    await choose(s, "urgent", "no");
    await next(s, A("sv", "delivery"));
    await choose(s, "address", "yes");
    await next(s, A("sv", "check"));
    expect(await text(s, ".summary-list")).toContain("Beställs som en vanlig beställning.");
    await next(s, A("sv", "confirmation"));
    const orders = await receivedFor("card-orders", idOf("170192-931J"));
    expect(orders.length - before).toBe(1);
    expect(orders.at(-1)!.body).toMatchObject({ replacesCardId: "c-maija-1", complaint: false });
  });

  it("C-TEMP-2, C-DELIV-3: 021179-902M has the KT marking: no temporary certificate, the card goes via the office", async () => {
    const s = session();
    const before = (await receivedFor("card-orders", idOf("021179-902M"))).length;
    await startApplication(s, "021179-902M", "sv");
    await choose(s, "reason", "damaged");
    await next(s, A("sv", "urgency"));
    await choose(s, "urgent", "yes");
    await next(s, A("sv", "no-temporary-certificate"), "no-temporary-certificate");
    expect(await text(s)).toContain("KT-anteckning");
    await next(s, A("sv", "delivery"));
    expect(await s.page.getByTestId("delivery-decision").textContent()).toContain("FPA-byrå");
    await choose(s, "address", "yes");
    await next(s, A("sv", "check"));
    await next(s, A("sv", "confirmation"));
    expect(await s.page.getByTestId("what-next").textContent()).toContain("FPA-byrå");
    const orders = await receivedFor("card-orders", idOf("021179-902M"));
    expect(orders.length - before).toBe(1);
    expect(orders.at(-1)!.body).toMatchObject({ reason: "damaged", delivery: "office" });
  });

  it("C-DELIV-2, C-DELIV-4: 120775-9114 lives abroad with an address in Sweden: manual handling, a case reference", async () => {
    const s = session();
    const before = (await receivedFor("cases", idOf("120775-9114"))).length;
    await startApplication(s, "120775-9114", "sv");
    await choose(s, "reason", "lost");
    await next(s, A("sv", "lost"));
    await s.page.locator(`${FORM} textarea[name="explanation"]`).fill("Stulen i Stockholm");
    await next(s, A("sv", "urgency"));
    await choose(s, "urgent", "no");
    await next(s, A("sv", "delivery"));
    expect(await s.page.getByTestId("register-address").textContent()).toContain("Sverige");
    const decision = await s.page.getByTestId("delivery-decision").textContent();
    expect(decision).toContain("adressen är utomlands");
    expect(decision).toContain("bor utomlands");
    await choose(s, "address", "yes");
    await next(s, A("sv", "check"));
    await next(s, A("sv", "confirmation"), "confirmation-manual");
    expect(await s.page.locator("h1").textContent()).toBe("Ansökan har skickats för behandling");
    const cases = await receivedFor("cases", idOf("120775-9114"));
    expect(cases.length - before).toBe(1);
    expect(cases.at(-1)!.body).toMatchObject({ type: "card-order-manual", details: { manualReasons: ["address-foreign", "lives-abroad"] } });
    expect(await s.page.getByTestId("case-reference").textContent()).toContain(String(cases.at(-1)!.result.caseId));
  });

  it("C-PHOTO-1, C-PHOTO-2: 110250-925E, a photo card holder, is told about photo cards, continues and gets a photoless card", async () => {
    const s = session();
    const before = (await receivedFor("card-orders", idOf("110250-925E"))).length;
    await startApplication(s, "110250-925E", "fi");
    expect(path(s)).toBe(A("fi", "older-card"));
    await checkPage(s, "older-card");
    expect(await s.page.getByTestId("photo-card-info").textContent()).toContain("11.10.2014");
    expect(await s.page.getByTestId("photo-card-info").textContent()).toContain("65 vuotta täyttäneet");
    await next(s, A("fi", "reason"));
    await choose(s, "reason", "damaged");
    await next(s, A("fi", "urgency"));
    await choose(s, "urgent", "no");
    await next(s, A("fi", "delivery"));
    await choose(s, "address", "yes");
    await next(s, A("fi", "check"));
    await next(s, A("fi", "confirmation"));
    const orders = await receivedFor("card-orders", idOf("110250-925E"));
    expect(orders.length - before).toBe(1);
    expect(orders.at(-1)!.body).toMatchObject({ cardType: "photoless" });
  });

  it("C-IDCARD-1: 231085-927R, an old ID card holder, is told that ID cards are the police's and may continue", async () => {
    const s = session();
    await startApplication(s, "231085-927R", "en");
    expect(path(s)).toBe(A("en", "older-card"));
    const info = await s.page.getByTestId("id-card-info").textContent();
    expect(info).toContain("31 December 2017");
    expect(info).toContain("the police cancels identity cards");
    expect(await s.page.locator(`${FORM} button[type="submit"]`).textContent()).toBe("Continue");
  });
});

describeJsOnOff("Kela card: refusals and stops", (session) => {
  const cases: [string, "fi" | "sv" | "en", string, string[]][] = [
    ["280290-913B", "en", "not-insured", ["not covered by Finnish health insurance", "+358 20 634 0200", "+358 20 634 0300", "return your Kela card"]],
    ["050695-9153", "fi", "not-insured", ["käsittely on kesken", "automaattisesti"]],
    ["011126A909J", "sv", "no-name", ["namn", "automatiskt"]],
    ["030321A9071", "fi", "card-writing-block", ["kirjoittamisen esto", "020 692 203"]],
    ["251258-933V", "en", "automatic-card", ["special reimbursement", "You do not need to apply"]],
  ];
  for (const [hetu, lang, step, texts] of cases) {
    const rules = { "not-insured": "C-ELIG-2", "no-name": "C-ELIG-3", "card-writing-block": "C-ELIG-4", "automatic-card": "C-AUTO-1" }[step];
    it(`${rules}${texts.some((x) => x.includes("return")) ? ", C-RETURN-1" : ""}: ${hetu} stops at ${step} with the reason and what to do next`, async () => {
      const s = session();
      await startApplication(s, hetu, lang);
      expect(path(s)).toBe(A(lang, step));
      await checkPage(s, step);
      const body = await text(s);
      for (const expected of texts) expect(body).toContain(expected);
      expect(await s.page.locator(FORM).count()).toBe(0);
      // No question can be reached around the stop.
      await s.page.goto(A(lang, "reason"));
      expect(path(s)).toBe(A(lang, step));
      if (step === "not-insured" && lang === "en") {
        expect(await s.page.locator('a[href="/en/international"]').count()).toBeGreaterThan(0);
      }
    });
  }
});
