import type { EntryContext } from "@remix-run/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as frontPage from "~/routes/$lang._index";
import * as chatPage from "~/routes/$lang.chat";
import { loader as rootLoader } from "~/root";
import { anonymousVisitor, get, run, signedInVisitor, type Visitor } from "../../tests/helpers/http";
import { forgetPublicPages, keepPublicPage, keptPublicPage } from "./public-page-cache.server";
import { runInRequestScope } from "./request-scope.server";
import { newNonce } from "./security-headers.server";
import { updateSession, getSession } from "./session.server";

/** What entry.server hands over after rendering `path` for `visitor`: the loaders' real data. */
async function rendered(path: string, visitor: Visitor, leaf: { id: string; module: unknown } = { id: "routes/$lang._index", module: frontPage }) {
  const request = get(path, visitor);
  const root = await (await run(rootLoader, request)).json();
  const nonce = newNonce();
  const html = `<html><script nonce="${nonce}">window.__remixContext = {"root":{"csrfToken":"${root.csrfToken}"}}</script><input name="csrf" value="${root.csrfToken}"><script nonce="${nonce}"></script></html>`;
  const context = {
    staticHandlerContext: { matches: [{ route: { id: "root" } }, { route: { id: leaf.id } }], loaderData: { root }, actionData: null, errors: null },
    routeModules: { root: {}, [leaf.id]: leaf.module },
  } as unknown as EntryContext;
  return { request, context, html, nonce, csrf: root.csrfToken as string };
}

async function keep(path: string, visitor: Visitor, leaf?: { id: string; module: unknown }) {
  const page = await rendered(path, visitor, leaf);
  keepPublicPage({ request: page.request, context: page.context, status: 200, headers: new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }), html: page.html, nonce: page.nonce });
  return page;
}

const ask = (path: string, visitor?: Visitor) => {
  const [pathname, search = ""] = path.split("?");
  return runInRequestScope(() => keptPublicPage({ method: "GET", pathname: pathname!, search: search ? `?${search}` : "", cookie: visitor?.cookie }));
};

const noncesIn = (html: string) => [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);

afterEach(() => {
  forgetPublicPages();
  vi.useRealTimers();
});

describe("public pages kept for anonymous visitors (issue 12)", () => {
  it("another anonymous visitor gets the kept page with a new nonce, in the CSP too, and their own CSRF token", async () => {
    const first = await anonymousVisitor();
    const kept = await keep("/fi", first);
    const second = await anonymousVisitor();
    const page = await ask("/fi", second);
    expect(page).not.toBeNull();
    expect(page!.body).not.toContain(kept.csrf);
    expect(page!.body).toContain(second.csrf);
    expect(page!.body.split(second.csrf)).toHaveLength(3);
    const nonces = noncesIn(page!.body);
    expect(nonces).toHaveLength(2);
    expect(new Set(nonces).size).toBe(1);
    expect(nonces[0]).not.toBe(kept.nonce);
    const csp = page!.headers.find(([name]) => name === "Content-Security-Policy")?.[1];
    expect(csp).toContain(`'nonce-${nonces[0]}'`);
    expect(page!.headers.map(([name]) => name.toLowerCase())).not.toContain("set-cookie");
    // Every visit a new nonce.
    expect(noncesIn((await ask("/fi", second))!.body)[0]).not.toBe(nonces[0]);
  });

  it("is never kept for, nor served to, a signed-in visitor or one with a notice", async () => {
    const matti = await signedInVisitor("150384-901U");
    await keep("/fi", matti);
    expect(await ask("/fi", await anonymousVisitor())).toBeNull();

    await keep("/fi", await anonymousVisitor());
    expect(await ask("/fi", matti)).toBeNull();
    const noticed = await anonymousVisitor();
    await runInRequestScope(async () => {
      const session = await getSession(get("/fi", noticed));
      await updateSession(session, { notice: { kind: "idle-timeout", at: new Date().toISOString() } });
    });
    expect(await ask("/fi", noticed)).toBeNull();
    // A visitor without a cookie gets one from the root loader: the page is rendered.
    expect(await ask("/fi")).toBeNull();
    expect(await ask("/fi", await anonymousVisitor())).not.toBeNull();
  });

  it("only pages that opt in, per path and query, never data requests, for ten seconds", async () => {
    const visitor = await anonymousVisitor();
    await keep("/fi/chat", visitor, { id: "routes/$lang.chat", module: chatPage });
    expect(await ask("/fi/chat", visitor)).toBeNull();

    vi.useFakeTimers({ toFake: ["Date"] });
    await keep("/sv?signedOut", visitor);
    expect(await ask("/sv", visitor)).toBeNull();
    expect(await ask("/fi?signedOut", visitor)).toBeNull();
    expect(await ask("/sv?signedOut", visitor)).not.toBeNull();
    expect(await ask("/sv?signedOut&_data=root", visitor)).toBeNull();
    vi.advanceTimersByTime(10_001);
    expect(await ask("/sv?signedOut", visitor)).toBeNull();
  });

  it("keeps nothing from a form's answer or an error page", async () => {
    const visitor = await anonymousVisitor();
    const page = await rendered("/en", visitor);
    const headers = new Headers();
    const withAction = { ...page.context, staticHandlerContext: { ...page.context.staticHandlerContext, actionData: { x: {} } } } as EntryContext;
    keepPublicPage({ request: page.request, context: withAction, status: 200, headers, html: page.html, nonce: page.nonce });
    keepPublicPage({ request: page.request, context: page.context, status: 404, headers, html: page.html, nonce: page.nonce });
    expect(await ask("/en", visitor)).toBeNull();
  });
});
