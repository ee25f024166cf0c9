import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HETU_IN_TEXT } from "~/domain/hetu";
import { createScratchDatabase } from "../../scripts/lib/postgres";
import { startBuiltServer } from "../../scripts/lib/server";
import { becomeVisitor, MATTI, templateMatcher, type Template } from "./crawl-helpers";
import { APP_NOW } from "./global-setup";
import { describeJsOnOff, mockAdmin, serverLog, type Lang } from "./harness";
import { applyForLostCard, chatOnPage, chatOverApi, fillPowerOfAttorney, sendDeclaration, sendSecureMessage } from "./flow-helpers";
import {
  backendFaultPage,
  crawlRecorded,
  header,
  headersAll,
  newRecording,
  portalOrigin,
  provokeErrors,
  recordBrowser,
  signInWithMalformedBackend,
  type Recorded,
  UNREAD,
} from "./privacy-helpers";

/**
 * Issue 8, item 6 "Privacy and headers": the main flows are gone through
 * (every page the crawl finds, for nobody, 150384-901U and him acting for
 * 200518A903P; a card application; a power of attorney typed with an
 * identity code; a secure message by email link; the chat) while every URL,
 * header, body, mail and log line is recorded. No identity code may be in a
 * URL, a header, a log line or a mail subject, nor in anything cache-able.
 */

/** Every fixture person's identity code (DESIGN.md, contract). */
const FIXTURE_HETUS = [
  "150384-901U", "021179-902M", "200518A903P", "090110A905C", "251111A9372", "261111A939S", "030321A9071", "011126A909J",
  "120775-9114", "280290-913B", "050695-9153", "150301A941P", "300935-9177", "140462-919W", "071240-9217", "190868-9231",
  "110250-925E", "231085-927R", "060677-929J", "170192-931J", "251258-933V", "040488-935N",
];
const EINO = "071240-9217";

/** Identity codes in a text: by the portal's own pattern, and every fixture code literally (in case the pattern misses one). */
function hetusIn(text: string): string[] {
  const found = new Set<string>(text.match(new RegExp(HETU_IN_TEXT.source, "gi")) ?? []);
  for (const hetu of FIXTURE_HETUS) if (text.toUpperCase().includes(hetu)) found.add(hetu);
  return [...found];
}
const decoded = (url: string) => {
  try {
    return `${url} ${decodeURIComponent(url)}`;
  } catch {
    return url;
  }
};

/** A time of the fixture day of the suite's own: its sign-ins and links do not share a rate-limit window with other suites. */
const SUITE_TIME = "2026-11-25T14:00:00+02:00";
const recording = newRecording();
let templateOf: (pathname: string) => Template;
const ran = { crawled: 0, secureMessages: [] as string[], cardOrders: 0, cases: 0, chatPage: 0, chatApi: [] as string[], errors: 0 };

type Received = { body: Record<string, unknown> };
const received = async (kind: string) => (await mockAdmin<{ received: Received[] }>(`received?kind=${kind}`)).received;

beforeAll(async () => {
  ({ templateOf } = await templateMatcher());
  await mockAdmin("clock", { set: SUITE_TIME });
});
afterAll(async () => {
  await mockAdmin("clock", { set: APP_NOW });
});

it("the identity-code pattern finds every fixture person's code (else the checks below could not fail)", () => {
  for (const hetu of FIXTURE_HETUS) expect(new RegExp(HETU_IN_TEXT.source, "gi").test(`x ${hetu} x`), hetu).toBe(true);
});

