import type { APIResponse } from "playwright-core";
import { baseUrl, LANGS, signIn, type Lang, type Session } from "./harness";
import { press, proxyText } from "./proxy-helpers";
import { builtRoutes, type BuiltRoute } from "./routes";

/**
 * The site crawl shared by crawl.e2e.ts (page checks, axe) and privacy.e2e.ts
 * (what the server answers): every page reachable by links from the entry
 * pages, for one visitor in one browser profile, with that profile's cookies.
 */

/** Pages no link leads to: where journeys start, and the not-found page. Each is opened in every language. */
export const ENTRY_PATHS = [
  "",
  "/login",
  "/kela-card",
  "/kela-card/apply",
  "/kela-card/orders",
  "/act-for",
  "/act-for/power-of-attorney",
  "/act-for/other-person",
  "/act-for/oral",
  "/act-for/cases",
  "/international",
  "/moving-abroad",
  "/secure-message",
  "/secure-message/use-omakela",
  "/secure-message/open",
  "/chat",
  "/accessibility",
  "/dev/mailbox",
  "/no-such-page",
];

/** Entry pages that answer with an error page on purpose (any other page must answer 200). */
export const EXPECTED_STATUS: Record<string, number> = {
  "/no-such-page": 404,
  // Without a token: the "link not valid" page (K-SECURE-1), 404.
  "/secure-message/open": 404,
};

export type Visitor = "anonymous" | "signed-in" | "acting-for";
export const VISITORS: Visitor[] = ["anonymous", "signed-in", "acting-for"];
export const MATTI = "150384-901U";
/** Aino Meikäläinen (200518A903P), Matti's child: the back end's id, the value of her choice on /act-for. */
export const AINO_ID = "p-aino";

/** Puts a fresh profile into the visitor's state: nobody, Matti, or Matti acting for Aino. */
export async function becomeVisitor(session: Session, visitor: Visitor, lang: Lang = "fi"): Promise<void> {
  if (visitor === "anonymous") return;
  await signIn(session, MATTI, lang);
  if (visitor === "signed-in") return;
  const { page } = session;
  await page.goto(`/${lang}/act-for`);
  await page.locator(`input[name="choice"][value="${AINO_ID}"]`).check();
  await press(session, page.locator("main form button[type=submit]", { hasText: proxyText[lang].index.submit }));
  if (!(await page.getByTestId("acting-for-banner").isVisible())) throw new Error("Choosing Aino on /act-for did not show the acting-for banner");
}

/** A same-origin page link worth following: under a language, not signing out, not a one-person capability (a mailed link's token). */
export function crawlable(url: URL): boolean {
  return (
    url.origin === new URL(baseUrl()).origin &&
    /^\/(fi|sv|en)(\/|$)/.test(url.pathname) &&
    !/^\/\w\w\/logout(\/|$)/.test(url.pathname) &&
    !url.searchParams.has("token")
  );
}

/** Every <a href> of an HTML text, resolved against the page's address, without fragments. */
export function linksIn(html: string, page: URL): URL[] {
  const links: URL[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
    const href = match[1]!.replace(/&amp;/g, "&");
    if (!href || href.startsWith("#")) continue;
    try {
      const url = new URL(href, page);
      url.hash = "";
      links.push(url);
    } catch {
      // not a URL (e.g. "javascript:"): nothing to follow
    }
  }
  return links;
}

/** One answer of the server to the crawl (each hop of a redirect chain is one). */
export type Exchange = { method: string; url: string; status: number; headers: [string, string][]; body: string };
export type FoundPage = { requested: string; url: URL; status: number; entry: boolean; html: string };

/**
 * GET with the profile's cookies, following redirects (at most ten) by hand
 * so that every hop and its Location is seen. Returns the last answer.
 */
