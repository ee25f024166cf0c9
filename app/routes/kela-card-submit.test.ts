import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "~/services/db.server";
import { advanceClock, setNow } from "~/services/clock.server";
import { deliverDueOutbox } from "~/services/outbox.server";
import { injectFault, receivedOf } from "../../mocks/node";
import { get, postForm, run, signedInVisitor, type Visitor } from "../../tests/helpers/http";
import { answer, draftOnCheck, forgetCardApplications, location, page, walk } from "../../tests/helpers/kela-card";
import { loader as confirmationLoader } from "./$lang.kela-card.apply.confirmation";
import { action as stepAction } from "./$lang.kela-card.apply.$step";
import { loader as ordersLoader } from "./$lang.kela-card.orders";

const APPLY = "/fi/kela-card/apply";
const CONFIRMATION = `${APPLY}/confirmation`;

const lostToCheck: [string, Record<string, string>?][] = [
  ["reason", { reason: "lost" }],
  ["lost", { explanation: "Lost at the swimming hall" }],
  ["urgency", { urgent: "no" }],
  ["delivery", { address: "yes" }],
];

async function submit(visitor: Visitor, draft: string, lang = "fi") {
  return run(stepAction, postForm(`/${lang}/kela-card/apply/check`, visitor, { draft }), { lang, step: "check" });
}
async function confirmation(visitor: Visitor, lang = "fi") {
  const response = await run(confirmationLoader, get(`/${lang}/kela-card/apply/confirmation`, visitor), { lang });
  expect(response.status).toBe(200);
  return (await response.json()).receipt;
}
async function outboxRows() {
  const db = await getDb();
  return db.selectFrom("outbox").selectAll().where("kind", "=", "card-order").execute();
}

beforeEach(async () => {
  await forgetCardApplications();
});

describe("submitting a card application", () => {
  it("C-CARD-1 / C-DELIV-1 / C-LOST-1: Matti's lost card is ordered once, photoless, to his home", async () => {
    const matti = await signedInVisitor("150384-901U");
    expect(await walk(matti, lostToCheck)).toBe(`${APPLY}/check`);
    const draft = await draftOnCheck(matti);
    expect(location(await submit(matti, draft))).toBe(CONFIRMATION);
    const orders = receivedOf("card-orders");
    expect(orders).toHaveLength(1);
    expect(orders[0]!.key).toBe(`card-application:${draft}`);
    expect(orders[0]!.body).toEqual({
      personId: matti.personId,
      submittedBy: { personId: matti.personId, basis: "self" },
      cardType: "photoless",
      reason: "lost",
      lossExplanation: "Lost at the swimming hall",
      replacesCardId: null,
      complaint: false,
      delivery: "home",
      language: "fi",
      channel: "portal",
    });
    const receipt = await confirmation(matti);
    expect(receipt).toMatchObject({ kind: "order", delivered: true, orderId: orders[0]!.result.orderId });
    expect(receipt.reference).toMatch(/^KK-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // C-DELIV-5: about two weeks.
    expect(receipt.estimatedDelivery).toBe("2026-12-09");
    // The journey starts afresh afterwards.
    expect(location(await page(matti, "check"))).toBe(`${APPLY}/reason`);
  });

  it("C-DATA-1: register data never come from the form; the order names the person by id only", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, lostToCheck);
    const draft = await draftOnCheck(matti);
    const tampered = postForm(`${APPLY}/check`, matti, { draft, street: "Fake street 1", personId: "p-liisa", hetu: "021179-902M" });
    expect(location(await run(stepAction, tampered, { lang: "fi", step: "check" }))).toBe(CONFIRMATION);
    const [order] = receivedOf("card-orders");
    expect(order!.body).toMatchObject({ personId: matti.personId });
    expect(JSON.stringify(order!.body)).not.toMatch(/Fake|p-liisa|021179|150384/);
  });

  it("C-DEFECT-1: Ville's defective card ordered 20 days ago is a complaint to the manufacturer", async () => {
    const ville = await signedInVisitor("040488-935N");
    await walk(ville, [
      ["reason", { reason: "defective" }],
      ["defective-card", { cardId: "c-ville-new" }],
      ["defective-outcome"],
      ["urgency", { urgent: "no" }],
      ["delivery", { address: "yes" }],
    ]);
    expect(location(await submit(ville, await draftOnCheck(ville)))).toBe(CONFIRMATION);
    expect(receivedOf("card-orders")[0]!.body).toMatchObject({ reason: "defective", replacesCardId: "c-ville-new", complaint: true });
    expect((await confirmation(ville)).application).toMatchObject({ complaint: true });
  });

  it("C-DELIV-3 / C-TEMP-2: Liisa's card (KT marking) is ordered via the office", async () => {
    const liisa = await signedInVisitor("021179-902M");
    await walk(liisa, [["reason", { reason: "damaged" }], ["urgency", { urgent: "yes" }], ["no-temporary-certificate"], ["delivery", { address: "yes" }]]);
    await submit(liisa, await draftOnCheck(liisa));
    expect(receivedOf("card-orders")[0]!.body).toMatchObject({ reason: "damaged", delivery: "office" });
  });

  it("C-DELIV-2 / C-DELIV-4: Sven (abroad, address in Sweden) goes to manual handling with a case reference", async () => {
    const sven = await signedInVisitor("120775-9114");
    await walk(sven, [["reason", { reason: "lost" }], ["lost", { explanation: "Förlorat i Stockholm" }], ["urgency", { urgent: "no" }], ["delivery", { address: "yes" }]], "sv");
    expect(location(await submit(sven, await draftOnCheck(sven, "sv"), "sv"))).toBe("/sv/kela-card/apply/confirmation");
    expect(receivedOf("card-orders")).toHaveLength(0);
    const cases = receivedOf("cases");
    expect(cases).toHaveLength(1);
    expect(cases[0]!.body).toMatchObject({
      type: "card-order-manual",
      personId: sven.personId,
      details: { reason: "lost", manualReasons: ["address-foreign", "lives-abroad"], viaOffice: true, language: "sv" },
    });
    const receipt = await confirmation(sven, "sv");
    expect(receipt).toMatchObject({ kind: "manual-case", caseId: cases[0]!.result.caseId });
  });

  it("C-DELIV-4: Tiina's incomplete address (no postal code) goes to manual handling", async () => {
    const tiina = await signedInVisitor("150301A941P");
    await walk(tiina, [["reason", { reason: "damaged" }], ["urgency", { urgent: "no" }], ["delivery", { address: "yes" }]]);
    await submit(tiina, await draftOnCheck(tiina));
    expect(receivedOf("cases")[0]!.body).toMatchObject({ type: "card-order-manual", details: { manualReasons: ["address-incomplete"] } });
  });
});

