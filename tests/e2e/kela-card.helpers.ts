import { expect } from "vitest";
import { clientNavigationDone, expectNoAxeViolations, expectWellFormedPage, LANGS, mockAdmin, signIn, type Lang, type Session } from "./harness";

/** Shared steps of the Kela card end-to-end suites (kela-card*.e2e.ts). */

export const FORM = "#card-step-form";
export const path = (session: Session) => new URL(session.page.url()).pathname;
export const langOf = (session: Session) => path(session).split("/")[1] as Lang;

/**
 * Axe and the page checks, once per page template: without JavaScript in all
 * three languages (the same step opened in each, in a second tab: the answers
 * are on the server), with JavaScript in the current one (the enhanced DOM).
 */
const checked = new WeakMap<Session, Set<string>>();
export async function checkPage(session: Session, template: string): Promise<void> {
  const seen = checked.get(session) ?? new Set<string>();
  checked.set(session, seen);
  if (seen.has(template)) return;
  seen.add(template);
  const here = path(session);
  const own = langOf(session);
  await expectWellFormedPage(session.page, own);
  await expectNoAxeViolations(session);
  if (session.js) return;
  const tab = await session.context.newPage();
  try {
    for (const lang of LANGS.filter((l) => l !== own)) {
      const there = here.replace(/^\/\w\w/, `/${lang}`);
      await tab.goto(there);
      expect(new URL(tab.url()).pathname, `${template} in ${lang}`).toBe(there);
      await expectWellFormedPage(tab, lang);
      await expectNoAxeViolations({ ...session, page: tab });
    }
  } finally {
    await tab.close();
  }
}

/**
 * Signs in as a new person (no cookies of the previous one, the identity
 * provider's included). These suites sign in often: when the login's rate
 * limit (per address, per minute of the app clock) answers 429, the clock is
 * moved past the window and the sign-in tried again.
 */
export async function signInAs(session: Session, hetu: string, lang: Lang): Promise<void> {
  const { page } = session;
  for (let attempt = 1; ; attempt += 1) {
    await session.context.clearCookies();
    const limited = new Promise<boolean>((resolve) => {
      const watch = (response: import("playwright-core").Response) => {
        if (new URL(response.url()).pathname.endsWith("/login") && response.request().method() === "POST") {
          page.off("response", watch);
          resolve(response.status() === 429);
        }
      };
      page.on("response", watch);
    });
    const signedIn = signIn(session, hetu, lang).then(() => false);
    if (!(await Promise.race([limited, signedIn]))) {
      await signedIn;
      return;
    }
    signedIn.catch(() => undefined); // the abandoned attempt's wait for the front page
    if (attempt === 3) throw new Error(`Sign-in as ${hetu} rate limited three times`);
    await mockAdmin("clock", { advanceMs: 61_000 });
  }
}

/** Opens a page of the service and checks it. */
export async function open(session: Session, to: string, template?: string): Promise<void> {
  await session.page.goto(to);
  if (template) await checkPage(session, template);
}

export async function choose(session: Session, name: string, value: string): Promise<void> {
  await session.page.locator(`${FORM} input[name="${name}"][value="${value}"]`).check();
}

/** Sends the step's form and waits for the page it leads to (client navigation with JS, a full load without). */
export async function next(session: Session, expected: string, template?: string): Promise<void> {
  const { page } = session;
  await Promise.all([page.waitForURL((url) => url.pathname === expected), page.locator(`${FORM} button[type="submit"]`).click()]);
  await page.waitForLoadState("load");
  if (session.js) await clientNavigationDone(page);
  await page.locator("h1").first().waitFor();
  if (template) await checkPage(session, template);
}

/** A double click on the submit button; without JavaScript the first navigation is cancelled by the second. */
export async function doubleSubmit(session: Session, expected: string): Promise<void> {
  const { page } = session;
  await page.locator(`${FORM} button[type="submit"]`).dblclick();
  await expect.poll(() => path(session), { timeout: 15_000 }).toBe(expected);
  await page.waitForLoadState("load");
  if (session.js) await clientNavigationDone(page);
}

/** Sends the form expecting validation errors: 422, the error summary focused, the title prefixed. */
export async function nextWithErrors(session: Session, titlePrefix: string, template: string): Promise<string[]> {
  const { page } = session;
  const before = path(session);
  await page.locator(`${FORM} button[type="submit"]`).click();
  const summary = page.locator(".error-summary");
  await summary.waitFor();
  expect(path(session)).toBe(before);
  // The summary takes the focus (autofocus without JS, an effect with JS) and links to the fields.
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
  await expect.poll(() => page.title()).toMatch(new RegExp(`^${titlePrefix}`));
  const key = `${template}:errors`;
  const seen = checked.get(session) ?? new Set<string>();
  checked.set(session, seen);
  if (!seen.has(key)) {
    seen.add(key);
    await expectNoAxeViolations(session);
  }
  return summary.locator("a").allTextContents();
}

export async function text(session: Session, selector = "main"): Promise<string> {
  return (await session.page.locator(selector).first().textContent()) ?? "";
}

type Received = { received: { key: string; body: Record<string, unknown>; result: Record<string, unknown> }[] };
export async function received(kind: "card-orders" | "cases") {
  return (await mockAdmin<Received>(`received?kind=${kind}`)).received;
}

/** The back end's record for one person (the mock keeps every kind since its last reset). */
export async function receivedFor(kind: "card-orders" | "cases", personId: string) {
  return (await received(kind)).filter((r) => r.body.personId === personId);
}

/** Waits until the outbox worker has delivered (it runs every OUTBOX_WORKER_INTERVAL_MS, global-setup.ts). */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}
