import type { Lang } from "~/i18n/languages";

const LOCALE: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** A calendar day "2026-12-09" as "9. joulukuuta 2026" / "9 december 2026" / "9 December 2026". */
export function formatDay(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** A month "2027-06" as "06/2027". */
export function formatMonth(month: string): string {
  const [year, mm] = month.split("-");
  return `${mm}/${year}`;
}

/** A country code as a name in the page's language ("SE" -> "Ruotsi"). */
export function countryName(lang: Lang, code: string): string {
  return new Intl.DisplayNames(LOCALE[lang], { type: "region" }).of(code) ?? code;
}
