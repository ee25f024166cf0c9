import { beforeEach, describe, expect, it } from "vitest";
import { stepTitleKeys } from "~/components/card/steps";
import { resources } from "~/i18n/resources.server";
import { createT } from "~/i18n/translate";
import { DAY, advanceClock, setNow } from "~/services/clock.server";
import { answer, eidasVisitor, forgetCardApplications, location, page, startAt, walk } from "../../tests/helpers/kela-card";
import { signedInVisitor } from "../../tests/helpers/http";

const APPLY = "/fi/kela-card/apply";
const body = async (response: Response) => (await response.json()) as { view: { step: string; answers: Record<string, unknown>; [k: string]: unknown } };

beforeEach(async () => {
  await forgetCardApplications();
});

describe("new-card journey: eligibility first, from the back end", () => {
  it("C-ELIG-1: an insured person (150384-901U) starts with the reason", async () => {
    expect(await startAt(await signedInVisitor("150384-901U"))).toBe(`${APPLY}/reason`);
  });

  it("C-AUTH-5: Veeti (14 on 2026-11-25) is sent to a guardian; Venla, 15 that day, may apply", async () => {
    const veeti = await signedInVisitor("261111A939S");
    expect(await startAt(veeti)).toBe(`${APPLY}/ask-guardian`);
    expect((await page(veeti, "ask-guardian")).status).toBe(200);
    expect(location(await page(veeti, "reason"))).toBe(`${APPLY}/ask-guardian`);
    expect(await startAt(await signedInVisitor("251111A9372"))).toBe(`${APPLY}/reason`);
  });

  it("C-ELIG-2: not insured (280290-913B) and a pending decision (050695-9153) stop with an explanation", async () => {
    const ulla = await signedInVisitor("280290-913B");
    expect(await startAt(ulla)).toBe(`${APPLY}/not-insured`);
    const view = (await body(await page(ulla, "not-insured"))).view;
    expect(view.facts).toMatchObject({ insuranceStatus: "not_insured", livesAbroad: true });
    const jussi = await signedInVisitor("050695-9153");
    expect(await startAt(jussi)).toBe(`${APPLY}/not-insured`);
    expect((await body(await page(jussi, "not-insured"))).view.facts).toMatchObject({ insuranceStatus: "pending" });
    // No question can be reached around the stop.
    expect(location(await page(jussi, "reason"))).toBe(`${APPLY}/not-insured`);
    expect(location(await answer(jussi, "reason", { reason: "lost" }))).toBe(`${APPLY}/not-insured`);
  });

  it("C-ELIG-3: the newborn without a name (011126A909J) stops", async () => {
    expect(await startAt(await signedInVisitor("011126A909J"))).toBe(`${APPLY}/no-name`);
  });

  it("C-ELIG-4: the adopted child with a card-writing block (030321A9071) stops", async () => {
    expect(await startAt(await signedInVisitor("030321A9071"))).toBe(`${APPLY}/card-writing-block`);
  });

  it("C-ELIG-5: Kadri Tamm, with an identifier issued by Kela, stops", async () => {
    const kadri = await eidasVisitor();
    expect(await startAt(kadri, "en")).toBe("/en/kela-card/apply/kela-identifier");
    expect((await page(kadri, "kela-identifier", "en")).status).toBe(200);
  });

  it("C-AUTO-1: Erkki's card is coming automatically after a new special reimbursement decision; no application", async () => {
    const erkki = await signedInVisitor("251258-933V");
    expect(await startAt(erkki)).toBe(`${APPLY}/automatic-card`);
    expect((await body(await page(erkki, "automatic-card"))).view.facts).toMatchObject({ automaticCardReason: "special-reimbursement-decision" });
    expect(location(await page(erkki, "reason"))).toBe(`${APPLY}/automatic-card`);
  });

  it("C-PHOTO-1 / C-PHOTO-2 / C-IDCARD-1: older-card holders are told first and may continue", async () => {
    const kalle = await signedInVisitor("110250-925E");
    expect(await startAt(kalle)).toBe(`${APPLY}/older-card`);
    expect((await body(await page(kalle, "older-card"))).view.olderCards).toEqual({ photo: true, idCard: false, markings: ["pensioner", "discounts"] });
    expect(location(await answer(kalle, "older-card"))).toBe(`${APPLY}/reason`);
    const henna = await signedInVisitor("231085-927R");
    expect(await startAt(henna)).toBe(`${APPLY}/older-card`);
    expect((await body(await page(henna, "older-card"))).view.olderCards).toMatchObject({ photo: false, idCard: true });
  });

  it("every step has a page title in fi, sv and en", () => {
    for (const lang of ["fi", "sv", "en"] as const) {
      const t = createT(lang, resources[lang], (key) => expect.fail(`${lang}: ${key}`));
      for (const key of Object.values(stepTitleKeys)) expect(t(key).length).toBeGreaterThan(3);
    }
  });
});

