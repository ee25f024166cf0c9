import { createHash, randomBytes } from "node:crypto";
import { redirect } from "@remix-run/node";
import type { Lang } from "~/i18n/languages";
import { getEnv } from "~/env.server";
import { MINUTE, now } from "./clock.server";
import { getDb } from "./db.server";

/** Signed out after this long without a request (the issue and Suomi.fi practice). */
export const IDLE_TIMEOUT_MS = 30 * MINUTE;
/** Signed out after this long in any case. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * MINUTE;
/** How long the "you were signed out" notice is shown after the timeout is noticed. */
const NOTICE_MS = 10 * MINUTE;

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
  /** The random id from the cookie (null when the request had none or it was unknown). */
  id: string | null;
  data: SessionData;
  csrfToken: string | null;
};


export function cookieName(): string {
  return getEnv().cookieSecure ? "__Host-kela_sid" : "kela_sid";
}

const hash = (id: string) => createHash("sha256").update(id).digest("base64url");
const randomToken = () => randomBytes(32).toString("base64url");

function readCookieId(request: Request): string | null {
  const header = request.headers.get("cookie");
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
 * The session of a request, read from the database. An idle or too old
 * signed-in session is turned into an anonymous one that carries the
 * "you were signed out" notice; nothing of the user's survives in it.
 */
export async function getSession(request: Request): Promise<Session> {
  const id = readCookieId(request);
  if (!id) return { id: null, data: {}, csrfToken: null };
  const db = await getDb();
  const row = await db.selectFrom("sessions").selectAll().where("id_hash", "=", hash(id)).executeTakeFirst();
  if (!row) return { id: null, data: {}, csrfToken: null };
  const at = now();
  let data = row.data as SessionData;
  const idle = at.getTime() - row.last_seen_at.getTime() > IDLE_TIMEOUT_MS;
  const tooOld = data.user && at.getTime() - Date.parse(data.user.authenticatedAt) > ABSOLUTE_TIMEOUT_MS;
  if (data.user && (idle || tooOld)) {
    data = { notice: { kind: "idle-timeout", at: at.toISOString() } };
    const csrfToken = randomToken();
    await db
      .updateTable("sessions")
      .set({ data: JSON.stringify(data), person_id: null, last_seen_at: at, csrf_token: csrfToken })
      .where("id_hash", "=", hash(id))
      .execute();
    return { id, data, csrfToken };
  }
  if (data.notice && at.getTime() - Date.parse(data.notice.at) > NOTICE_MS) {
    data = { ...data, notice: undefined };
  }
  if (at.getTime() - row.last_seen_at.getTime() > 15_000) {
    await db.updateTable("sessions").set({ last_seen_at: at }).where("id_hash", "=", hash(id)).execute();
  }
  return { id, data, csrfToken: row.csrf_token };
}

/**
 * The session of a page view, created when the visitor has none (every form
 * needs its CSRF token). Returns the Set-Cookie header to send when new.
 */
export async function ensureSession(request: Request): Promise<{ session: Session; setCookie?: string }> {
  const session = await getSession(request);
  if (session.id) return { session };
  const created = await createSessionRow({});
  return { session: created, setCookie: sessionCookie(created.id!) };
}

async function createSessionRow(data: SessionData): Promise<Session> {
  const db = await getDb();
  const id = randomToken();
  const csrfToken = randomToken();
  const at = now();
  await db
    .insertInto("sessions")
    .values({
      id_hash: hash(id),
      data: JSON.stringify(data),
      csrf_token: csrfToken,
      person_id: data.user?.personId ?? null,
      created_at: at,
      last_seen_at: at,
    })
    .execute();
  return { id, data, csrfToken };
}

/** Saves changed session data (e.g. whom the user acts for). */
export async function updateSession(session: Session, data: SessionData): Promise<void> {
  if (!session.id) throw new Error("No session to update");
  const db = await getDb();
  await db
    .updateTable("sessions")
    .set({ data: JSON.stringify(data), person_id: data.user?.personId ?? null, last_seen_at: now() })
    .where("id_hash", "=", hash(session.id))
    .execute();
}

/**
 * Signs a person in: a new session id and CSRF token (no fixation), the old
 * row deleted. Returns the Set-Cookie header.
 */
export async function signIn(request: Request, user: Omit<SessionUser, "authenticatedAt">): Promise<string> {
  const previous = readCookieId(request);
  const db = await getDb();
  if (previous) await db.deleteFrom("sessions").where("id_hash", "=", hash(previous)).execute();
  const session = await createSessionRow({ user: { ...user, authenticatedAt: now().toISOString() } });
  return sessionCookie(session.id!);
}

/** Signs out: the row is deleted and the cookie cleared. */
export async function signOut(request: Request): Promise<string> {
  const id = readCookieId(request);
  if (id) {
    const db = await getDb();
    await db.deleteFrom("sessions").where("id_hash", "=", hash(id)).execute();
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
