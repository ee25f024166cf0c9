import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signInOverHttp } from "../../scripts/lib/server";
import { baseUrl, mockAdmin } from "./harness";

/**
 * Back-end faults at each call of each journey (issue 8): every back-end
 * endpoint the portal reads, answering 500, timing out or breaking the
 * contract, on every page that reads it. The user gets a clear localised page
 * (503 "not available right now", never a 500 or a stack trace) and the page
 * works again when the back end recovers. Submissions under faults (nothing
 * lost, nothing doubled) are proven per journey: kela-card-faults.e2e.ts,
 * secure-message.e2e.ts and the act-for declaration route tests.
 */
const READS = [
  ["POST", "/persons/search"],
  ["GET", "/persons/:id"],
  ["GET", "/persons/:id/insurance"],
  ["GET", "/persons/:id/cards"],
  ["GET", "/persons/:id/custody"],
  ["GET", "/persons/:id/guardianship"],
  ["GET", "/persons/:id/mandates"],
  ["GET", "/cases/:id"],
] as const;

const UNAVAILABLE = { fi: "Palvelu ei ole juuri nyt käytettävissä", sv: "Tjänsten är inte tillgänglig just nu", en: "The service is not available right now" } as const;

type Visitor = { name: string; cookie: string };
let self: Visitor;
let actingForChild: Visitor;

async function page(visitor: Visitor, path: string) {
  const response = await fetch(`${baseUrl()}${path}`, { headers: { cookie: visitor.cookie }, redirect: "follow" });
  return { status: response.status, url: new URL(response.url).pathname, html: await response.text() };
}

/** Chooses a person on /act-for as a browser would (the choice is re-checked by the server). */
async function actFor(cookie: string, personId: string): Promise<void> {
  const html = await (await fetch(`${baseUrl()}/fi/act-for`, { headers: { cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)![1]!;
  expect(html).toContain(`value="${personId}"`);
  const response = await fetch(`${baseUrl()}/fi/act-for`, {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: baseUrl() },
    body: new URLSearchParams({ csrf, choice: personId }).toString(),
    redirect: "manual",
  });
  expect(response.headers.get("location")).toBe("/fi/act-for?chosen=1");
}

beforeAll(async () => {
  self = { name: "150384-901U for himself", cookie: await signInOverHttp(baseUrl(), "150384-901U") };
  const parent = await signInOverHttp(baseUrl(), "150384-901U");
  await actFor(parent, "p-aino");
  actingForChild = { name: "150384-901U for 200518A903P", cookie: parent };
});

afterEach(async () => {
  await mockAdmin("faults-clear", {});
});

afterAll(async () => {
  await mockAdmin("faults-clear", {});
});

describe("back-end faults on every page that reads the back end", () => {
  const pages = ["/fi", "/fi/kela-card", "/fi/kela-card/apply", "/fi/kela-card/orders", "/fi/act-for", "/fi/act-for/cases", "/sv/kela-card/orders", "/en/kela-card/apply"];

  for (const mode of ["error", "malformed"] as const) {
    it(`every read answering ${mode === "error" ? "500" : "malformed data"}: a localised 503 page or the page without that data, never a 500; recovers`, async () => {
      for (const visitor of [self, actingForChild]) {
        for (const path of pages) {
          const healthy = await page(visitor, path);
          expect(healthy.status, `${visitor.name} ${path} before`).toBe(200);
          for (const [method, endpoint] of READS) {
            await mockAdmin("fault", { method, path: endpoint, mode, times: 1000 });
            const faulty = await page(visitor, path);
            const where = `${visitor.name} ${path} with ${method} ${endpoint} ${mode}`;
            expect([200, 503], where).toContain(faulty.status);
            if (faulty.status === 503) {
              const lang = faulty.url.split("/")[1] as keyof typeof UNAVAILABLE;
              expect(faulty.html, where).toContain(`<html lang="${lang}"`);
              expect(faulty.html, where).toContain(UNAVAILABLE[lang]);
            }
            expect(faulty.html, where).not.toMatch(/at [\w.$<>]+ \(.*:\d+:\d+\)|KelaApiError/);
            await mockAdmin("faults-clear", {});
          }
          const recovered = await page(visitor, path);
          expect(recovered.status, `${visitor.name} ${path} after`).toBe(200);
        }
      }
    });
  }

  it("a back end that does not answer in time: the same localised 503 page, within the timeout", async () => {
    for (const [method, endpoint] of READS.slice(1, 4)) {
      await mockAdmin("fault", { method, path: endpoint, mode: "timeout", times: 1000 });
      const started = Date.now();
      const faulty = await page(self, "/en/kela-card/apply");
      expect([200, 503], `${method} ${endpoint} timeout`).toContain(faulty.status);
      if (faulty.status === 503) expect(faulty.html).toContain(UNAVAILABLE.en);
      // One back-end timeout (1 s on the test server) per call, not a hang.
      expect(Date.now() - started).toBeLessThan(10_000);
      await mockAdmin("faults-clear", {});
    }
  });

  it("signing in while the register does not answer: a localised 503 page, then sign-in works again", async () => {
    const login = await fetch(`${baseUrl()}/sv/login`);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await login.text())![1]!;
    const post = () =>
      fetch(`${baseUrl()}/sv/login`, {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: baseUrl() },
        body: new URLSearchParams({ csrf, hetu: "150384-901U" }).toString(),
        redirect: "manual",
      });
    await mockAdmin("fault", { method: "POST", path: "/persons/search", mode: "error", times: 1000 });
    const refused = await post();
    expect(refused.status).toBe(503);
    expect(await refused.text()).toContain(UNAVAILABLE.sv);
    await mockAdmin("faults-clear", {});
    expect((await post()).status).toBe(302);
  });
});
