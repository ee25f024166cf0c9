import type { MetaArgs } from "@remix-run/node";
import { defaultLang, langOfPath } from "./languages";
import type { TVars } from "./translate";
import { metaT } from "./useT";

/**
 * A translated page title, "Page – Service". When an action answered with
 * validation errors, the server prefixes it "Virhe: / Fel: / Error:" (see
 * entry.server.tsx; meta functions cannot see action data).
 */
export function pageTitle(args: Pick<MetaArgs, "matches" | "location">, key: string, options: { vars?: TVars } = {}) {
  const root = args.matches.find((m) => m.id === "root")?.data as { lang?: "fi" | "sv" | "en" } | undefined;
  const lang = root?.lang ?? langOfPath(args.location.pathname) ?? defaultLang;
  const t = metaT(args.matches, lang);
  return [{ title: t("titleTemplate", { page: t(key, options.vars), service: t("serviceName") }) }];
}
