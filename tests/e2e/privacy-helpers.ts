import type { Page, Response as BrowserResponse } from "playwright-core";
import { baseUrl, mockAdmin, type Lang, type Session } from "./harness";
import { discoverPages, type Exchange } from "./crawl-helpers";
import { press } from "./proxy-helpers";

/**
 * What the browser and the server exchanged while the privacy suite went
 * through the portal: every request (URL and headers), every address the
 * page was at, every response with its headers and body.
 */
export type Recorded = Exchange & { via: "browser" | "http"; resourceType: string };
export type Recording = {
  /** Request URLs and the addresses pages navigated to (client-side navigation included). */
  urls: { url: string; via: string }[];
  /** Request headers, as "name: value" with the request's URL. */
  requestHeaders: { url: string; header: string }[];
  responses: Recorded[];
  /** Response bodies still being read. */
  pending: Promise<void>[];
};

/** The body of a response the browser no longer had when asked. */
export const UNREAD = "\u0000unread";

export const newRecording = (): Recording => ({ urls: [], requestHeaders: [], responses: [], pending: [] });

/** Records everything one browser profile sends and receives (every page and tab of it). */
export function recordBrowser(session: Session, recording: Recording): void {
  session.context.on("request", (request) => {
    recording.urls.push({ url: request.url(), via: `${request.method()} request (${request.resourceType()})` });
    recording.pending.push(
      request.allHeaders().then(
        (headers) => {
          for (const [name, value] of Object.entries(headers)) recording.requestHeaders.push({ url: request.url(), header: `${name}: ${value}` });
        },
        () => undefined,
      ),
    );
  });
  session.context.on("response", (response) => recording.pending.push(recordResponse(response, recording)));
  session.page.on("framenavigated", (frame) => recording.urls.push({ url: frame.url(), via: "page address" }));
}

async function recordResponse(response: BrowserResponse, recording: Recording): Promise<void> {
  const status = response.status();
  let body = "";
  // A redirect, 204 (Remix's redirect of a data request) and 304 have no body; any other is read while the browser still has it.
  if (status !== 204 && (status < 300 || status >= 400)) body = await response.text().catch(() => UNREAD);
  const headers = (await response.headersArray().catch(() => [])).map((h): [string, string] => [h.name, h.value]);
  recording.responses.push({ method: response.request().method(), url: response.url(), status, headers, body, via: "browser", resourceType: response.request().resourceType() });
}

/** The profile's crawl (crawl-helpers), each answer recorded; and each page's loader data, as client-side navigation asks for it. */
export async function crawlRecorded(session: Session, recording: Recording, templateOf: (pathname: string) => { routeId: string }): Promise<number> {
  const record = (exchange: Exchange) => {
    recording.urls.push({ url: exchange.url, via: "crawl" });
    recording.responses.push({ ...exchange, via: "http", resourceType: "document" });
  };
  const pages = await discoverPages(session, record);
  for (const found of pages) {
    const data = new URL(found.url);
    for (const routeId of ["root", templateOf(found.url.pathname).routeId]) {
      data.searchParams.set("_data", routeId);
      const response = await session.context.request.get(data.href, { maxRedirects: 0 });
      record({ method: "GET", url: data.href, status: response.status(), headers: response.headersArray().map((h) => [h.name, h.value]), body: await response.text() });
    }
  }
  return pages.length;
}

export const header = (r: { headers: [string, string][] }, name: string) => r.headers.find(([n]) => n.toLowerCase() === name)?.[1];
export const headersAll = (r: { headers: [string, string][] }, name: string) => r.headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
export const portalOrigin = () => new URL(baseUrl()).origin;

/**
 * Error answers, from the page (so that the recording has them): a form
 * without its CSRF token (403 page), the chat API used wrongly (405, 400
 * JSON), an asset that does not exist. Returns the statuses.
 */
export async function provokeErrors(page: Page, lang: Lang): Promise<number[]> {
  return page.evaluate(async (lang) => {
    const answers = await Promise.all([
      fetch(`/${lang}/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "hetu=150384-901U" }),
      fetch("/api/chat"),
      fetch("/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: "hetu 150384-901U" }),
      fetch("/assets/no-such-file.js"),
    ]);
    await Promise.all(answers.map((a) => a.text()));
    return answers.map((a) => a.status);
  }, lang);
}

/**
 * A back-end fault on a page that shows personal data (the cards): the
 * localised 503 page. Returns its status.
 */
export async function backendFaultPage(page: Page, lang: Lang): Promise<number> {
  await mockAdmin("fault", { method: "GET", path: "/persons/:id/cards", mode: "error", times: 1 });
  const response = await page.goto(`/${lang}/kela-card/orders`);
  return response?.status() ?? 0;
}

/**
 * The back end answers the sign-in's person search (which carries the
 * identity code) with malformed data. Returns the status of the answer to
 * the login form (a localised 503 page is expected, never a 500).
 */
export async function signInWithMalformedBackend(session: Session, lang: Lang, hetu: string): Promise<number> {
  const { page } = session;
  await mockAdmin("fault", { method: "POST", path: "/persons/search", mode: "malformed", times: 1 });
  await page.goto(`/${lang}/login`);
  await page.locator(`input[name="hetu"][value="${hetu}"]`).check();
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/${lang}/login`);
  await press(session, page.locator('form:has(input[name="hetu"]) button[type="submit"]'));
  return (await answered).status();
}
