export const languages = ["fi", "sv", "en"] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = "fi";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** The language prefix of a path, if it has a valid one ("/sv/x" -> "sv"). */
export function langOfPath(pathname: string): Lang | null {
  const first = pathname.split("/")[1];
  return isLang(first) ? first : null;
}

/**
 * The best supported language for an Accept-Language header, by q-value
 * ("sv-FI,sv;q=0.9,en;q=0.8" -> "sv"); the default when nothing matches.
 */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return defaultLang;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split("-")[0] ?? "", quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { base } of ranked) if (isLang(base)) return base;
  return defaultLang;
}

/** The same path in another language, keeping the query string. */
export function switchLangPath(pathname: string, search: string, to: Lang): string {
  const current = langOfPath(pathname);
  const rest = current ? pathname.slice(current.length + 1) : pathname === "/" ? "" : pathname;
  return `/${to}${rest}${search}`;
}
