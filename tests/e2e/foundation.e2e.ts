import { expect, it } from "vitest";
import { HETU_IN_TEXT } from "~/domain/hetu";
import {
  baseUrl,
  describeJsOnOff,
  expectNoAxeViolations,
  expectWellFormedPage,
  LANGS,
  mockAdmin,
  openSession,
  serverLog,
  signIn,
  signOut,
} from "./harness";
import { signInOverHttp } from "../../scripts/lib/server";

const PAGES = ["", "/login", "/accessibility", "/no-such-page"];
const expectedName = "Matti Meikäläinen";

describeJsOnOff("foundation", (session) => {
  for (const lang of LANGS) {
    it(`every foundation page in ${lang}: lang attribute, title, one h1, zero axe violations`, async () => {
      const { page } = session();
      for (const path of PAGES) {
        const response = await page.goto(`/${lang}${path}`);
        expect(response?.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
        await expectWellFormedPage(page, lang);
        await expectNoAxeViolations(session());
      }
    });
  }

  it("/ redirects by Accept-Language; an unknown language prefix gives a localised 404", async () => {
    const swedish = await openSession(session().js, "sv-FI");
    try {
      await swedish.page.goto("/");
      expect(new URL(swedish.page.url()).pathname).toBe("/sv");
      const response = await swedish.page.goto("/de/kela-card");
      expect(response?.status()).toBe(404);
      expect(await swedish.page.getAttribute("html", "lang")).toBe("sv");
      expect(await swedish.page.locator("h1").textContent()).toBe("Sidan hittades inte");
      expect(swedish.errors).toEqual([]);
    } finally {
      await swedish.close();
    }
    const { page } = session();
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/fi");
  });

  it("the language switch goes to the same page in another language and keeps the query", async () => {
    const { page } = session();
    await page.goto("/fi/accessibility?x=1");
    const sv = page.locator('nav.language-switch a[hreflang="sv"]');
    expect(await sv.getAttribute("href")).toBe("/sv/accessibility?x=1");
    await Promise.all([page.waitForURL("**/sv/accessibility?x=1"), sv.click()]);
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    expect(await page.title()).toContain("Tillgänglighetsutlåtande");
  });

  it("signing in as 150384-901U shows Matti Meikäläinen in the header in all three languages; logging out clears it", async () => {
    const { page } = session();
    const passed = await signIn(session(), "150384-901U", "fi");
    // The production build signs in through the local OpenID provider, never directly.
    expect(passed.some((path) => path.startsWith("/oidc/"))).toBe(true);
    expect(passed).toContain("/auth/callback");
    for (const lang of LANGS) {
      await page.goto(`/${lang}`);
      expect(await page.getByTestId("signed-in-user").textContent()).toContain(expectedName);
    }
    await signOut(session());
    expect(await page.getByTestId("signed-in-user").count()).toBe(0);
    expect(await page.locator('[role="status"]').textContent()).toContain("You have signed out");
  });

  it("signing out and in as another person in the same browser gives that person, not the one the provider remembers", async () => {
    const { page } = session();
    await signIn(session(), "150384-901U", "fi");
    await signOut(session());
    await signIn(session(), "021179-902M", "fi");
    await page.goto("/fi");
    expect(await page.getByTestId("signed-in-user").textContent()).toContain("Liisa Virtanen");
    await signOut(session());
  });

  it("after 30 idle minutes (app clock) the session is gone, with a localised notice", async () => {
    const { page } = session();
    await signIn(session(), "150384-901U", "en");
    await page.goto("/fi");
    expect(await page.getByTestId("signed-in-user").count()).toBe(1);
    await mockAdmin("clock", { advanceMs: 31 * 60_000 });
    await page.goto("/fi");
    expect(await page.getByTestId("signed-in-user").count()).toBe(0);
    expect(await page.locator('[role="status"]').first().textContent()).toContain("30 minuuttiin");
  });
});

it("a POST without a CSRF token gets 403 with a localised page and no stack trace", async () => {
  for (const lang of LANGS) {
    const response = await fetch(`${baseUrl()}/${lang}/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "hetu=150384-901U",
    });
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain({ fi: "Toimintoa ei voitu tehdä", sv: "Åtgärden kunde inte utföras", en: "The action could not be completed" }[lang]);
    expect(html).not.toMatch(/at [\w.$<>]+ \(.*:\d+:\d+\)/);
  }
});

it("pages carry a nonce-based CSP without unsafe-inline scripts, and the other security headers", async () => {
  const response = await fetch(`${baseUrl()}/fi`);
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("cache-control")).toBe("no-store");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const html = await response.text();
  for (const script of html.match(/<script[^>]*>/g) ?? []) expect(script).toContain(`nonce="${nonce}"`);
  const cookie = response.headers.get("set-cookie") ?? "";
  expect(cookie).toMatch(/^__Host-kela_sid=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
});

it("a public page served again to anonymous visitors is theirs: own nonce, own CSRF token that forms accept; signed in, their own page", async () => {
  const visit = async (path: string, cookie?: string) => {
    const response = await fetch(`${baseUrl()}${path}`, { headers: cookie ? { cookie } : {} });
    expect(response.status).toBe(200);
    const html = await response.text();
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")![1]!;
    for (const script of html.match(/<script[^>]*>/g) ?? []) expect(script).toContain(`nonce="${nonce}"`);
    return { html, nonce, csrf: /"csrfToken":"([\w-]+)"/.exec(html)![1]!, setCookie: response.headers.get("set-cookie") };
  };
  // The first visitor's page is rendered (and kept); the next ones within seconds get it again.
  const first = await visit("/sv/accessibility");
  const firstCookie = first.setCookie!.split(";")[0]!;
  const again = await visit("/sv/accessibility", firstCookie);
  expect(again.nonce).not.toBe(first.nonce);
  expect(again.csrf).toBe(first.csrf);
  const otherCookie = (await fetch(`${baseUrl()}/sv/kela-card`)).headers.get("set-cookie")!.split(";")[0]!;
  const other = await visit("/sv/accessibility", otherCookie);
  expect(other.csrf).not.toBe(first.csrf);
  expect(other.html).not.toContain(first.csrf);
  expect(other.html.replaceAll(other.nonce, "").replaceAll(other.csrf, "")).toBe(again.html.replaceAll(again.nonce, "").replaceAll(again.csrf, ""));

  // The token in the page served again is the one the visitor's forms are checked against.
  const form = (csrf: string) =>
    fetch(`${baseUrl()}/sv/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: otherCookie, origin: baseUrl() },
      body: new URLSearchParams({ csrf, hetu: "150384-901U" }).toString(),
    });
  expect((await form(first.csrf)).status).toBe(403);
  expect((await form(other.csrf)).status).toBe(302);
  const mine = await visit("/sv/accessibility", await signInOverHttp(baseUrl(), "150384-901U", "sv"));
  expect(mine.html).toContain(expectedName);
  expect(other.html).not.toContain(expectedName);
});

