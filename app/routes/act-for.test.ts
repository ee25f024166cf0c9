import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { getEnv } from "~/env.server";
import { loader as rootLoader } from "~/root";
import { requireActingContext } from "~/services/acting-for.server";
import { getDb } from "~/services/db.server";
import { getSession } from "~/services/session.server";
import { injectFault, useMockHandlers } from "../../mocks/node";
import { get, postForm, run, signedInVisitor, type Visitor } from "../../tests/helpers/http";
import { action, loader } from "./$lang.act-for._index";

type Representable = { personId: string; name: string; basis: string; age: number };
type PageData = {
  representable: Representable[];
  mayApplyAlone: boolean;
  current: Representable | null;
  history: { actorName: string; basis: string; action: string; page: string | null; when: string }[];
};

const page = async (visitor: Visitor, lang = "en") => (await (await run(loader, get(`/${lang}/act-for`, visitor), { lang })).json()) as PageData;
const choose = (visitor: Visitor, choice: string, lang = "en") => run(action, postForm(`/${lang}/act-for`, visitor, { choice }), { lang });
const sessionOf = async (visitor: Visitor) => (await getSession(get("/en", visitor))).data;
const contextOf = (visitor: Visitor, method = "GET") =>
  requireActingContext(method === "GET" ? get("/en/kela-card/orders", visitor) : postForm("/en/kela-card/apply", visitor, {}), "en");
const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("expected a Response to be thrown");
};
const auditOf = async (actorId: string) =>
  (await getDb()).selectFrom("audit_log").selectAll().where("actor_id", "=", actorId).orderBy("id", "asc").execute();
const api = () => getEnv().KELA_API_URL;

describe("/{lang}/act-for: whom the back end says you may represent", () => {
  it("C-AUTH-2: 150384-901U sees himself and the three children in his custody (huoltaja), ages from the HETU on the app clock", async () => {
    const matti = await signedInVisitor("150384-901U");
    const data = await page(matti);
    expect(data.representable).toEqual([
      { personId: "p-aino", name: "Aino Meikäläinen", basis: "huoltaja", age: 8 },
      { personId: "p-venla", name: "Venla Meikäläinen", basis: "huoltaja", age: 15 },
      { personId: "p-veeti", name: "Veeti Meikäläinen", basis: "huoltaja", age: 14 },
    ]);
    expect(data.mayApplyAlone).toBe(true);
  }, 30_000);

  it("C-AUTH-2: 140462-919W sees his ward 300935-9177 (edunvalvoja); C-AUTH-4: 190868-9231 sees the mandate giver 071240-9217 (valtuutettu)", async () => {
    expect((await page(await signedInVisitor("140462-919W"))).representable).toEqual([
      { personId: "p-aili", name: "Aili Koskinen", basis: "edunvalvoja", age: 91 },
    ]);
    expect((await page(await signedInVisitor("190868-9231"))).representable).toEqual([
      { personId: "p-eino", name: "Eino Laine", basis: "valtuutettu", age: 85 },
    ]);
    expect((await page(await signedInVisitor("021179-902M"))).representable).toEqual([
      { personId: "p-eetu", name: "Eetu Virtanen", basis: "huoltaja", age: 16 },
    ]);
  });

  it("C-AUTH-4: only a Suomi.fi mandate for social security benefits counts; another scope is neither listed nor choosable", async () => {
    useMockHandlers(
      http.get(`${api()}/persons/:id/mandates`, () =>
        HttpResponse.json({
          received: [{ principal: { personId: "p-eino", name: "Eino Laine", birthDate: "1940-12-07" }, scope: "tax-matters", validUntil: null }],
        }),
      ),
    );
    const helena = await signedInVisitor("190868-9231");
    expect((await page(helena)).representable).toEqual([]);
    expect((await choose(helena, "p-eino")).status).toBe(403);
    expect((await sessionOf(helena)).actingFor).toBeUndefined();
  });

  it("C-AUTH-2: a child who has turned 18 is no longer listed for the huoltaja", async () => {
    useMockHandlers(
      http.get(`${api()}/persons/:id/custody`, () =>
        HttpResponse.json({ children: [{ personId: "p-matti", name: "Matti Meikäläinen", birthDate: "1984-03-15" }] }),
      ),
    );
    // The back end wrongly lists an adult: the portal still refuses (ages from the HETU).
    const liisa = await signedInVisitor("021179-902M");
    expect((await page(liisa)).representable).toEqual([]);
    expect((await choose(liisa, "p-matti")).status).toBe(403);
  });
});

