import type { EntryContext } from "@remix-run/node";
import { isLang, defaultLang } from "~/i18n/languages";
import { pickMessages } from "~/i18n/resources.server";
import { createT } from "~/i18n/translate";

/**
 * GOV.UK: a page answered with validation errors has its title prefixed
 * "Virhe: / Fel: / Error:". `meta` cannot see action data, so the server
 * decides here: any route's action data with a non-empty `errors` object.
 */
export function errorTitlePrefix(context: Pick<EntryContext, "staticHandlerContext">): string | null {
  const { actionData, loaderData } = context.staticHandlerContext;
  const hasErrors = Object.values(actionData ?? {}).some((data) => {
    const errors = (data as { errors?: unknown } | null)?.errors;
    return !!errors && typeof errors === "object" && Object.values(errors).some(Boolean);
  });
  if (!hasErrors) return null;
  const rootLang = (loaderData?.root as { lang?: unknown } | undefined)?.lang;
  const lang = isLang(rootLang) ? rootLang : defaultLang;
  return createT(lang, pickMessages(lang, ["common"]))("form.errorTitlePrefix");
}

const TAG = "<title>";
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page with `prefix` at the start of its first <title>. */
export function prefixFirstTitle(html: string, prefix: string): string {
  const at = html.indexOf(TAG);
  if (at < 0) return html;
  const cut = at + TAG.length;
  return html.slice(0, cut) + escapeHtml(prefix) + html.slice(cut);
}
