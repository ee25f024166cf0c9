import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { langFromAcceptLanguage } from "~/i18n/languages";

/** "/" goes to the reader's language (Accept-Language), Finnish by default. */
export function loader({ request }: LoaderFunctionArgs) {
  const lang = langFromAcceptLanguage(request.headers.get("accept-language"));
  return redirect(`/${lang}`, { headers: { Vary: "Accept-Language", "Cache-Control": "no-store" } });
}