describe("choosing whom to act for, checked on the server on every request", () => {
  it("C-AUTH-2: choosing a child sets the session; every request then acts for her, audited with actor, target and basis", async () => {
    const matti = await signedInVisitor("150384-901U");
    const chosen = await choose(matti, "p-aino");
    expect(chosen.status).toBe(302);
    expect(chosen.headers.get("location")).toBe("/en/act-for?chosen=1");
    expect((await sessionOf(matti)).actingFor).toEqual({ personId: "p-aino", name: "Aino Meikäläinen", basis: "huoltaja" });

    const context = await contextOf(matti);
    expect(context.target).toEqual({ personId: "p-aino", basis: "huoltaja", self: false, mayApply: true });
    expect(context.user.personId).toBe("p-matti");

    const root = await (await run(rootLoader, get("/en/kela-card", matti))).json();
    expect(root.actingFor).toEqual({ name: "Aino Meikäläinen", basis: "huoltaja" });
    expect(root.messages.proxyCommon.banner.text).toBe("You are acting for {{name}} ({{basis}})");

    const entries = await auditOf("p-matti");
    expect(entries.map((e) => [e.target_id, e.basis, e.action, e.outcome])).toEqual([
      ["p-aino", "huoltaja", "act-for.start", "allowed"],
      ["p-aino", "huoltaja", "page.view", "allowed"],
    ]);
    expect(entries[1]!.details).toEqual({ page: "kela-card/orders" });
  });

  it("C-ELIG-6: while acting for a child the target is the child alone, never the guardian as well", async () => {
    const liisa = await signedInVisitor("021179-902M");
    await choose(liisa, "p-eetu");
    const { target, user } = await contextOf(liisa, "POST");
    expect(target.personId).toBe("p-eetu");
    expect(target.personId).not.toBe(user.personId);
    expect(target.self).toBe(false);
  });

  it("C-AUTH-2: 150384-901U cannot choose 090110A905C, 300935-9177 or 071240-9217 by posting their ids: 403, audited, session unchanged", async () => {
    const matti = await signedInVisitor("150384-901U");
    for (const id of ["p-eetu", "p-aili", "p-eino", "p-matti-evil<script>", "090110A905C"]) {
      const response = await choose(matti, id);
      expect(response.status).toBe(403);
      const body = await response.text();
      expect(body).not.toMatch(/Eetu|Virtanen|Aili|Koskinen|Eino|Laine/);
    }
    expect((await sessionOf(matti)).actingFor).toBeUndefined();
    const denied = (await auditOf("p-matti")).filter((e) => e.outcome === "denied");
    expect(denied.map((e) => [e.target_id, e.action])).toEqual([
      ["p-eetu", "act-for.denied"],
      ["p-aili", "act-for.denied"],
      ["p-eino", "act-for.denied"],
      ["unknown", "act-for.denied"],
      // An identity code posted as the choice is not kept, in the audit trail or its log line.
      ["unknown", "act-for.denied"],
    ]);
    // Still acting for himself.
    expect((await contextOf(matti)).target).toMatchObject({ personId: "p-matti", self: true });
  });

  it("C-AUTH-2: a post replayed from another session (Liisa's form, Matti's cookie) is refused by the CSRF check", async () => {
    const liisa = await signedInVisitor("021179-902M");
    const matti = await signedInVisitor("150384-901U");
    const replay = postForm("/en/act-for", { cookie: matti.cookie, csrf: liisa.csrf }, { choice: "p-eetu" });
    expect((await run(action, replay, { lang: "en" })).status).toBe(403);
    expect((await sessionOf(matti)).actingFor).toBeUndefined();
  });

  it("C-AUTH-2: authority is checked again on every request: when custody ends the next request is 403, audited, and the banner is gone", async () => {
    const matti = await signedInVisitor("150384-901U");
    await choose(matti, "p-veeti");
    expect((await contextOf(matti)).target.personId).toBe("p-veeti");
    useMockHandlers(http.get(`${api()}/persons/:id/custody`, () => HttpResponse.json({ children: [] })));
    const refused = await rejection(contextOf(matti));
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("Veeti");
    expect((await sessionOf(matti)).actingFor).toBeUndefined();
    const last = (await auditOf("p-matti")).at(-1)!;
    expect([last.target_id, last.action, last.outcome, last.details]).toEqual(["p-veeti", "act-for.denied", "denied", { reason: "no-authority", page: "kela-card/orders" }]);
    const root = await (await run(rootLoader, get("/en", matti))).json();
    expect(root.actingFor).toBeNull();
  });

  it("C-AUTH-4: a Suomi.fi mandate that has ended stops the representation on the next request", async () => {
    const helena = await signedInVisitor("190868-9231");
    expect((await choose(helena, "p-eino")).status).toBe(302);
    useMockHandlers(
      http.get(`${api()}/persons/:id/mandates`, () =>
        HttpResponse.json({
          received: [{ principal: { personId: "p-eino", name: "Eino Laine", birthDate: "1940-12-07" }, scope: "social-security-benefits", validUntil: "2026-11-24" }],
        }),
      ),
    );
    expect((await rejection(contextOf(helena))).status).toBe(403);
  });

  it("C-AUTH-2: when the back end cannot answer the check, the page is a 503 (never a guess)", async () => {
    const pekka = await signedInVisitor("140462-919W");
    await choose(pekka, "p-aili");
    injectFault("GET", "/persons/:id/guardianship", "error");
    expect((await rejection(contextOf(pekka))).status).toBe(503);
  });

  it("'Act for yourself' (the banner's button) clears the representation", async () => {
    const pekka = await signedInVisitor("140462-919W");
    await choose(pekka, "p-aili");
    expect((await choose(pekka, "self")).headers.get("location")).toBe("/en/act-for");
    expect((await sessionOf(pekka)).actingFor).toBeUndefined();
    expect((await contextOf(pekka)).target).toEqual({ personId: "p-pekka", basis: "self", self: true, mayApply: true });
  });

  it("an empty choice is a 422 with a localised message", async () => {
    const matti = await signedInVisitor("150384-901U");
    const response = await run(action, postForm("/sv/act-for", matti, {}), { lang: "sv" });
    expect(response.status).toBe(422);
    expect((await response.json()).errors.choice).toBe("Välj för vem du uträttar ärenden.");
  });
});