describe("exactly once: double submits and back-end faults", () => {
  it("a double click, a resubmit and a replayed POST give ONE order and the same receipt", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, lostToCheck);
    const draft = await draftOnCheck(matti);
    const [a, b] = await Promise.all([submit(matti, draft), submit(matti, draft)]);
    expect([location(a), location(b)]).toEqual([CONFIRMATION, CONFIRMATION]);
    const first = await confirmation(matti);
    // Resubmitted later, and replayed from another session of the same person.
    expect(location(await submit(matti, draft))).toBe(CONFIRMATION);
    expect(location(await submit(await signedInVisitor("150384-901U"), draft))).toBe(CONFIRMATION);
    expect((await confirmation(matti)).reference).toBe(first.reference);
    expect(receivedOf("card-orders")).toHaveLength(1);
    expect(await outboxRows()).toHaveLength(1);
    const db = await getDb();
    expect(await db.selectFrom("card_receipts").selectAll().execute()).toHaveLength(1);
  });

  it("C-ELIG-6: a draft id replayed from another person's session orders nothing for anyone", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, lostToCheck);
    const draft = await draftOnCheck(matti);
    const liisa = await signedInVisitor("021179-902M");
    expect(location(await submit(liisa, draft))).toBe(`${APPLY}/reason`);
    expect(receivedOf("card-orders")).toHaveLength(0);
    expect(location(await page(matti, "check"))).toBeNull();
  });

  it("back end 500 during submit: the user still gets the receipt; the order arrives once it recovers", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, lostToCheck);
    injectFault("POST", "/card-orders", "error", 2);
    expect(location(await submit(matti, await draftOnCheck(matti)))).toBe(CONFIRMATION);
    const receipt = await confirmation(matti);
    expect(receipt).toMatchObject({ kind: "order", delivered: false, orderId: null, estimatedDelivery: "2026-12-09" });
    expect(receivedOf("card-orders")).toHaveLength(0);
    expect(await outboxRows()).toEqual([expect.objectContaining({ status: "pending", attempts: 1, last_error: "unavailable 500" })]);
    try {
      advanceClock(10 * 60_000);
      expect(await deliverDueOutbox()).toBe(0); // still failing once more
      advanceClock(10 * 60_000);
      expect(await deliverDueOutbox()).toBe(1);
    } finally {
      setNow(new Date(process.env.APP_NOW!));
    }
    expect(receivedOf("card-orders")).toHaveLength(1);
    expect(await confirmation(matti)).toMatchObject({ reference: receipt.reference, delivered: true, orderId: receivedOf("card-orders")[0]!.result.orderId });
  });

  it("a timeout during submit loses nothing, and a retry after a lost answer never orders twice", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, lostToCheck);
    injectFault("POST", "/card-orders", "timeout");
    expect(location(await submit(matti, await draftOnCheck(matti)))).toBe(CONFIRMATION);
    expect((await confirmation(matti)).delivered).toBe(false);
    expect(receivedOf("card-orders")).toHaveLength(0);
    try {
      advanceClock(10 * 60_000);
      expect(await deliverDueOutbox()).toBe(1);
      // The back end got it but the answer was lost: the worker sends again with the same key.
      const db = await getDb();
      await db.updateTable("outbox").set({ status: "pending", next_attempt_at: new Date(0) }).where("kind", "=", "card-order").execute();
      expect(await deliverDueOutbox()).toBe(1);
    } finally {
      setNow(new Date(process.env.APP_NOW!));
    }
    expect(receivedOf("card-orders")).toHaveLength(1);
  });

  it("the answers are refused at submit when the facts changed (the defective card is no longer in use)", async () => {
    const ville = await signedInVisitor("040488-935N");
    await walk(ville, [["reason", { reason: "defective" }], ["defective-card", { cardId: "c-ville-new" }], ["defective-outcome"], ["urgency", { urgent: "no" }], ["delivery", { address: "yes" }]]);
    const draft = await draftOnCheck(ville);
    const db = await getDb();
    const row = await db.selectFrom("card_drafts").selectAll().where("id", "=", draft).executeTakeFirstOrThrow();
    const snapshot = row.snapshot as { context: { answers: Record<string, unknown> } };
    snapshot.context.answers.defectiveCardId = "c-ville-old";
    await db.updateTable("card_drafts").set({ snapshot: JSON.stringify(snapshot) }).where("id", "=", draft).execute();
    expect(location(await submit(ville, draft))).toBe(`${APPLY}/check`);
    expect(receivedOf("card-orders")).toHaveLength(0);
    expect((await answer(ville, "defective-card", { cardId: "c-ville-new" })).status).toBe(302);
  });
});

