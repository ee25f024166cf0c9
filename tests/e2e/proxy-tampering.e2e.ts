import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journeyToCheck, PortalClient, type Answer } from "../../scripts/lib/portal-client";
import { baseUrl, mockAdmin } from "./harness";
import { expectNothingOf } from "./proxy-helpers";

/**
 * Issue 5, done when: 150384-901U cannot reach 090110A905C, 300935-9177 or
 * 071240-9217 by any URL or form tampering: changed hidden fields, replayed
 * posts from another session, direct URLs. No response may show a name,
 * address or order of theirs. (Raw HTTP, as an attacker would send it.)
 */
type CardOrder = { body: { personId: string; submittedBy: { personId: string; basis: string } } };
const ordersFor = async (personId: string) =>
  (await mockAdmin<{ received: CardOrder[] }>("received?kind=card-orders")).received.filter((o) => o.body.personId === personId);

let matti: PortalClient;
let liisa: PortalClient;
let liisaDraft: string;

describe("150384-901U tampering with URLs and forms", () => {
  afterAll(async () => {
    await mockAdmin("clock", { set: "2026-11-25T10:00:00+02:00" });
  });

  beforeAll(async () => {
    await mockAdmin("clock", { set: "2026-11-25T12:30:00+02:00" });
    matti = await PortalClient.signIn(baseUrl(), "150384-901U");
    liisa = await PortalClient.signIn(baseUrl(), "021179-902M");
    // Liisa legitimately acts for Eetu and gets to the check page of his application.
    expect((await liisa.post("/fi/act-for", { choice: "p-eetu" })).status).toBe(302);
    liisaDraft = await journeyToCheck(liisa);
  });

  it("C-AUTH-2, C-AUTH-4: posting the ids of 090110A905C, 300935-9177 or 071240-9217 as the choice (the banner's hidden field changed) is 403 and shows nothing of them", async () => {
    for (const choice of ["p-eetu", "p-aili", "p-eino", "090110A905C", "300935-9177", "071240-9217", "p-eetu,p-aino", ""]) {
      const answer = await matti.post("/fi/act-for", { choice });
      expect(answer.status, choice).toBe(choice === "" ? 422 : 403);
      expectNothingOf(answer.html, `POST choice=${choice}`);
    }
    // Duplicated fields: the first (his own child) counts, the other is never looked at.
    const body = `csrf=${encodeURIComponent(matti.csrf)}&choice=p-aino&choice=p-eetu`;
    const twice = await fetch(`${baseUrl()}/fi/act-for`, {
      method: "POST",
      headers: { cookie: matti.cookie, "content-type": "application/x-www-form-urlencoded", origin: baseUrl() },
      body,
      redirect: "manual",
    });
    expect(twice.status).toBe(302);
    const front = await matti.get("/fi");
    expect(front.html).toContain("Aino Meikäläinen");
    expectNothingOf(front.html, "front page after a duplicated choice");
  });

  it("C-AUTH-2: direct URLs naming another person are ignored or 404: only Matti's own data (or his child's) is ever shown", async () => {
    const urls = [
      "/fi/act-for/p-eetu",
      "/fi/act-for?choice=p-eetu",
      "/fi/act-for/history?target=p-eino",
      "/fi/act-for/cases?actor=p-liisa&person=p-eino",
      "/fi/act-for/other-person/check?personId=p-aili",
      "/fi/act-for/power-of-attorney/check",
      "/fi/kela-card/orders?personId=p-eetu&target=p-eetu&actingFor=p-eetu",
      "/fi/kela-card/orders?_data=routes%2F%24lang.kela-card.orders&personId=p-eino",
      "/fi/kela-card/apply?actingFor=p-aili",
      `/fi/kela-card/apply/check?draft=${liisaDraft}`,
      `/fi/kela-card/apply/confirmation?draft=${liisaDraft}`,
      "/sv/kela-card/orders?person=p-aili",
      "/en/kela-card?target=p-eino",
    ];
    for (const url of urls) {
      const answer = await matti.get(url);
      expect(answer.status, url).toBeLessThan(500);
      expectNothingOf(answer.html, url);
      if (answer.location) expectNothingOf(answer.location, `${url} redirect`);
    }
  });

  it("C-AUTH-2: posts replayed from another session (Liisa's choice and her card submission) are refused and order nothing for 090110A905C", async () => {
    const before = (await ordersFor("p-eetu")).length;
    // Her posts with her CSRF token but Matti's cookie: the token belongs to another session.
    const replayedChoice = await matti.post("/fi/act-for", { choice: "p-eetu" }, liisa.csrf);
    expect(replayedChoice.status).toBe(403);
    expectNothingOf(replayedChoice.html, "replayed choice");
    const replayedSubmit = await matti.post("/fi/kela-card/apply/check", { draft: liisaDraft }, liisa.csrf);
    expect(replayedSubmit.status).toBe(403);
    expectNothingOf(replayedSubmit.html, "replayed submit");
    // The same post with Matti's own token: her draft is not his, nothing is sent.
    const withOwnToken = await matti.post("/fi/kela-card/apply/check", { draft: liisaDraft });
    expect(withOwnToken.status).toBeLessThan(500);
    expectNothingOf(withOwnToken.html, "submit of another's draft");
    if (withOwnToken.location) expectNothingOf((await matti.get(withOwnToken.location)).html, "after submitting another's draft");
    expect((await ordersFor("p-eetu")).length).toBe(before);
  });

  it("C-AUTH-2, C-ELIG-6: hidden fields naming another person are ignored at every step: acting for his child the card is ordered for her only", async () => {
    const inspect = (answer: Answer, what: string) => {
      expect(answer.status, what).toBeLessThan(500);
      expectNothingOf(answer.html, what);
    };
    expect((await matti.post("/fi/act-for", { choice: "p-aino", personId: "p-eetu", basis: "edunvalvoja" })).status).toBe(302);
    const tampered = { personId: "p-eetu", targetId: "p-aili", target: "p-eino", actingFor: "p-eetu", basis: "edunvalvoja", choice: "p-eino", self: "false" };
    const draft = await journeyToCheck(matti, { extra: tampered, inspect });
    const befores = await Promise.all(["p-eetu", "p-aili", "p-eino", "p-aino"].map(async (id) => (await ordersFor(id)).length));
    // First with Liisa's draft id in the hidden field: nothing is sent.
    inspect(await matti.post("/fi/kela-card/apply/check", { ...tampered, draft: liisaDraft }), "check with another's draft");
    // Then his own: one order, for Aino only, on the huoltaja basis.
    const sent = await matti.post("/fi/kela-card/apply/check", { ...tampered, draft });
    expect(sent.status).toBe(302);
    inspect(await matti.get(sent.location!), "confirmation");
    const afters = await Promise.all(["p-eetu", "p-aili", "p-eino", "p-aino"].map(async (id) => (await ordersFor(id)).length));
    expect(afters).toEqual([befores[0], befores[1], befores[2], befores[3]! + 1]);
    const placed = (await ordersFor("p-aino")).at(-1)!.body;
    expect(placed.submittedBy).toEqual({ personId: "p-matti", basis: "huoltaja" });
    inspect(await matti.get("/fi/kela-card/orders"), "orders");
  });
});
