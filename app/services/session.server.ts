import { createHash, createHmac, randomBytes } from "node:crypto";
import { redirect } from "@remix-run/node";
import type { Lang } from "~/i18n/languages";
import { getEnv } from "~/env.server";
import { MINUTE, now } from "./clock.server";
import { getDb } from "./db.server";
import { forgetInRequest, oncePerRequest, rememberInRequest } from "./request-scope.server";

/** Signed out after this long without a request (the issue and Suomi.fi practice). */
export const IDLE_TIMEOUT_MS = 30 * MINUTE;
/** Signed out after this long in any case. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * MINUTE;
/** How long the "you were signed out" notice is shown after the timeout is noticed. */
const NOTICE_MS = 10 * MINUTE;
/** last_seen_at is written at most this often per session (the idle timeout is 30 minutes). */
const LAST_SEEN_PRECISION_MS = MINUTE;

export type AuthMethod = "test" | "eidas" | "oidc";

export type SessionUser = {
  /** The back end's opaque person id; never an identity code. */
  personId: string;
  name: string | null;
  method: AuthMethod;
  eidasCountry?: "EE" | "ES" | "IT";
  authenticatedAt: string;
};

export type SessionData = {
  user?: SessionUser;
  /** Set by "act for" (C-AUTH-*): whom the signed-in person now acts for. */
  actingFor?: { personId: string; name: string | null; basis: string };
  notice?: { kind: "idle-timeout"; at: string };
  /** An OpenID Connect sign-in under way (state, nonce, PKCE verifier). */
  oidc?: unknown;
  [key: string]: unknown;
};

export type Session = {
  /** The random id from the cookie (null when the request had none). */
  id: string | null;
  data: SessionData;
  /** Derived from the id (csrfTokenOf); null without a cookie. */
  csrfToken: string | null;
  /** Whether the database has a row for it: only once there is something to keep. */
  stored: boolean;
};

export function cookieName(): string {
  return getEnv().cookieSecure ? "__Host-kela_sid" : "kela_sid";
}

const hash = (id: string) => createHash("sha256").update(id).digest("base64url");
const randomToken = () => randomBytes(32).toString("base64url");
const scopeKey = (id: string) => `session:${hash(id)}`;

function readCookieId(request: Request): string | null {
  return cookieIdOf(request.headers.get("cookie"));
}

