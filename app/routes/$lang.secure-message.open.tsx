import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLang } from "~/i18n/params";
import { now } from "~/services/clock.server";
import { advance, journeyOf, openedLink, stepPath } from "~/services/secure-message.server";
import { findLinkByToken } from "~/services/secure-message-links.server";
import { stepOf } from "../../machines/secureMessage";
import { ensureSession } from "~/services/session.server";

/**
 * GET /{lang}/secure-message/open?token=… — the link in the mail (K-SECURE-1).
 * The token is in the query string, which the access log leaves out, and it
 * leaves the address bar at once: the link is bound to this browser's session
 * and the browser is sent to a URL without it (no Referer, no history entry
 * carries it). Opening never uses the link up: mail scanners that follow links
 * cannot close it; sending a message does.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { session, setCookie } = await ensureSession(request);
  const link = await findLinkByToken(new URL(request.url).searchParams.get("token"));
  const snapshot = await advance(session, journeyOf(session), { type: "OPEN_LINK", link: openedLink(link), at: now().toISOString() });
  const headers = new Headers({ "Referrer-Policy": "no-referrer" });
  if (setCookie) headers.set("Set-Cookie", setCookie);
  return redirect(stepPath(lang, stepOf(snapshot)), { headers });
}

export { default } from "~/components/RedirectOnlyRoute";
