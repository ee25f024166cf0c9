import { useLocation, useMatches, useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { defaultLang, langOfPath, type Lang } from "./languages";
import { createT, type Messages, type TFunction } from "./translate";

type WithMessages = { messages?: Messages; lang?: Lang };

/** The page's language: from the root loader, else from the URL. */
export function useLang(): Lang {
  const root = useRouteLoaderData("root") as WithMessages | undefined;
  const { pathname } = useLocation();
  return root?.lang ?? langOfPath(pathname) ?? defaultLang;
}

const reportMissing =
  process.env.NODE_ENV === "production" ? undefined : (key: string) => console.error(`Missing translation: ${key}`);

/**
 * The translator for components: the root loader sends the shared namespaces
 * and each route's loader sends its own (`messages`), so the browser never
 * loads i18next or a whole language.
 */
export function useT(): TFunction {
  const lang = useLang();
  const matches = useMatches();
  const merged = useMemo(() => {
    const all: Messages = {};
    for (const match of matches) Object.assign(all, (match.data as WithMessages | undefined)?.messages);
    return all;
  }, [matches]);
  return useMemo(() => createT(lang, merged, reportMissing), [lang, merged]);
}

/** For `meta`: a translator over the messages in the matched routes' data. */
export function metaT(matches: readonly { data?: unknown }[], lang: Lang): TFunction {
  const all: Messages = {};
  for (const match of matches) Object.assign(all, (match.data as WithMessages | undefined)?.messages);
  return createT(lang, all);
}
