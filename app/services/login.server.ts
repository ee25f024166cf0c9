import { redirect, redirectDocument } from "@remix-run/node";
import { getEnv } from "~/env.server";
import type { Lang } from "~/i18n/languages";
import { getT } from "~/i18n/i18n.server";
import { isValidHetu, normalizeHetu } from "~/domain/hetu";
import { displayName } from "~/domain/person";
import type { Person } from "~/contracts/kela-api";
import { KelaApiError, searchPerson } from "./kela-api.server";
import { log } from "./logger.server";
import { completeOidcSignIn, startOidcSignIn, type OidcTransaction } from "./oidc.server";
import { clientKey, hitRateLimit } from "./rate-limit.server";
import { getSession, signIn, updateSession, type AuthMethod } from "./session.server";
import { testEidasIdentity, testIdentificationEnabled } from "./test-identification.server";

/** Only a path on this site ("/fi/kela-card"), never another origin ("//evil", "https://…"). */
export function safeReturnTo(value: FormDataEntryValue | string | null, lang: Lang): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return `/${lang}`;
  }
  if (value.startsWith(`/${lang}/login`) || value.startsWith(`/${lang}/logout`)) return `/${lang}`;
  return value;
}

type Failure = { ok: false; status: number; errors: Record<string, string>; values: Record<string, string> };
type LoginResult = { ok: true; response: Response } | Failure;

const LOGIN_ATTEMPTS_PER_MINUTE = 20;
/** How long an identification at the provider may take. */
const OIDC_TRANSACTION_MS = 10 * 60_000;

/**
 * Unit tests (and `npm run dev`) may sign a test person in directly; a
 * production build never does: there every sign-in goes through the OpenID
 * provider (the local stand-in in mock mode).
 */
function directSignInAllowed(): boolean {
  const env = getEnv();
  return env.MOCKS && env.NODE_ENV !== "production";
}

/**
 * POST /{lang}/login. Mock mode: `hetu=<code>` or `method=eidas&country=EE|ES|IT`
 * names a test person (DESIGN.md contract); without mock mode the form only
 * says "identify me" and the provider asks who. The person always comes from
 * the back end.
 */
export async function beginSignIn(request: Request, lang: Lang, form: FormData): Promise<LoginResult> {
  const t = await getT(lang, ["login", "common"]);
  const returnTo = safeReturnTo(form.get("returnTo"), lang);
  const field = form.get("method") === "eidas" ? "country" : "hetu";
  const limit = await hitRateLimit(`login:${clientKey(request)}`, LOGIN_ATTEMPTS_PER_MINUTE, 60_000);
  if (!limit.allowed) {
    return { ok: false, status: 429, errors: { [field]: t("login:errors.rateLimited", { seconds: limit.retryAfterSeconds }) }, values: {} };
  }
  if (!testIdentificationEnabled()) return redirectToProvider(request, lang, returnTo);

  const chosen = await chosenTestPerson(form, t).catch((error: unknown) => {
    if (error instanceof KelaApiError) unavailable(error);
    throw error;
  });
  if (!chosen.ok) return chosen;
  const { person, method, eidasCountry } = chosen;
  if (!directSignInAllowed()) return redirectToProvider(request, lang, returnTo, `test-account:${person.id}`);
  const setCookie = await signIn(request, { personId: person.id, name: displayName(person), method, eidasCountry });
  log.info("auth.signed_in", { method, direct: true, person: person.id });
  return { ok: true, response: redirect(returnTo, { headers: { "Set-Cookie": setCookie } }) };
}

async function chosenTestPerson(
  form: FormData,
  t: (key: string) => string,
): Promise<{ ok: true; person: Person; method: AuthMethod; eidasCountry?: "EE" | "ES" | "IT" } | Failure> {
  if (form.get("method") === "eidas") {
    const country = form.get("country");
    if (country !== "EE" && country !== "ES" && country !== "IT") {
      return { ok: false, status: 422, errors: { country: t("login:errors.countryRequired") }, values: {} };
    }
    const identity = testEidasIdentity(country);
    const person = identity ? await searchPerson({ eidas: identity }) : null;
    if (!person) return { ok: false, status: 422, errors: { country: t("login:errors.unknownPerson") }, values: { country } };
    return { ok: true, person, method: "eidas", eidasCountry: country };
  }
  const raw = form.get("hetu");
  const hetu = typeof raw === "string" ? normalizeHetu(raw) : "";
  if (!hetu) return { ok: false, status: 422, errors: { hetu: t("login:errors.personRequired") }, values: {} };
  const person = isValidHetu(hetu) ? await searchPerson({ hetu }) : null;
  if (!person) return { ok: false, status: 422, errors: { hetu: t("login:errors.unknownPerson") }, values: {} };
  return { ok: true, person, method: "test" };
}

/** The back end or the identification service does not answer: a localised 503 page. */
function unavailable(error: unknown): never {
  log.warn("auth.unavailable", { reason: error instanceof KelaApiError ? error.kind : "identification service" });
  throw new Response("Service unavailable", { status: 503 });
}

async function redirectToProvider(request: Request, lang: Lang, returnTo: string, loginHint?: string): Promise<LoginResult> {
  const session = await getSession(request);
  const { url, transaction } = await startOidcSignIn({ lang, returnTo, loginHint }).catch(unavailable);
  await updateSession(session, { ...session.data, oidc: transaction });
  // A full page load: the provider is not a route of this app, even on the same origin.
  return { ok: true, response: redirectDocument(url) };
}

/**
 * GET /auth/callback: the provider sends the browser back with a code. The
 * transaction is taken out of the session (used once); state, nonce and PKCE
 * are checked; the identified person is looked up in the back end and signed
 * in. Any failure goes back to the login page with a localised message.
 */
export async function finishSignIn(request: Request): Promise<Response> {
  const session = await getSession(request);
  const transaction = session.data.oidc as OidcTransaction | undefined;
  if (!session.id || !transaction) return redirect(`/fi/login?error=identification`);
  const { oidc: _used, ...rest } = session.data;
  await updateSession(session, rest);
  const failed = redirect(`/${transaction.lang}/login?error=identification`);
  if (Date.now() - Date.parse(transaction.startedAt) > OIDC_TRANSACTION_MS) return failed;
  try {
    const identity = await completeOidcSignIn(new URL(request.url), transaction);
    const person = await searchPerson(identity.kind === "hetu" ? { hetu: identity.hetu } : { eidas: { country: identity.country, id: identity.id } });
    if (!person) {
      log.warn("auth.unknown_person", { kind: identity.kind });
      return redirect(`/${transaction.lang}/login?error=unknown`);
    }
    const setCookie = await signIn(request, {
      personId: person.id,
      name: displayName(person),
      method: identity.kind === "eidas" ? "eidas" : "oidc",
      eidasCountry: identity.kind === "eidas" ? identity.country : undefined,
    });
    log.info("auth.signed_in", { method: identity.kind === "eidas" ? "eidas" : "oidc", person: person.id });
    return redirect(transaction.returnTo, { headers: { "Set-Cookie": setCookie } });
  } catch (error) {
    if (error instanceof KelaApiError) {
      log.warn("auth.unavailable", { reason: error.kind });
      return redirect(`/${transaction.lang}/login?error=unavailable`);
    }
    log.warn("auth.oidc_failed", { error: error instanceof Error ? error.message : "unknown" });
    return failed;
  }
}
