import { expect } from "vitest";
import en from "../../locales/en/proxy.json";
import enCommon from "../../locales/en/proxyCommon.json";
import fi from "../../locales/fi/proxy.json";
import fiCommon from "../../locales/fi/proxyCommon.json";
import sv from "../../locales/sv/proxy.json";
import svCommon from "../../locales/sv/proxyCommon.json";
import { clientNavigationDone, expectNoAxeViolations, expectWellFormedPage, openSession, signIn, type Lang, type Session } from "./harness";

/** The proxy texts as users see them, from the same locale files the app uses. */
export const proxyText = { fi, sv, en } as const;
export const proxyCommon = { fi: fiCommon, sv: svCommon, en: enCommon } as const;

export const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name]));

export type Basis = keyof typeof enCommon.basis;

/** "You are acting for NAME (basis)" in the page's language. */
export const bannerText = (lang: Lang, name: string, basis: Basis) =>
  fill(proxyCommon[lang].banner.text, { name, basis: proxyCommon[lang].basis[basis] });

const axeChecked = new Set<string>();

/**
 * Every page a test visits: well formed, no axe violations. With `once`, a
 * page seen again in the same language and JS mode (the same step of the
 * card journey for another person) is not run through axe again: it keeps
 * the suite within its time budget.
 */
export async function checkPage(session: Session, lang: Lang, once?: string, options: { anyLanguage?: boolean } = {}): Promise<void> {
  await expectWellFormedPage(session.page, lang);
  const key = once ? `${once}|${options.anyLanguage ? "*" : lang}|${session.js}` : null;
  if (key && axeChecked.has(key)) return;
  await expectNoAxeViolations(session);
  if (key) axeChecked.add(key);
}

/**
 * Clicks a submit button and waits for the page that answers: JS off, the
 * next document load; JS on, the POST's answer and the loaders after it.
 */
export async function press(session: Session, button: ReturnType<Session["page"]["locator"]>): Promise<void> {
  const { page } = session;
  if (session.js) {
    // React has hydrated the form (its props are on the element): the click is Remix's, not a native post.
    const form = await button.evaluateHandle((el) => (el as HTMLButtonElement).form ?? el);
    await page.waitForFunction((el) => Object.keys(el).some((key) => key.startsWith("__reactProps")), form);
    await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), button.click()]);
    await clientNavigationDone(page);
  } else {
    await Promise.all([page.waitForEvent("load"), button.click()]);
  }
  await page.waitForLoadState("networkidle");
}

/**
 * A fresh browser profile signed in as `hetu` (switching people in one
 * profile could be answered by the identity provider's own session).
 * Console errors fail the test; the profile is closed afterwards.
 */
export async function asPerson<T>(js: boolean, hetu: string, lang: Lang, body: (session: Session) => Promise<T>): Promise<T> {
  const session = await openSession(js);
  try {
    await signIn(session, hetu, lang);
    const result = await body(session);
    expect(session.errors, "console errors / page errors").toEqual([]);
    return result;
  } finally {
    await session.close();
  }
}

/** Chooses whom to act for on /{lang}/act-for (an id from the back end's list, as the radio value). */
export async function chooseOnActFor(session: Session, lang: Lang, personId: string): Promise<void> {
  const { page } = session;
  await page.goto(`/${lang}/act-for`);
  await checkPage(session, lang, "act-for:choose");
  await page.locator(`input[name="choice"][value="${personId}"]`).check();
  await press(session, page.locator("main form button[type=submit]", { hasText: proxyText[lang].index.submit }));
}

const LOSS = { fi: "Kortti katosi bussissa.", sv: "Kortet försvann i bussen.", en: "The card was lost on the bus." } as const;

/**
 * The new-card journey of issue 4 as a user goes through it for a lost card:
 * every step is checked (well formed, axe) and answered; ends on the confirmation.
 */
export async function orderLostCard(session: Session, lang: Lang): Promise<void> {
  const { page } = session;
  await page.goto(`/${lang}/kela-card/apply`);
  for (let steps = 0; steps < 10; steps += 1) {
    const confirmation = new URL(page.url()).pathname.endsWith("/confirmation");
    const step = confirmation ? "confirmation" : await page.locator(".card-step").getAttribute("data-step");
    // The card journey is issue 4's: each of its pages is checked once here (its own suite checks every language).
    await checkPage(session, lang, `card-journey:${step}`, { anyLanguage: true });
    if (confirmation) return;
    switch (step) {
      case "reason":
        await page.locator('input[name="reason"][value="lost"]').check();
        break;
      case "lossExplanation":
        await page.locator('textarea[name="explanation"]').fill(LOSS[lang]);
        break;
      case "urgency":
        await page.locator('input[name="urgent"][value="no"]').check();
        break;
      case "delivery":
        await page.locator('input[name="address"][value="yes"]').check();
        break;
      case "check":
        break;
      default:
        throw new Error(`Unexpected step of the card journey: ${step} at ${page.url()}`);
    }
    const before = new URL(page.url()).pathname;
    await Promise.all([
      page.waitForURL((url) => url.pathname !== before),
      page.locator('#card-step-form button[type="submit"]').click(),
    ]);
    await page.waitForLoadState("networkidle");
  }
  throw new Error("The card journey did not end on the confirmation page");
}

/** Names, addresses and card ids of the persons Matti (150384-901U) may not represent. */
export const NOT_MATTIS = [
  "Eetu",
  "Virtanen",
  "Hämeenkatu",
  "c-eetu-1",
  "Aili",
  "Koskinen",
  "Aleksanterinkatu",
  "c-aili-1",
  "Eino",
  "Laine",
  "Kauppakatu",
  "c-eino-1",
];

export function expectNothingOf(html: string, what: string): void {
  const found = NOT_MATTIS.filter((word) => html.includes(word));
  expect(found, `${what} shows data of someone else`).toEqual([]);
}
