import { signIn, ensureSession } from "~/services/session.server";
import { searchPerson } from "~/services/kela-api.server";
import { displayName } from "~/domain/person";

export const BASE = "http://localhost";

/** A browser-like visitor for route tests: a session cookie and its CSRF token. */
export type Visitor = { cookie: string; csrf: string; personId?: string };

function cookiePair(setCookie: string): string {
  return setCookie.split(";")[0]!;
}

export async function anonymousVisitor(): Promise<Visitor> {
  const { session, setCookie } = await ensureSession(new Request(BASE));
  return { cookie: cookiePair(setCookie!), csrf: session.csrfToken! };
}

/** Signs a fixture person in directly (what the login form does) and returns the visitor. */
export async function signedInVisitor(hetu: string): Promise<Visitor> {
  const person = await searchPerson({ hetu });
  if (!person) throw new Error(`No fixture person ${hetu}`);
  const setCookie = await signIn(new Request(BASE), { personId: person.id, name: displayName(person), method: "test" });
  const cookie = cookiePair(setCookie);
  const { session } = await ensureSession(new Request(BASE, { headers: { cookie } }));
  return { cookie, csrf: session.csrfToken!, personId: person.id };
}

export function get(path: string, visitor?: Visitor, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${path}`, { headers: { ...(visitor ? { cookie: visitor.cookie } : {}), ...headers } });
}

/** A form POST as a browser sends it, with the visitor's CSRF token unless `csrf: false`. */
export function postForm(
  path: string,
  visitor: Visitor | undefined,
  fields: Record<string, string>,
  options: { csrf?: boolean; headers?: Record<string, string> } = {},
): Request {
  const body = new URLSearchParams(fields);
  if (visitor && options.csrf !== false) body.set("csrf", visitor.csrf);
  const text = body.toString();
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(text)),
      ...(visitor ? { cookie: visitor.cookie } : {}),
      ...options.headers,
    },
    body: text,
  });
}

/** Runs a loader or action and returns its Response, whether it returned or threw one. */
export async function run(
  fn: (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown,
  request: Request,
  params: Record<string, string> = {},
): Promise<Response> {
  try {
    const result = await fn({ request, params, context: {} });
    if (result instanceof Response) return result;
    return new Response(JSON.stringify(result), { status: 200, headers: { "content-type": "application/json" } });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
