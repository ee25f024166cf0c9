import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLang } from "~/i18n/params";
import { readForm } from "~/services/forms.server";
import { log } from "~/services/logger.server";
import { getSession, signOut } from "~/services/session.server";
import { oidcSettings } from "~/services/oidc.server";
import { MOCK_OIDC_SESSION_COOKIES } from "~/services/oidc/mock-client";
import { getEnv } from "~/env.server";

/** Signing out is a POST (with the CSRF token); a GET just goes home. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return redirect(`/${lang}`);
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  await readForm(request);
  const session = await getSession(request);
  if (session.data.user) log.info("auth.signed_out", { person: session.data.user.personId });
  const headers = new Headers({ "Set-Cookie": await signOut(request) });
  if (getEnv().MOCKS && oidcSettings().mock) {
    for (const name of MOCK_OIDC_SESSION_COOKIES) headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
  }
  return redirect(`/${lang}?signedOut=1`, { headers });
}

export { default } from "~/components/RedirectOnlyRoute";
