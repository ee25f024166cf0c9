import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockAdmin, openSession, signIn, type Lang, type Session } from "./harness";
import { bannerText, checkPage, chooseOnActFor, fill, orderLostCard, proxyCommon, proxyText, type Basis } from "./proxy-helpers";

/**
 * Issue 5, done when: with JavaScript off, each of these orders a Kela card
 * for the person they may act for (or for himself), and the person then
 * signs in and sees it under "Actions taken on your behalf".
 */
type Order = {
  actor: string;
  actorName: string;
  target: string;
  targetId: string;
  targetName: string;
  basis: Basis;
  lang: Lang;
  /** The language the target reads their history in. */
  targetLang: Lang;
};

const ORDERS: Order[] = [
  { actor: "150384-901U", actorName: "Matti Meikäläinen", target: "200518A903P", targetId: "p-aino", targetName: "Aino Meikäläinen", basis: "huoltaja", lang: "fi", targetLang: "sv" },
  { actor: "021179-902M", actorName: "Liisa Virtanen", target: "090110A905C", targetId: "p-eetu", targetName: "Eetu Virtanen", basis: "huoltaja", lang: "sv", targetLang: "en" },
  { actor: "090110A905C", actorName: "Eetu Virtanen", target: "090110A905C", targetId: "p-eetu", targetName: "Eetu Virtanen", basis: "self", lang: "en", targetLang: "en" },
  { actor: "140462-919W", actorName: "Pekka Koskinen", target: "300935-9177", targetId: "p-aili", targetName: "Aili Koskinen", basis: "edunvalvoja", lang: "fi", targetLang: "fi" },
  { actor: "190868-9231", actorName: "Helena Laine", target: "071240-9217", targetId: "p-eino", targetName: "Eino Laine", basis: "valtuutettu", lang: "en", targetLang: "sv" },
];

type CardOrder = { body: { personId: string; submittedBy: { personId: string; basis: string } } };
const cardOrders = async () => (await mockAdmin<{ received: CardOrder[] }>("received?kind=card-orders")).received;

const CARD_ORDERED = { fi: "Tilasi sinulle Kela-kortin", sv: "Beställde ett FPA-kort åt dig", en: "Ordered a Kela card for you" } as const;

describe("ordering a Kela card on someone's behalf [JS off]", () => {
  const sessions: Session[] = [];
  const fresh = async () => {
    const session = await openSession(false);
    sessions.push(session);
    return session;
  };

  beforeAll(async () => {
    await mockAdmin("clock", { set: "2026-11-25T13:00:00+02:00" });
  });

  afterAll(async () => {
    await mockAdmin("clock", { set: "2026-11-25T10:00:00+02:00" });
    for (const session of sessions) {
      expect(session.errors, "console errors / page errors").toEqual([]);
      await session.close();
    }
  });

  for (const order of ORDERS) {
    const who = order.basis === "self" ? `${order.actor} for himself` : `${order.actor} for ${order.target} (${order.basis})`;
    const rule = { huoltaja: "C-AUTH-2, C-AUTH-5", edunvalvoja: "C-AUTH-2", valtuutettu: "C-AUTH-4", self: "C-AUTH-1" }[order.basis as string];
    it(`${rule}, C-ELIG-6: ${who} orders a card; it is the target's only${order.basis === "self" ? "" : "; the target sees it in their own view"}`, async () => {
      const before = (await cardOrders()).length;
      const actor = await fresh();
      const { lang } = order;
      await signIn(actor, order.actor, lang);
      if (order.basis !== "self") {
        await chooseOnActFor(actor, lang, order.targetId);
        expect(new URL(actor.page.url()).search).toBe("?chosen=1");
        expect(await actor.page.getByTestId("acting-for-banner").textContent()).toContain(bannerText(lang, order.targetName, order.basis));
        await checkPage(actor, lang, "act-for:chosen");
      }
      await orderLostCard(actor, lang);
      if (order.basis !== "self") {
        // The banner stays on every page of the journey, the confirmation included.
        expect(await actor.page.getByTestId("acting-for-banner").textContent()).toContain(order.targetName);
        // The receipt says whose card it is (C-ELIG-6).
        expect(await actor.page.getByTestId("card-for").textContent()).toContain(order.targetName);
      } else {
        expect(await actor.page.getByTestId("card-for").count()).toBe(0);
      }

      // C-ELIG-6: exactly one new order, for the target only, with the actor and basis on it.
      const orders = await cardOrders();
      expect(orders.length).toBe(before + 1);
      const placed = orders.at(-1)!.body;
      expect(placed.personId).toBe(order.targetId);
      expect(placed.submittedBy.basis).toBe(order.basis);
      if (order.basis === "self") return;

      const target = await fresh();
      const tl = order.targetLang;
      await signIn(target, order.target, tl);
      await target.page.goto(`/${tl}/act-for`);
      await checkPage(target, tl, "act-for:history");
      const history = target.page.getByTestId("on-behalf-history");
      expect(await history.locator("h2").textContent()).toBe(proxyText[tl].history.heading);
      const rows = await history.locator("tbody tr").allTextContents();
      const ordered = rows.find((row) => row.includes(CARD_ORDERED[tl]));
      expect(ordered, rows.join("\n")).toBeDefined();
      expect(ordered).toContain(order.actorName);
      expect(ordered).toContain(proxyCommon[tl].basis[order.basis]);
      expect(ordered).toMatch(/25[./]11[./]2026|2026-11-25/);
      // Views are recorded too.
      expect(rows.some((row) => row.includes(fill(proxyText[tl].history.actions.pageView, { page: proxyText[tl].history.pages.cardApply })))).toBe(true);
    });
  }
});
