import type { Lang } from "~/i18n/languages";
import { getT } from "~/i18n/i18n.server";
import { isValidHetu, normalizeHetu } from "~/domain/hetu";
import { displayName } from "~/domain/person";
import { searchPerson } from "./kela-api.server";
import { log } from "./logger.server";
import { clientKey, hitRateLimit } from "./rate-limit.server";
import { signIn } from "./session.server";
import { testEidasIdentity } from "./test-identification.server";

/** Only a path on this site ("/fi/kela-card"), never another origin ("//evil", "https://…"). */
export function safeReturnTo(value: FormDataEntryValue | string | null, lang: Lang): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return `/${lang}`;
  }
  if (value.startsWith(`/${lang}/login`) || value.startsWith(`/${lang}/logout`)) return `/${lang}`;
  return value;
}

type LoginResult =
  | { ok: true; setCookie: string; redirectTo: string }
  | { ok: false; status: number; errors: Record<string, string>; values: Record<string, string> };

const LOGIN_ATTEMPTS_PER_MINUTE = 20;

/**
 * Test identification (mock mode): `hetu=<code>`, or `method=eidas&country=EE|ES|IT`.
 * The person comes from the back end; the form only says whom to look up.
 */
export async function loginWithTestIdentity(request: Request, lang: Lang, form: FormData): Promise<LoginResult> {
  const t = await getT(lang, ["login", "common"]);
  const returnTo = safeReturnTo(form.get("returnTo"), lang);
  const limit = await hitRateLimit(`login:${clientKey(request)}`, LOGIN_ATTEMPTS_PER_MINUTE, 60_000);
  if (!limit.allowed) {
    return { ok: false, status: 429, errors: { hetu: t("login:errors.rateLimited", { seconds: limit.retryAfterSeconds }) }, values: {} };
  }

  if (form.get("method") === "eidas") {
    const country = form.get("country");
    if (country !== "EE" && country !== "ES" && country !== "IT") {
      return { ok: false, status: 422, errors: { country: t("login:errors.countryRequired") }, values: {} };
    }
    const identity = testEidasIdentity(country);
    const person = identity ? await searchPerson({ eidas: identity }) : null;
    if (!person) return { ok: false, status: 422, errors: { country: t("login:errors.unknownPerson") }, values: { country } };
    const setCookie = await signIn(request, { personId: person.id, name: displayName(person), method: "eidas", eidasCountry: country });
    log.info("auth.signed_in", { method: "eidas", country, person: person.id });
    return { ok: true, setCookie, redirectTo: returnTo };
  }

  const raw = form.get("hetu");
  const hetu = typeof raw === "string" ? normalizeHetu(raw) : "";
  if (!hetu) return { ok: false, status: 422, errors: { hetu: t("login:errors.personRequired") }, values: {} };
  if (!isValidHetu(hetu)) return { ok: false, status: 422, errors: { hetu: t("login:errors.unknownPerson") }, values: {} };
  const person = await searchPerson({ hetu });
  if (!person) return { ok: false, status: 422, errors: { hetu: t("login:errors.unknownPerson") }, values: { hetu } };
  const setCookie = await signIn(request, { personId: person.id, name: displayName(person), method: "test" });
  log.info("auth.signed_in", { method: "test", person: person.id });
  return { ok: true, setCookie, redirectTo: returnTo };
}