describe("ordered cards (C-VIEW-1, C-VIEW-2)", () => {
  async function orders(hetu: string, lang = "fi") {
    const visitor = await signedInVisitor(hetu);
    const response = await run(ordersLoader, get(`/${lang}/kela-card/orders`, visitor), { lang });
    expect(response.status).toBe(200);
    return { text: await response.clone().text(), data: await response.json() };
  }

  it("C-VIEW-2: the picture shows name, masked identity code, insured until, special rights, KT and workplace fund", async () => {
    expect((await orders("170192-931J")).data.picture).toMatchObject({ name: "MÄÄRÄAIKA MAIJA", identityCode: "170192-****", insuredUntil: "2027-06-30" });
    expect((await orders("251258-933V")).data.picture).toMatchObject({ specialRights: ["AE 201/08.27"] });
    expect((await orders("060677-929J")).data.picture).toMatchObject({ workplaceFund: { name: "Esimerkkiyhtiön työpaikkakassa", number: "0412" } });
    expect((await orders("021179-902M")).data.picture).toMatchObject({ ktMarking: true });
    for (const hetu of ["170192-931J", "251258-933V", "060677-929J", "150384-901U"]) {
      expect((await orders(hetu)).text, hetu).not.toContain(hetu);
    }
  });

  it("C-VIEW-1: Erkki's automatic order is hidden until it has gone to the manufacturer", async () => {
    const { data } = await orders("251258-933V");
    expect(data.cards.map((c: { id: string }) => c.id)).toEqual(["c-erkki-1"]);
  });

  it("C-VIEW-1 / C-PHOTO-1 / C-IDCARD-1: photo cards and ID cards are listed with their state", async () => {
    const kalle = (await orders("110250-925E")).data;
    expect(kalle.cards).toEqual([expect.objectContaining({ type: "photo", state: "delivered", validUntil: null, current: true })]);
    expect(kalle.picture).toMatchObject({ type: "photo", photoCardMarkings: ["pensioner", "discounts"] });
    const henna = (await orders("231085-927R")).data;
    expect(henna.cards).toEqual([expect.objectContaining({ type: "id_card", state: "expired", validUntil: "2021-08-22" })]);
    expect(henna.picture).toBeNull();
    const ville = (await orders("040488-935N")).data;
    expect(ville.cards.map((c: { state: string }) => c.state)).toEqual(["delivered", "replaced"]);
  });

  it("C-VIEW-1: a card ordered through the portal shows at once, as ordered", async () => {
    const matti = await signedInVisitor("150384-901U");
    await walk(matti, lostToCheck);
    await submit(matti, await draftOnCheck(matti));
    const response = await run(ordersLoader, get("/fi/kela-card/orders", matti), { lang: "fi" });
    const { cards } = await response.json();
    expect(cards[0]).toMatchObject({ type: "photoless", state: "ordered", automatic: false });
    expect(cards).toHaveLength(2);
  });
});
