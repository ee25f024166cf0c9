import { RemixI18Next } from "remix-i18next/server";
import { defaultLang, langOfPath, languages, type Lang } from "./languages";
import { resources } from "./resources.server";
import type { TFunction } from "./translate";

/**
 * Server-side i18next (remix-i18next): the language is in the URL; the
 * Accept-Language header only decides where "/" and unknown paths go.
 */
export const i18n = new RemixI18Next({
  detection: {
    supportedLanguages: [...languages],
    fallbackLanguage: defaultLang,
    order: ["custom", "header"],
    findLocale: async (request) => langOfPath(new URL(request.url).pathname),
  },
  i18next: {
    resources: resources as unknown as Record<string, Record<string, Record<string, string>>>,
    supportedLngs: [...languages],
    fallbackLng: false,
    defaultNS: "common",
    interpolation: { escapeValue: false },
    returnNull: false,
  },
});

/**
 * A translator for loaders, actions and mail (same keys as the browser's
 * `useT`). remix-i18next makes a new i18next instance for every getFixedT;
 * the translations never change while the server runs, so one per language
 * and namespaces is made and kept.
 */
const translators = new Map<string, Promise<TFunction>>();
export function getT(lang: Lang, ns: string | string[] = "common"): Promise<TFunction> {
  const key = `${lang}|${([] as string[]).concat(ns).join(",")}`;
  let translator = translators.get(key);
  if (!translator) {
    translator = i18n.getFixedT(lang, ns as "common").then((t): TFunction => (k, vars) => t(k, vars ?? {}) as string);
    translators.set(key, translator);
  }
  return translator;
}

export async function detectLang(request: Request): Promise<Lang> {
  return (await i18n.getLocale(request)) as Lang;
}