describeJsOnOff("privacy: the main flows, recorded", (session) => {
  beforeAll(() => recordBrowser(session(), recording));

  it("nobody: every page the crawl finds; error answers; a secure message by email link, the subject with an identity code refused, the message with it sent", { timeout: 90_000 }, async () => {
    const s = session();
    ran.crawled += await crawlRecorded(s, recording, templateOf);
    const lang: Lang = s.js ? "sv" : "en";
    await s.page.goto(`/${lang}`);
    expect(await provokeErrors(s.page, lang)).toEqual([403, 405, 400, 404]);
    // The back end fails the person search during sign-in: a localised 503 page.
    expect(await signInWithMalformedBackend(s, lang, MATTI)).toBe(503);
    ran.errors += 1;
    const reference = await sendSecureMessage(s, lang, `privacy-${s.js ? "js" : "nojs"}@example.com`, MATTI);
    expect(reference).toMatch(/^KV-\d{8}-\w{6}$/);
    const delivered = async () => (await received("secure-messages")).filter((m) => m.body.reference === reference).length;
    await expect.poll(delivered, { timeout: 15_000 }).toBe(1);
    ran.secureMessages.push(reference);
  });

  it(`${MATTI}: every page; a card application (his code in the explanation refused); a power of attorney for ${EINO}; the chat page and POST /api/chat with his code`, { timeout: 90_000 }, async () => {
    const s = session();
    const lang: Lang = s.js ? "fi" : "sv";
    await becomeVisitor(s, "signed-in", lang);
    ran.crawled += await crawlRecorded(s, recording, templateOf);
    expect(await backendFaultPage(s.page, lang), "the cards page while the back end fails").toBe(503);
    ran.errors += 1;

    const orders = (await received("card-orders")).length;
    await applyForLostCard(s, lang, MATTI);
    await expect.poll(async () => (await received("card-orders")).length, { timeout: 15_000 }).toBeGreaterThan(orders);
    ran.cardOrders += 1;

    const cases = (await received("cases")).length;
    await fillPowerOfAttorney(s, lang, EINO);
    expect(await s.page.locator("main").textContent(), "the check page shows the typed code (so a body with a code is recorded)").toContain(EINO);
    await sendDeclaration(s, lang);
    await expect.poll(async () => (await received("cases")).length, { timeout: 15_000 }).toBeGreaterThan(cases);
    ran.cases += 1;

    const page = await chatOnPage(s, lang, `hetuni on ${MATTI} ja kortti katosi`);
    expect(page).toContain("[HETU]");
    expect(page).not.toContain(MATTI);
    ran.chatPage += 1;
    const api = await chatOverApi(s.page, `Minun henkilötunnukseni on ${MATTI}, miten tilaan uuden kortin?`);
    expect(api.status).toBe(200);
    expect(hetusIn(api.body), "POST /api/chat never echoes an identity code").toEqual([]);
    ran.chatApi.push(api.body);
  });

  it(`${MATTI} acting for 200518A903P: every page`, { timeout: 90_000 }, async () => {
    const s = session();
    await s.context.clearCookies();
    await becomeVisitor(s, "acting-for", "en");
    ran.crawled += await crawlRecorded(s, recording, templateOf);
  });
});

