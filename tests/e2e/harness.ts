import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject } from "vitest";

export const baseUrl = () => inject("baseUrl");
export const serverLog = () => readFileSync(inject("serverLog"), "utf8");
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
 * Runs a suite twice: JavaScript on and off. Every flow must complete in both
 * (progressive enhancement). A session per suite; console errors fail it.
 */
export function describeJsOnOff(name: string, body: (get: () => Session) => void) {
  for (const js of [true, false]) {
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
 * HTML is checked in a JS-enabled page that loads no scripts.
 */
export async function expectNoAxeViolations(session: Session): Promise<void> {
  let target = session.page;
  let scratch: BrowserContext | undefined;
  if (!session.js) {
    const html = await session.page.content();
    scratch = await (await getBrowser()).newContext({ javaScriptEnabled: true, baseURL: baseUrl() });
    target = await scratch.newPage();
    await target.route("**/*.js", (route) => route.abort());
    await target.route(`${baseUrl()}/`, (route) => route.fulfill({ contentType: "text/html", body: html }));
    await target.goto(`${baseUrl()}/`);
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, `axe on ${session.page.url()}`).toEqual([]);
  } finally {
    await scratch?.close();
  }
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

/** Follows a click that submits a form (JS on: client navigation; off: full page load). */
export async function submit(page: Page, buttonName: string | RegExp): Promise<void> {
  await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: buttonName }).click()]);
  await page.waitForLoadState("networkidle");
}