describe("new-card journey: one question per page", () => {
  it("a step not yet allowed redirects to the right one", async () => {
    const matti = await signedInVisitor("150384-901U");
    for (const step of ["check", "delivery", "urgency", "lost", "defective-card", "temporary-certificate", "correct-address-first"]) {
      expect(location(await page(matti, step)), step).toBe(`${APPLY}/reason`);
    }
    expect(location(await answer(matti, "delivery", { address: "yes" }))).toBe(`${APPLY}/reason`);
    expect((await page(matti, "no-such-step")).status).toBe(404);
  });

  it("422 with the error and the entered values; the answer is not saved", async () => {
    const matti = await signedInVisitor("150384-901U");
    const missing = await answer(matti, "reason", {}, "sv");
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({ errors: { reason: "Välj varför du behöver ett nytt kort." }, values: {} });
    await walk(matti, [["reason", { reason: "lost" }]]);
    const empty = await answer(matti, "lost", { explanation: "   " }, "en");
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors.explanation).toBe("Tell us briefly how the card was lost.");
    expect((await body(await page(matti, "lost"))).view.answers.lossExplanation).toBeNull();
  });

  it("C-LOST-1: a lost card asks a short explanation, never with an identity code", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, [["reason", { reason: "lost" }]]);
    const withHetu = await answer(matti, "lost", { explanation: "Lost, my code is 150384-901U" });
    expect(withHetu.status).toBe(422);
    const json = await withHetu.json();
    expect(json.errors.explanation).toBe("Älä kirjoita henkilötunnusta selvitykseen.");
    expect(json.values.explanation).toBe("Lost, my code is 150384-901U");
    expect((await answer(matti, "lost", { explanation: "x".repeat(1001) })).status).toBe(422);
    expect(location(await answer(matti, "lost", { explanation: "Left it on the tram" }))).toBe(`${APPLY}/urgency`);
  });

  it("an explanation with NUL bytes is saved without them (PostgreSQL cannot store U+0000), never a 500", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, [["reason", { reason: "lost" }]]);
    expect(location(await answer(matti, "lost", { explanation: "Left it\u0000 on the tram\u0007" }))).toBe(`${APPLY}/urgency`);
    expect((await body(await page(matti, "lost"))).view.answers.lossExplanation).toBe("Left it on the tram");
  });

  it("C-DEFECT-1: Ville's card ordered 20 days ago is a complaint; Matti's 2023 card a normal order", async () => {
    const ville = await signedInVisitor("040488-935N");
    expect(await walk(ville, [["reason", { reason: "defective" }]])).toBe(`${APPLY}/defective-card`);
    const cards = (await body(await page(ville, "defective-card"))).view.defectCards;
    expect(cards).toEqual([expect.objectContaining({ id: "c-ville-new", complaint: true })]);
    expect((await answer(ville, "defective-card", { cardId: "c-ville-old" })).status).toBe(422);
    expect((await answer(ville, "defective-card", { cardId: "c-matti-1" })).status).toBe(422);
    expect(await walk(ville, [["defective-card", { cardId: "c-ville-new" }]])).toBe(`${APPLY}/defective-outcome`);
    expect((await body(await page(ville, "defective-outcome"))).view.journey).toMatchObject({ value: { defectiveOutcome: "complaint" } });

    const matti = await signedInVisitor("150384-901U");
    await walk(matti, [["reason", { reason: "defective" }], ["defective-card", { cardId: "c-matti-1" }]]);
    const outcome = (await body(await page(matti, "defective-outcome"))).view;
    expect(outcome.journey).toMatchObject({ value: { defectiveOutcome: "normalOrder" } });
    expect(outcome.defectCards).toEqual([expect.objectContaining({ id: "c-matti-1", complaint: false })]);
  });

  it("C-DATA-1 / C-RENEW-1: changed data are corrected in the register first", async () => {
    const matti = await signedInVisitor("150384-901U");
    expect(await walk(matti, [["reason", { reason: "data-changed" }]])).toBe(`${APPLY}/data-changed`);
    expect(await walk(matti, [["data-changed", { corrected: "no" }]])).toBe(`${APPLY}/correct-data-first`);
    expect(await walk(matti, [["data-changed", { corrected: "yes" }]])).toBe(`${APPLY}/urgency`);
  });

  it("C-DELIV-5 / C-TEMP-1 / C-TEMP-3: sooner than about two weeks: the temporary certificate, and the pharmacy rule", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, [["reason", { reason: "damaged" }]]);
    expect((await body(await page(matti, "urgency"))).view.estimatedDelivery).toBe("2026-12-09");
    expect(await walk(matti, [["urgency", { urgent: "yes" }]])).toBe(`${APPLY}/temporary-certificate`);
    expect((await body(await page(matti, "temporary-certificate"))).view.temporary).toEqual({ certificateAvailable: true, pharmacyRuleApplies: true });
    expect(await walk(matti, [["temporary-certificate"]])).toBe(`${APPLY}/delivery`);
  });

  it("C-TEMP-2: Liisa, with the KT marking, gets no temporary certificate", async () => {
    const liisa = await signedInVisitor("021179-902M");
    await walk(liisa, [["reason", { reason: "damaged" }]]);
    expect(await walk(liisa, [["urgency", { urgent: "yes" }]])).toBe(`${APPLY}/no-temporary-certificate`);
    expect(location(await page(liisa, "temporary-certificate"))).toBe(`${APPLY}/no-temporary-certificate`);
  });

  it("C-DATA-1 / C-DELIV-1..4: the register address, read-only, and the delivery decision", async () => {
    const cases: [string, unknown, unknown][] = [
      ["150384-901U", { method: "home", viaOffice: false, manualReasons: [] }, { postalCode: "00100", country: "FI" }],
      ["021179-902M", { method: "office", viaOffice: true, manualReasons: [] }, { city: "TAMPERE" }],
      ["120775-9114", { method: "manual", viaOffice: true, manualReasons: ["address-foreign", "lives-abroad"] }, { country: "SE" }],
      ["150301A941P", { method: "manual", viaOffice: false, manualReasons: ["address-incomplete"] }, { postalCode: null }],
    ];
    for (const [hetu, delivery, address] of cases) {
      const visitor = await signedInVisitor(hetu);
      await walk(visitor, [["reason", { reason: "damaged" }], ["urgency", { urgent: "no" }]]);
      const view = (await body(await page(visitor, "delivery"))).view;
      expect(view.delivery, hetu).toEqual(delivery);
      expect(view.person, hetu).toMatchObject({ address });
    }
  });

  it("C-DATA-1: a wrong address stops the journey until it is corrected in the register", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, [["reason", { reason: "damaged" }], ["urgency", { urgent: "no" }]]);
    expect((await answer(matti, "delivery", {})).status).toBe(422);
    expect(await walk(matti, [["delivery", { address: "no" }]])).toBe(`${APPLY}/correct-address-first`);
    expect(location(await page(matti, "check"))).toBe(`${APPLY}/correct-address-first`);
    expect(await walk(matti, [["delivery", { address: "yes" }]])).toBe(`${APPLY}/check`);
  });
});

