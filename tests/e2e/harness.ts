import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject } from "vitest";

/** This fork's portal (global-setup.ts starts one per fork; VITEST_POOL_ID counts forks from 1). */
export const baseUrl = () => {
  const urls = inject("baseUrls");
  return urls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length]!;
};
/** What every portal of the run has logged so far (checks for identity codes cover them all). */
export const serverLog = () => inject("serverLogs").map((file) => readFileSync(file, "utf8")).join("\n");
export const LANGS = ["fi", "sv", "en"] as const;
export type Lang = (typeof LANGS)[number];

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

let browser: Browser | undefined;

export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  return browser;
}

export type Session = {
  context: BrowserContext;
  page: Page;
  js: boolean;
  /** console.error and page errors seen so far; every test asserts it stays empty. */
  errors: string[];
  close: () => Promise<void>;
};

/** A fresh browser profile (own cookies) with JavaScript on or off. */
export async function openSession(js: boolean, locale = "fi-FI"): Promise<Session> {
  const context = await (await getBrowser()).newContext({ javaScriptEnabled: js, baseURL: baseUrl(), locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    // A page answered 404/403 on purpose logs "Failed to load resource"; broken assets are caught below.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(`console.error: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    const type = response.request().resourceType();
    if (["stylesheet", "script", "image", "font"].includes(type) && response.status() >= 400) {
      errors.push(`${type} ${response.url()}: ${response.status()}`);
    }
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return { context, page, js, errors, close: () => context.close() };
}

/**
 * Both, unless E2E_JS=off or E2E_JS=on: npm test's PostgreSQL stage repeats the
 * database suites with JavaScript off only (what the browser runs is the same
 * on either database; the requests it makes reach the database either way).
 */
function jsVariants(): boolean[] {
  if (process.env.E2E_JS === "off") return [false];
  if (process.env.E2E_JS === "on") return [true];
  return [true, false];
}

/**
 * Runs a suite twice: JavaScript on and off. Every flow must complete in both
 * (progressive enhancement). A session per suite; console errors fail it.
 */
export function describeJsOnOff(name: string, body: (get: () => Session) => void) {
  for (const js of jsVariants()) {
    describe(`${name} [JS ${js ? "on" : "off"}]`, () => {
      let session: Session;
      beforeAll(async () => {
        session = await openSession(js);
      });
      afterAll(async () => {
        expect(session.errors, "console errors / page errors").toEqual([]);
        await session.close();
      });
      body(() => session);
    });
  }
}

/**
 * Zero axe violations (WCAG 2.1 A/AA). A JS-off page cannot run axe, so its
 * HTML is checked in a JS-enabled page that loads no scripts. That page is
 * kept for the whole test file (a new browser profile per check doubles the
 * time); it is opened at the checked page's own address, so relative URLs
 * resolve as they did.
 */
let scratchPage: Promise<Page> | undefined;
let scratchHtml = "";

function scratch(): Promise<Page> {
  scratchPage ??= (async () => {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: true, baseURL: baseUrl() });
    const page = await context.newPage();
    await page.route("**/*", (route) => {
      const type = route.request().resourceType();
      if (type === "script") return route.abort();
      if (type === "document") return route.fulfill({ contentType: "text/html", body: scratchHtml });
      return route.continue();
    });
    return page;
  })();
  return scratchPage;
}

export async function expectNoAxeViolations(session: Session): Promise<void> {
  let target = session.page;
  if (!session.js) {
    scratchHtml = await session.page.content();
    target = await scratch();
    await target.goto(session.page.url());
  }
  const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${session.page.url()}`).toEqual([]);
}

/** Page checks every page gets: the language, a title, one h1, no stack trace. */
export async function expectWellFormedPage(page: Page, lang: Lang): Promise<void> {
  expect(await page.getAttribute("html", "lang")).toBe(lang);
  expect((await page.title()).length).toBeGreaterThan(3);
  expect(await page.locator("h1").count()).toBe(1);
  const html = await page.content();
  expect(html).not.toMatch(/at [\w.$<>]+ \(.*:\d+:\d+\)|node_modules\//);
}

/**
 * Signs in through the test identification form, as a user would. In the
 * production build that goes through the local OpenID provider (/oidc) and
 * back to /auth/callback; returns the paths the browser passed through.
 */
export async function signIn(session: Session, hetu: string, lang: Lang = "fi"): Promise<string[]> {
  const { page } = session;
  const passed: string[] = [];
  const record = (request: import("playwright-core").Request) => {
    if (request.isNavigationRequest()) passed.push(new URL(request.url()).pathname);
  };
  page.on("request", record);
  try {
    await page.goto(`/${lang}/login`);
    await page.locator(`input[name="hetu"][value="${hetu}"]`).check();
    const done = (url: URL) => !/\/login$|^\/oidc\/|^\/auth\/callback/.test(url.pathname);
    await Promise.all([page.waitForURL(done), page.getByRole("button", { name: loginButton[lang], exact: true }).click()]);
    await page.waitForLoadState("load");
  } finally {
    page.off("request", record);
  }
  return passed;
}
const loginButton: Record<Lang, string> = { fi: "Tunnistaudu", sv: "Identifiera dig", en: "Identify" };

export async function signOut(session: Session): Promise<void> {
  const { page } = session;
  await Promise.all([page.waitForURL(/signedOut=1/), page.locator('form[action$="/logout"] button').click()]);
}

/** Test control of the mock world (clock, faults, received messages). */
export async function mockAdmin<T = unknown>(action: string, body?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl()}/mock-admin/${action}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`mock-admin ${action}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * JS on, after a client-side submit or link: the router has run the action and the loaders (it is
 * idle again) and React has rendered the result. An idle router is not yet a rendered page (React
 * commits a task later); the language switch's link to this language shows the rendered location.
 */
export async function clientNavigationDone(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const router = (window as unknown as { __remixRouter?: { state: { navigation: { state: string } } } }).__remixRouter;
    if (router?.state.navigation.state !== "idle") return false;
    const link = document.querySelector<HTMLAnchorElement>(".language-switch a[aria-current]");
    return !link || link.pathname + link.search === window.location.pathname + window.location.search;
  });
}
