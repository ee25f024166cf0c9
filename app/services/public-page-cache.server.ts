import type { EntryContext } from "@remix-run/node";
import { getEnv } from "~/env.server";
import { isLang } from "~/i18n/languages";
import { log } from "./logger.server";
import { documentCsp, newNonce } from "./security-headers.server";
import { getSessionOfCookie } from "./session.server";

/**
 * Public pages rendered once, not once per visitor (issue 12, ADR 012).
 *
 * An anonymous visitor's front page is the same page for everyone but for two
 * values: the CSP nonce of the response and the CSRF token of the visitor's
 * cookie. A page whose route says so (`handle: { publicPage: true }`), rendered
 * for a visitor who is not signed in, acts for nobody and has no notice, is kept
 * for a few seconds with those two values replaced by markers; the next
 * anonymous visitor gets it with a fresh nonce and their own token put back,
 * without route matching, loaders or React. Anything that depends on the
 * person, a form's errors or the clock never gets here: only GET, only status
 * 200, only pages that opt in and read nothing of the session but "signed in?".
 *
 * Each instance keeps its own copy (a restart or a deploy starts empty).
 */

export type PublicPageHandle = { publicPage?: boolean };

type Entry = { html: string; status: number; headers: [string, string][]; expires: number };

/** Long enough to absorb a rush, short enough that a changed text shows at once. */
const TTL_MS = 10_000;
/** Pages × languages × the few query strings a public page has; the oldest goes first. */
const MAX_ENTRIES = 200;
const NONCE_MARK = "\u0000kela-nonce\u0000";
const CSRF_MARK = "\u0000kela-csrf\u0000";
/** Headers made again for each response, never copied from the kept one. */
const PER_RESPONSE = new Set(["set-cookie", "content-security-policy", "content-length", "date"]);

const pages = new Map<string, Entry>();

/** Off while developing (pages change with every edit) and with PUBLIC_PAGE_CACHE=off. */
function enabled(): boolean {
  return getEnv().NODE_ENV !== "development" && process.env.PUBLIC_PAGE_CACHE !== "off";
}

/** The key of a document request that may be kept: a page under /fi, /sv or /en. */
function keyOf(pathname: string, search: string): string | null {
  const lang = pathname.split("/")[1];
  if (!lang || !isLang(lang)) return null;
  // Remix's data requests (?_data=…) are JSON, not pages.
  if (search.includes("_data")) return null;
  return pathname + search;
}

export type KeptPage = { status: number; headers: [string, string][]; body: string };

/**
 * The kept page for this request, made out for its visitor, or null (render it).
 * Runs inside the request's scope: on a miss the session read here is the one
 * the loaders use.
 */
export async function keptPublicPage(request: { method: string; pathname: string; search: string; cookie: string | undefined }): Promise<KeptPage | null> {
  if (request.method !== "GET" || !enabled()) return null;
  const key = keyOf(request.pathname, request.search);
  if (!key) return null;
  const entry = pages.get(key);
  if (!entry) return null;
  if (entry.expires <= Date.now()) {
    pages.delete(key);
    return null;
  }
  // A visitor without a cookie gets one from the root loader: render.
  const session = await getSessionOfCookie(request.cookie ?? null);
  if (!session.id || !session.csrfToken || !isAnonymous(session.data)) return null;
  const nonce = newNonce();
  const body = entry.html.replaceAll(NONCE_MARK, nonce).replaceAll(CSRF_MARK, session.csrfToken);
  return { status: entry.status, headers: [...entry.headers, ["Content-Security-Policy", documentCsp(nonce)]], body };
}

function isAnonymous(data: { user?: unknown; actingFor?: unknown; notice?: unknown }): boolean {
  return !data.user && !data.actingFor && !data.notice;
}

/**
 * Called by entry.server with every page it rendered: keeps it if the route
 * opts in and the visitor was anonymous. `nonce` is the one in the page; the
 * CSRF token is the root loader's.
 */
export function keepPublicPage(args: {
  request: Request;
  context: EntryContext;
  status: number;
  headers: Headers;
  html: string;
  nonce: string;
}): void {
  const { request, context, status, headers, html, nonce } = args;
  if (request.method !== "GET" || status !== 200 || !enabled()) return;
  const url = new URL(request.url);
  const key = keyOf(url.pathname, url.search);
  if (!key) return;
  const { matches, loaderData, actionData, errors } = context.staticHandlerContext;
  if (actionData || errors) return;
  const leaf = matches[matches.length - 1];
  const handle = leaf ? (context.routeModules[leaf.route.id]?.handle as PublicPageHandle | undefined) : undefined;
  if (!handle?.publicPage) return;
  const root = loaderData.root as { user?: unknown; actingFor?: unknown; notice?: unknown; csrfToken?: unknown } | undefined;
  if (!root || !isAnonymous(root) || typeof root.csrfToken !== "string") return;
  const csrfToken = root.csrfToken;
  // Both values are long random strings: nowhere else in a page by chance.
  if (nonce.length < 16 || csrfToken.length < 32) return;
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (!PER_RESPONSE.has(name.toLowerCase())) kept.push([name, value]);
  });
  // Kept again: it moves to the end; full: the oldest goes.
  pages.delete(key);
  if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value!);
  pages.set(key, {
    html: html.replaceAll(nonce, NONCE_MARK).replaceAll(csrfToken, CSRF_MARK),
    status,
    headers: kept,
    expires: Date.now() + TTL_MS,
  });
  log.debug("public_page.kept", { path: url.pathname });
}

/** For tests: forget every kept page. */
export function forgetPublicPages(): void {
  pages.clear();
}