describe("new-card journey: back, change, language, sign-in and expiry", () => {
  const toCheck: [string, Record<string, string>?][] = [
    ["reason", { reason: "lost" }],
    ["lost", { explanation: "Lost at the swimming hall" }],
    ["urgency", { urgent: "no" }],
    ["delivery", { address: "yes" }],
  ];

  it("the back button shows an earlier step with its answer; a change from check returns to check", async () => {
    const matti = await signedInVisitor("150384-901U");
    expect(await walk(matti, toCheck)).toBe(`${APPLY}/check`);
    const reason = await page(matti, "reason");
    expect(reason.status).toBe(200);
    expect((await body(reason)).view.answers).toMatchObject({ reason: "lost", lossExplanation: "Lost at the swimming hall" });
    expect(await walk(matti, [["urgency", { urgent: "no" }]])).toBe(`${APPLY}/check`);
    expect(await walk(matti, [["lost", { explanation: "Stolen on the tram" }]])).toBe(`${APPLY}/check`);
    // A new reason asks its own follow-up first, then returns to check.
    expect(await walk(matti, [["reason", { reason: "defective" }]])).toBe(`${APPLY}/defective-card`);
    expect(await walk(matti, [["defective-card", { cardId: "c-matti-1" }], ["defective-outcome"]])).toBe(`${APPLY}/check`);
  });

  it("switching language keeps the answers (the draft is on the server)", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, toCheck.slice(0, 2), "fi");
    expect(await startAt(matti, "sv")).toBe("/sv/kela-card/apply/urgency");
    expect((await body(await page(matti, "lost", "sv"))).view.answers.lossExplanation).toBe("Lost at the swimming hall");
    expect(await walk(matti, [["urgency", { urgent: "no" }]], "en")).toBe("/en/kela-card/apply/delivery");
  });

  it("signing out and in again resumes the draft; it is the same person's, not the session's", async () => {
    const first = await signedInVisitor("150384-901U");
    await walk(first, toCheck.slice(0, 3));
    const again = await signedInVisitor("150384-901U");
    expect(again.cookie).not.toBe(first.cookie);
    expect(await startAt(again)).toBe(`${APPLY}/delivery`);
    // Someone else starts from the beginning.
    expect(await startAt(await signedInVisitor("021179-902M"))).toBe(`${APPLY}/reason`);
  });

  it("a draft expires 30 days after the last answer (app clock)", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, toCheck.slice(0, 2));
    try {
      advanceClock(29 * DAY);
      const stillThere = await signedInVisitor("150384-901U");
      expect(await startAt(stillThere)).toBe(`${APPLY}/urgency`);
      advanceClock(2 * DAY);
      const later = await signedInVisitor("150384-901U");
      expect(await startAt(later)).toBe(`${APPLY}/reason`);
      expect((await body(await page(later, "reason"))).view.answers).toMatchObject({ reason: null, lossExplanation: null });
    } finally {
      setNow(new Date(process.env.APP_NOW!));
    }
  });
});