describe("what the recording shows", () => {
  let responses: Recorded[];
  let portal: Recorded[];
  const isHtml = (r: Recorded) => (header(r, "content-type") ?? "").startsWith("text/html");
  const isJson = (r: Recorded) => (header(r, "content-type") ?? "").startsWith("application/json");
  const isData = (r: Recorded) => new URL(r.url).searchParams.has("_data");
  /** Remix's route manifest (lazy route discovery): the app's routes for the paths of links, the same for everyone. */
  const isManifest = (r: Recorded) => new URL(r.url).pathname === "/__manifest";
  const where = (r: Recorded) => `${r.method} ${r.url} (${r.status}, ${r.via})`;

  beforeAll(async () => {
    await Promise.all(recording.pending);
    responses = recording.responses;
    portal = responses.filter((r) => new URL(r.url).origin === portalOrigin());
  });

  it("the flows ran and the recording holds them: pages, data, assets, redirects, and bodies with identity codes in them", () => {
    expect(ran.crawled, "pages crawled (3 visitors × 2 modes)").toBeGreaterThan(6 * 40);
    expect(ran.secureMessages).toHaveLength(2);
    expect(ran.cardOrders).toBe(2);
    expect(ran.cases).toBe(2);
    expect(ran.chatPage).toBe(2);
    expect(ran.chatApi).toHaveLength(2);
    expect(ran.errors).toBe(4);
    for (const status of [400, 403, 404, 405, 503]) expect(responses.some((r) => r.status === status), `a ${status} answer`).toBe(true);
    expect(responses.filter((r) => r.status >= 500 && r.status !== 503).map(where), "server errors").toEqual([]);
    expect(responses.filter((r) => r.via === "browser" && isHtml(r)).length).toBeGreaterThan(20);
    expect(responses.filter((r) => r.via === "browser" && isData(r)).length, "client-side navigation data requests (JS on)").toBeGreaterThan(5);
    expect(responses.filter((r) => r.resourceType === "script").length).toBeGreaterThan(0);
    expect(responses.filter((r) => header(r, "location") || header(r, "x-remix-redirect")).length).toBeGreaterThan(20);
    expect(recording.urls.some((u) => new URL(u.url).pathname.startsWith("/oidc/")), "sign-in through the OpenID provider").toBe(true);
    // The body checks below see codes where they are rightly shown: the test identification lists
    // them; the check page shows the code typed, in HTML (JS off) and in its loader data (JS on).
    expect(responses.some((r) => isHtml(r) && r.body.includes(MATTI))).toBe(true);
    expect(responses.some((r) => isHtml(r) && r.body.includes(EINO))).toBe(true);
    expect(responses.some((r) => isJson(r) && r.body.includes(EINO))).toBe(true);
    // Every page and data body was read (the browser can lose one it has moved on from).
    const unread = responses.filter((r) => r.body === UNREAD && !isManifest(r) && (isHtml(r) || isJson(r) || isData(r)));
    expect(unread.map(where)).toEqual([]);
    const withCodes = responses.filter((r) => hetusIn(r.body).length);
    console.info(
      `privacy: ${responses.length} responses (${responses.filter((r) => r.via === "browser").length} in the browser), ${recording.urls.length} URLs,`,
      `${withCodes.length} bodies with identity codes:`,
      [...new Set(withCodes.map((r) => `${new URL(r.url).pathname}${new URL(r.url).searchParams.has("_data") ? " (data)" : ""}`))].join(", "),
    );
  });

  it("no identity code in any URL, redirect target or other header, either way", () => {
    const inUrls = recording.urls.filter((u) => hetusIn(decoded(u.url)).length).map((u) => `${u.via}: ${u.url}`);
    expect(inUrls).toEqual([]);
    const inResponseHeaders = responses.flatMap((r) => r.headers.filter(([, v]) => hetusIn(decoded(v)).length).map(([n, v]) => `${where(r)} ${n}: ${v}`));
    expect(inResponseHeaders).toEqual([]);
    const inRequestHeaders = recording.requestHeaders.filter((h) => hetusIn(decoded(h.header)).length).map((h) => `${h.url} ${h.header}`);
    expect(inRequestHeaders).toEqual([]);
    expect(recording.urls.length).toBeGreaterThan(500);
  });

  it("no identity code in any line of the server log", () => {
    const lines = serverLog().split("\n").filter(Boolean);
    // The log has what the flows did (so it is the right log, and it was written).
    const events = ["secure_message.sent", "chat.turn", "auth.signed_in", "kela_api.invalid_response", "kela_api.error"];
    for (const event of [...events.map((e) => `"event":"${e}"`), '"path":"/api/chat"']) {
      expect(lines.some((line) => line.includes(event)), event).toBe(true);
    }
    expect(lines.filter((line) => hetusIn(line).length)).toEqual([]);
    // Redaction is the logger's last line of defence, never the way a code is kept out (CONVENTIONS.md).
    expect(lines.filter((line) => line.includes("[HETU]"))).toEqual([]);
  });

  it("no identity code in a mail subject (nor in a mail's text)", async () => {
    const { mails } = await mockAdmin<{ mails: { to: string[]; subject: string; text: string }[] }>("mail");
    expect(mails.filter((m) => m.to.some((to) => to.startsWith("privacy-")))).toHaveLength(2);
    expect(mails.filter((m) => hetusIn(m.subject).length).map((m) => m.subject)).toEqual([]);
    expect(mails.filter((m) => hetusIn(m.text).length).map((m) => m.subject)).toEqual([]);
  });

  it("a response with an identity code is never cache-able; no page and no data response is", () => {
    const noStore = (r: Recorded) => /(^|,)\s*no-store\s*(,|$)/i.test(header(r, "cache-control") ?? "");
    const withCode = responses.filter((r) => hetusIn(r.body).length);
    expect(withCode.length).toBeGreaterThan(0);
    expect(withCode.filter((r) => !noStore(r)).map((r) => `${where(r)}: ${hetusIn(r.body).join(", ")}`)).toEqual([]);
    expect(portal.filter((r) => (isHtml(r) || isJson(r) || isData(r)) && !isManifest(r) && !noStore(r)).map(where)).toEqual([]);
  });

  it("every page has a CSP with a nonce on each script and no 'unsafe-inline' scripts, frame-ancestors 'none'; every answer nosniff and a Referrer-Policy", () => {
    const problems: string[] = [];
    const pages = portal.filter(isHtml);
    expect(pages.length).toBeGreaterThan(100);
    for (const r of portal) {
      const csp = header(r, "content-security-policy") ?? "";
      const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      const scriptSrc = directives.get("script-src") ?? directives.get("default-src") ?? [];
      if (!csp) problems.push(`${where(r)}: no CSP`);
      if (scriptSrc.includes("'unsafe-inline'") || !scriptSrc.length) problems.push(`${where(r)}: script-src ${scriptSrc.join(" ") || "missing"}`);
      if (directives.get("frame-ancestors")?.join(" ") !== "'none'") problems.push(`${where(r)}: frame-ancestors`);
      if (header(r, "x-content-type-options") !== "nosniff") problems.push(`${where(r)}: X-Content-Type-Options`);
      if (!/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(header(r, "referrer-policy") ?? "")) problems.push(`${where(r)}: Referrer-Policy ${header(r, "referrer-policy")}`);
      if (!isHtml(r) || r.body === UNREAD) continue;
      const nonce = scriptSrc.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
      const scripts = r.body.match(/<script\b[^>]*>/g) ?? [];
      if (!new URL(r.url).pathname.startsWith("/oidc/") && !nonce) problems.push(`${where(r)}: a page without a nonce`);
      if (scripts.some((tag) => !nonce || !tag.includes(`nonce="${nonce}"`))) problems.push(`${where(r)}: a script without the nonce`);
    }
    expect(pages.filter((r) => /<script\b/.test(r.body)).length, "pages with scripts were checked").toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it("the session cookie is __Host- prefixed, Secure, HttpOnly, SameSite=Lax (production mode); every other cookie is HttpOnly and SameSite", () => {
    const cookies = portal.flatMap((r) => headersAll(r, "set-cookie").flatMap((v) => v.split("\n")).map((cookie) => ({ cookie, at: where(r), r })));
    const attributesOf = (cookie: string) => cookie.split(";").slice(1).map((a) => a.trim().toLowerCase());
    const session = cookies.filter((c) => /^__Host-kela_sid=/.test(c.cookie));
    expect(session.length).toBeGreaterThan(0);
    for (const { cookie, at } of session) {
      expect(attributesOf(cookie), at).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
      expect(attributesOf(cookie).some((a) => a.startsWith("domain=")), at).toBe(false);
    }
    expect(cookies.filter((c) => /^kela_sid=/.test(c.cookie)).map((c) => c.at), "the session cookie without its prefix").toEqual([]);
    // The portal's own cookies (a deletion aside) are Secure as well. The local OpenID provider (mock mode
    // only; in production the real provider's cookies are its own) marks its cookies Secure when it is
    // reached over HTTPS, which the tests' plain-HTTP server is not.
    const weak = cookies.filter(({ cookie, r }) => {
      const attributes = attributesOf(cookie);
      const deletion = attributes.includes("max-age=0") || /^[^=]+=;/.test(cookie);
      const secureNeeded = !new URL(r.url).pathname.startsWith("/oidc/") && !deletion;
      return !attributes.includes("httponly") || !attributes.some((a) => a.startsWith("samesite=")) || (secureNeeded && !attributes.includes("secure"));
    });
    expect(weak.map((c) => `${c.at}: ${c.cookie}`)).toEqual([]);
  });
});

/**
 * A limit as the code states it (the modules' own constants), so that the
 * test counts exactly to it. The suite's server runs with RATE_LIMIT_MULTIPLIER=1.
 */
function limitInCode(file: string, name: string): number {
  const match = new RegExp(`\\b${name}\\s*=\\s*(\\d+)`).exec(readFileSync(resolve(file), "utf8"));
  if (!match) throw new Error(`${name} not found in ${file}`);
  return Number(match[1]);
}

describe("rate limits (a server of its own, every limit at its real value)", () => {
  let base: string;
  let logFile: string;
  let stop: () => Promise<void>;
  let database: Awaited<ReturnType<typeof createScratchDatabase>> | null = null;
  beforeAll(async () => {
    // On PostgreSQL (npm test's PostgreSQL stage) a database of its own: its counters start at zero.
    database = process.env.TEST_DATABASE_URL ? await createScratchDatabase(process.env.TEST_DATABASE_URL, "e2e") : null;
    const server = await startBuiltServer({
      logFile: resolve("tests/e2e/.artifacts/privacy-rate-limits.log"),
      env: { RATE_LIMIT_MULTIPLIER: "1", CHAT_RATE_LIMIT_PER_MINUTE: "30", ...(database ? { DATABASE_URL: database.url } : {}) },
    });
    ({ baseUrl: base, logFile, stop } = server);
  });
  afterAll(async () => {
    await stop?.();
    await database?.drop();
  });

  /** A fresh cookie and CSRF token, as a browser gets them from a page. */
  async function pageSession(path: string): Promise<{ cookie: string; csrf: string }> {
    const response = await fetch(`${base}${path}`);
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const csrf = /name="csrf" value="([^"]+)"/.exec(await response.text())?.[1];
    if (!cookie || !csrf) throw new Error(`No session from ${path}`);
    return { cookie, csrf };
  }
  const postForm = (path: string, who: { cookie: string; csrf: string }, fields: Record<string, string>) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: who.cookie, origin: base },
      body: new URLSearchParams({ csrf: who.csrf, ...fields }).toString(),
      redirect: "manual",
    });
  /** The start of a fresh window (the app clock of this server), so that a burst never straddles two. */
  const freshWindow = (at: string) =>
    fetch(`${base}/mock-admin/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ set: at }) });

  /** Sends until refused; returns how many were let through, and the refusal. */
  async function untilRefused(send: () => Promise<Response>, limit: number): Promise<{ allowed: number; refusal: Response }> {
    for (let attempt = 1; attempt <= limit + 5; attempt += 1) {
      const response = await send();
      if (response.status === 429) return { allowed: attempt - 1, refusal: response };
      expect(response.status, `attempt ${attempt}`).toBeLessThan(500);
      await response.arrayBuffer();
    }
    throw new Error(`No 429 after ${limit + 5} attempts`);
  }

  it("POST /{lang}/login: after its limit per client and minute, 429 with a localised page", async () => {
    const limit = limitInCode("app/services/login.server.ts", "LOGIN_ATTEMPTS_PER_MINUTE");
    await freshWindow("2026-11-25T15:00:00+02:00");
    const who = await pageSession("/sv/login");
    const { allowed, refusal } = await untilRefused(() => postForm("/sv/login", who, { hetu: MATTI }), limit);
    expect(allowed).toBe(limit);
    expect(refusal.headers.get("content-type")).toContain("text/html");
    expect(refusal.headers.get("cache-control")).toBe("no-store");
    const html = await refusal.text();
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain('class="error-summary');
  });

  it("the email-link request: after its limit per client and hour, 429 with a localised page", async () => {
    const limit = limitInCode("app/services/secure-message.server.ts", "LINKS_PER_CLIENT_PER_HOUR");
    await freshWindow("2026-11-25T16:00:00+02:00");
    const who = await pageSession("/en/secure-message");
    expect((await postForm("/en/secure-message?index", who, { audience: "abroadWithoutOmaKela" })).headers.get("location")).toBe("/en/secure-message/method");
    expect((await postForm("/en/secure-message/method", who, { method: "email" })).headers.get("location")).toBe("/en/secure-message/email");
    const { allowed, refusal } = await untilRefused(() => postForm("/en/secure-message/email", who, { email: "limits@example.com" }), limit);
    expect(allowed).toBe(limit);
    const html = await refusal.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('class="error-summary');
  });

  it("POST /api/chat: after its limit per client and minute, a JSON 429 with Retry-After", async () => {
    const limit = 30; // CHAT_RATE_LIMIT_PER_MINUTE, as this server was started
    await freshWindow("2026-11-25T17:00:00+02:00");
    const ask = () => fetch(`${base}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Kauanko uuden kortin saaminen kestää?" }) });
    const { allowed, refusal } = await untilRefused(ask, limit);
    expect(allowed).toBe(limit);
    expect(await refusal.json()).toEqual({ error: "rate_limited" });
    expect(Number(refusal.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("this server's log has no identity code either (the sign-ins sent one in every form)", () => {
    const log = readFileSync(logFile, "utf8");
    expect(log).toContain('"path":"/sv/login"');
    expect(log.split("\n").filter((line) => hetusIn(line).length)).toEqual([]);
  });
});