export async function getFollowing(session: Session, path: string, onExchange?: (exchange: Exchange) => void): Promise<{ url: URL; response: APIResponse; body: string }> {
  let url = new URL(path, baseUrl());
  for (let hops = 0; ; hops += 1) {
    const response = await session.context.request.get(url.href, { maxRedirects: 0 });
    const body = await response.text();
    onExchange?.({ method: "GET", url: url.href, status: response.status(), headers: response.headersArray().map((h) => [h.name, h.value]), body });
    const location = response.headers().location;
    if (!location || response.status() < 300 || response.status() >= 400 || hops === 10) return { url, response, body };
    url = new URL(location, url);
  }
}

/**
 * Breadth first from the entry pages of every language: each path is fetched
 * once (the first link found to it, with its query); a redirect's target
 * counts as that page. Pages are found over HTTP with the browser profile's
 * cookies (cheap); checking them in the browser is the caller's.
 */
export async function discoverPages(session: Session, onExchange?: (exchange: Exchange) => void): Promise<FoundPage[]> {
  const queue: { href: string; entry: boolean }[] = LANGS.flatMap((lang) => ENTRY_PATHS.map((path) => ({ href: `/${lang}${path}`, entry: true })));
  const seen = new Set<string>();
  const found: FoundPage[] = [];
  while (queue.length) {
    const { href, entry } = queue.shift()!;
    const pathname = new URL(href, baseUrl()).pathname;
    if (seen.has(pathname)) continue;
    seen.add(pathname);
    const { url, response, body } = await getFollowing(session, href, onExchange);
    if (!crawlable(url) || (url.pathname !== pathname && seen.has(url.pathname))) continue;
    seen.add(url.pathname);
    found.push({ requested: href, url, status: response.status(), entry, html: body });
    for (const link of linksIn(body, url)) {
      if (crawlable(link) && !seen.has(link.pathname)) queue.push({ href: `${link.pathname}${link.search}`, entry: false });
    }
  }
  return found;
}

/** The status a found page must answer with. */
export function expectedStatus(page: FoundPage): number {
  if (!page.entry) return 200;
  return EXPECTED_STATUS[page.requested.replace(/^\/\w\w/, "")] ?? 200;
}

type Matcher = { route: BuiltRoute; regex: RegExp; params: string[]; score: number };

/** The route table of the build, as a matcher from a path to its page template. */
export type Template = { routeId: string; /** The route, with the values of its parameters other than the language. */ name: string };

export async function templateMatcher(): Promise<{ templateOf: (pathname: string) => Template; pageRoutes: BuiltRoute[] }> {
  const routes = await builtRoutes();
  // A layout ("routes/$lang") shares its path with its index route, which is the page.
  const isLayout = (r: BuiltRoute) => routes.some((o) => o.id === `${r.id}._index` && o.pattern === r.pattern);
  // Pages: every route under a language with a loader, except the language layout and signing out.
  const pageRoutes = routes.filter((r) => r.pattern.startsWith("/:lang") && r.hasLoader && !isLayout(r) && !r.pattern.endsWith("/logout"));
  const matchers: Matcher[] = pageRoutes.map((route) => {
    const params: string[] = [];
    let score = 0;
    const source = route.pattern
      .split("/")
      .filter(Boolean)
      .map((segment) => {
        if (segment === "*") return "(?:.*)";
        if (segment.startsWith(":")) {
          params.push(segment.slice(1));
          score += 2;
          return segment === ":lang" ? "(fi|sv|en)" : "([^/]+)";
        }
        score += 3;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    return { route, regex: new RegExp(`^/${source}/?$`), params, score };
  });
  matchers.sort((a, b) => b.score - a.score);
  const templateOf = (pathname: string): Template => {
    const hit = matchers.find((m) => m.regex.test(pathname));
    if (!hit) throw new Error(`No route of the build serves ${pathname}`);
    // A step of a journey (":step", ":flow") is a page of its own; the language is not.
    const values = hit.regex.exec(pathname)!.slice(1);
    const named = hit.params.map((name, i) => (name === "lang" ? "" : `${name}=${values[i]}`)).filter(Boolean);
    return { routeId: hit.route.id, name: [hit.route.id, ...named].join(" ") };
  };
  return { templateOf, pageRoutes };
}