it("the OIDC callback refuses a tampered state and goes back to the login page with a localised error", async () => {
  const session = await openSession(false);
  try {
    const { page, context } = session;
    await page.goto("/en/login");
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    // Walk the redirect chain by hand, sharing the browser's cookies, up to the callback.
    let response = await context.request.post("/en/login", { form: { csrf, hetu: "150384-901U" }, maxRedirects: 0 });
    let location = response.headers().location;
    for (let hops = 0; location && !location.includes("/auth/callback") && hops < 10; hops += 1) {
      response = await context.request.get(new URL(location, baseUrl()).href, { maxRedirects: 0 });
      location = response.headers().location;
    }
    expect(location).toContain("/auth/callback");
    const callback = new URL(location!, baseUrl());
    expect(callback.searchParams.get("code")).toBeTruthy();
    callback.searchParams.set("state", "tampered");
    await page.goto(callback.href);
    expect(new URL(page.url()).pathname).toBe("/en/login");
    expect(await page.locator('[role="alert"]').textContent()).toContain("identification was cancelled or failed");
    expect(await page.getByTestId("signed-in-user").count()).toBe(0);
  } finally {
    await session.close();
  }
});

it("GET /healthz returns 200 {status: ok}", async () => {
  const response = await fetch(`${baseUrl()}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

it("no identity code was written to the server log", () => {
  const log = serverLog();
  expect(log).toContain('"event":"auth.signed_in"');
  expect(log.match(HETU_IN_TEXT) ?? []).toEqual([]);
});