function cookieIdOf(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === cookieName()) {
      const value = rest.join("=");
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function sessionCookie(id: string): string {
  const env = getEnv();
  return [
    `${cookieName()}=${id}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    env.cookieSecure ? "Secure" : "",
  ]
    .filter(Boolean)
    .join("; ");
}

export function clearedSessionCookie(): string {
  return `${sessionCookie("")}; Max-Age=0`;
}

/**
 * The key that CSRF tokens are made with: one per installation, made by the
 * first instance that needs it and kept in the database, so that every
 * instance behind the load balancer accepts every other's tokens.
 */
let csrfKey: Promise<Buffer> | undefined;
function csrfKeyOnce(): Promise<Buffer> {
  csrfKey ??= (async () => {
    const db = await getDb();
    await db
      .insertInto("app_secrets")
      .values({ name: "csrf", value: randomBytes(32).toString("base64url"), created_at: now() })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    const row = await db.selectFrom("app_secrets").select("value").where("name", "=", "csrf").executeTakeFirstOrThrow();
    return Buffer.from(row.value, "base64url");
  })().catch((error: unknown) => {
    csrfKey = undefined;
    throw error;
  });
  return csrfKey;
}

/**
 * The CSRF token of a session: an HMAC of its cookie id. Only a page of this
 * origin can show it (the cookie is HttpOnly; other sites can neither read it
 * nor compute the token), and it needs no row: an anonymous visitor's forms
 * work without the database having written anything.
 */
export async function csrfTokenOf(id: string): Promise<string> {
  return createHmac("sha256", await csrfKeyOnce()).update(id).digest("base64url");
}

/**
 * The session of a request, read from the database once per request. An idle
 * or too old signed-in session is turned into an anonymous one that carries
 * the "you were signed out" notice; nothing of the user's survives in it.
 */
export function getSession(request: Request): Promise<Session> {
  return getSessionOfCookie(request.headers.get("cookie"));
}

/** getSession from the request's Cookie header alone (the HTTP server's kept public pages). */
export async function getSessionOfCookie(cookieHeader: string | null): Promise<Session> {
  const id = cookieIdOf(cookieHeader);
  if (!id) return { id: null, data: {}, csrfToken: null, stored: false };
  return oncePerRequest(scopeKey(id), () => readSession(id));
}

async function readSession(id: string): Promise<Session> {
  const db = await getDb();
  const [row, csrfToken] = await Promise.all([
    db.selectFrom("sessions").select(["data", "last_seen_at"]).where("id_hash", "=", hash(id)).executeTakeFirst(),
    csrfTokenOf(id),
  ]);
  if (!row) return { id, data: {}, csrfToken, stored: false };
  const at = now();
  let data = row.data as SessionData;
  const idle = at.getTime() - row.last_seen_at.getTime() > IDLE_TIMEOUT_MS;
  const tooOld = data.user && at.getTime() - Date.parse(data.user.authenticatedAt) > ABSOLUTE_TIMEOUT_MS;
  if (data.user && (idle || tooOld)) {
    data = { notice: { kind: "idle-timeout", at: at.toISOString() } };
    await db.updateTable("sessions").set({ data: JSON.stringify(data), person_id: null, last_seen_at: at }).where("id_hash", "=", hash(id)).execute();
    return { id, data, csrfToken, stored: true };
  }
  if (data.notice && at.getTime() - Date.parse(data.notice.at) > NOTICE_MS) {
    data = { ...data, notice: undefined };
  }
  // The idle clock needs the last request only roughly: at most one write a minute per session.
  if (at.getTime() - row.last_seen_at.getTime() > LAST_SEEN_PRECISION_MS) {
    await db.updateTable("sessions").set({ last_seen_at: at }).where("id_hash", "=", hash(id)).execute();
  }
  return { id, data, csrfToken, stored: true };
}

/**
 * The session of a page view, with a cookie for a visitor who has none
 * (every form needs its CSRF token). Nothing is written: the row comes with
 * the first thing worth keeping (updateSession, signIn). Returns the
 * Set-Cookie header to send when the cookie is new.
 */
export async function ensureSession(request: Request): Promise<{ session: Session; setCookie?: string }> {
  const session = await getSession(request);
  if (session.id) return { session };
  const id = randomToken();
  return { session: { id, data: {}, csrfToken: await csrfTokenOf(id), stored: false }, setCookie: sessionCookie(id) };
}

/** Saves changed session data (e.g. whom the user acts for); the row is made if there is none yet. */
export async function updateSession(session: Session, data: SessionData): Promise<void> {
  if (!session.id) throw new Error("No session to update");
  const db = await getDb();
  const at = now();
  const values = { data: JSON.stringify(data), person_id: data.user?.personId ?? null, last_seen_at: at };
  await db
    .insertInto("sessions")
    .values({ id_hash: hash(session.id), created_at: at, ...values })
    .onConflict((oc) => oc.column("id_hash").doUpdateSet(values))
    .execute();
  rememberInRequest(scopeKey(session.id), { ...session, data, stored: true });
}

/**
 * Signs a person in: a new session id (no fixation, and so a new CSRF token),
 * the old row deleted. Returns the Set-Cookie header.
 */
export async function signIn(request: Request, user: Omit<SessionUser, "authenticatedAt">): Promise<string> {
  const previous = readCookieId(request);
  const db = await getDb();
  if (previous) {
    await db.deleteFrom("sessions").where("id_hash", "=", hash(previous)).execute();
    forgetInRequest(scopeKey(previous));
  }
  const id = randomToken();
  const at = now();
  const data: SessionData = { user: { ...user, authenticatedAt: at.toISOString() } };
  await db
    .insertInto("sessions")
    .values({ id_hash: hash(id), data: JSON.stringify(data), person_id: user.personId, created_at: at, last_seen_at: at })
    .execute();
  return sessionCookie(id);
}

/** Signs out: the row is deleted and the cookie cleared. */
export async function signOut(request: Request): Promise<string> {
  const id = readCookieId(request);
  if (id) {
    const db = await getDb();
    await db.deleteFrom("sessions").where("id_hash", "=", hash(id)).execute();
    forgetInRequest(scopeKey(id));
  }
  return clearedSessionCookie();
}

/** The signed-in user, or a redirect to the login page that comes back here. */
export async function requireUser(request: Request, lang: Lang): Promise<{ user: SessionUser; session: Session }> {
  const session = await getSession(request);
  if (session.data.user) return { user: session.data.user, session };
  const url = new URL(request.url);
  const returnTo = request.method === "GET" ? `${url.pathname}${url.search}` : url.pathname;
  throw redirect(`/${lang}/login?returnTo=${encodeURIComponent(returnTo)}`);
}

/** Deletes sessions nobody has used for a day (anonymous ones and old notices). */
export async function deleteStaleSessions(): Promise<number> {
  const db = await getDb();
  const result = await db
    .deleteFrom("sessions")
    .where("last_seen_at", "<", new Date(now().getTime() - 24 * 60 * MINUTE))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