describe("ages (C-AUTH-1, C-AUTH-5) for a signed-in person acting for themself", () => {
  it("C-AUTH-1: an adult and a 16-year-old (090110A905C) may apply for themselves", async () => {
    expect((await contextOf(await signedInVisitor("150384-901U"), "POST")).target.mayApply).toBe(true);
    expect((await contextOf(await signedInVisitor("090110A905C"), "POST")).target).toMatchObject({ personId: "p-eetu", self: true, mayApply: true });
  });

  it("C-AUTH-5: 251111A9372 turns 15 on 2026-11-25 and may apply alone that day", async () => {
    const venla = await signedInVisitor("251111A9372");
    expect((await page(venla)).mayApplyAlone).toBe(true);
    expect((await contextOf(venla, "POST")).target.mayApply).toBe(true);
  });

  it("C-AUTH-5: 261111A939S (15 only on 2026-11-26) is told to ask a guardian, and a POST for himself is refused and audited", async () => {
    const veeti = await signedInVisitor("261111A939S");
    expect((await page(veeti)).mayApplyAlone).toBe(false);
    expect((await contextOf(veeti)).target).toEqual({ personId: "p-veeti", basis: "self", self: true, mayApply: false });
    expect((await rejection(contextOf(veeti, "POST"))).status).toBe(403);
    const last = (await auditOf("p-veeti")).at(-1)!;
    expect([last.action, last.outcome, last.details]).toEqual(["apply.denied", "denied", { reason: "under-15", page: "kela-card/apply" }]);
  });

  it("C-AUTH-5: his huoltaja 150384-901U may apply for him", async () => {
    const matti = await signedInVisitor("150384-901U");
    await choose(matti, "p-veeti");
    expect((await contextOf(matti, "POST")).target).toEqual({ personId: "p-veeti", basis: "huoltaja", self: false, mayApply: true });
  });
});

describe("Actions taken on your behalf", () => {
  it("the represented person sees the actor's name, basis, action and time in their language", async () => {
    const helena = await signedInVisitor("190868-9231");
    await choose(helena, "p-eino");
    await contextOf(helena);
    await contextOf(helena, "POST");
    const eino = await signedInVisitor("071240-9217");
    const data = await page(eino, "fi");
    expect(data.current).toBeNull();
    // Newest first (earlier tests in this file may have acted for him too: the database is shared).
    expect(data.history.slice(0, 3).map(({ actorName, basis, action, page }) => ({ actorName, basis, action, page }))).toEqual([
      { actorName: "Helena Laine", basis: "valtuutettu", action: "page.submit", page: "cardApply" },
      { actorName: "Helena Laine", basis: "valtuutettu", action: "page.view", page: "cardOrders" },
      { actorName: "Helena Laine", basis: "valtuutettu", action: "act-for.start", page: null },
    ]);
    expect(data.history[0]!.when).toMatch(/^25\.11\.2026 (klo )?10\.00$/);
    // Refused attempts are not actions taken on someone's behalf.
    const matti = await signedInVisitor("150384-901U");
    await choose(matti, "p-eino");
    const after = (await page(eino)).history;
    expect(after).toHaveLength(data.history.length);
    expect(after.map((entry) => entry.actorName)).not.toContain("Matti Meikäläinen");
  });
});

describe("the audit trail's page names", () => {
  it("keep only the path under the language, never an identity code or odd characters", async () => {
    const { auditPage } = await import("~/services/acting-for.server");
    expect(auditPage(get("/fi/kela-card/orders?x=1"))).toBe("kela-card/orders");
    expect(auditPage(get("/fi/kela-card/apply/150384-901U"))).toBe("kela-card/apply/hetu");
    expect(auditPage(get("/fi/x%E0%A4%A/<script>"))).toMatch(/^[a-z0-9/-]+$/i);
    expect(auditPage(get("/fi"))).toBe("home");
  });
});
