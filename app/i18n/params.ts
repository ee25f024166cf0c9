import { isLang, type Lang } from "./languages";

/** The language of a /{lang}/… route; an unknown prefix is a (localised) 404. */
export function requireLang(params: { lang?: string }): Lang {
  if (!isLang(params.lang)) throw new Response("Not found", { status: 404, statusText: "Not Found" });
  return params.lang;
}
