import type { Lang } from "~/i18n/languages";
import type { TFunction } from "~/i18n/translate";
import { helsinkiDate, HELSINKI } from "./calendar";
import { OMAKELA_LANGUAGES, OMAKELA_LOGIN_METHODS, telHref, type OpeningHours, type PhoneLine } from "./kv-contact";
import { lineStatus } from "./opening-hours";

/**
 * The contact facts of kv-contact.ts in a page's language: language and
 * country names, hours and the live open/closed status, formatted with Intl
 * for Finnish time. Done on the server, so the page is right without
 * JavaScript and the browser never formats it differently.
 */
const LOCALE: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** "a, b ja c" (or "a, b tai c" for alternatives). */
export function listOf(lang: Lang, items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(LOCALE[lang], { type }).format(items);
}

/** "suomi ja englanti", "finska och engelska", "Finnish and English". */
export function languageNames(lang: Lang, languages: readonly string[]): string {
  const names = new Intl.DisplayNames(LOCALE[lang], { type: "language" });
  return listOf(lang, languages.map((code) => names.of(code) ?? code));
}

/** "Viro, Espanja ja Italia", "Estland, Spanien och Italien", "Estonia, Spain and Italy". */
export function countryNames(lang: Lang, countries: readonly string[]): string {
  const names = new Intl.DisplayNames(LOCALE[lang], { type: "region" });
  return listOf(lang, countries.map((code) => names.of(code) ?? code));
}

export function countryName(lang: Lang, country: string): string {
  return new Intl.DisplayNames(LOCALE[lang], { type: "region" }).of(country) ?? country;
}

/** A wall-clock time of day: "10.00" (fi, sv), "10:00" (en). */
export function clockTime(lang: Lang, hour: number, minute: number): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(Date.UTC(2000, 0, 1, hour, minute));
}

export function hoursText(lang: Lang, hours: OpeningHours): { opens: string; closes: string } {
  return { opens: clockTime(lang, hours.opens.hour, hours.opens.minute), closes: clockTime(lang, hours.closes.hour, hours.closes.minute) };
}

/** A date and time in Finnish time: "25. marraskuuta 2026 klo 10.00". */
export function helsinkiDateTime(lang: Lang, instant: Date): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: HELSINKI,
  }).format(instant);
}

export type LineStatusView =
  | { open: true; closes: string; at: string }
  /** `day` is null when the line opens later today. */
  | { open: false; opens: string; day: string | null; at: string }
  | { open: false; opens: null; day: null; at: null };

/** "Open now, until 15.00" / "Closed, opens today at 10.00" / "Closed, opens Monday 30.11. at 10.00". */
export function lineStatusView(line: PhoneLine, now: Date, lang: Lang): LineStatusView {
  const status = lineStatus(line.id, now);
  const time = (instant: Date) => new Intl.DateTimeFormat(LOCALE[lang], { hour: "numeric", minute: "2-digit", timeZone: HELSINKI }).format(instant);
  if (status.open && status.closesAt) return { open: true, closes: time(status.closesAt), at: status.closesAt.toISOString() };
  if (!status.opensAt) return { open: false, opens: null, day: null, at: null };
  const today = helsinkiDate(now);
  const opening = helsinkiDate(status.opensAt);
  const sameDay = today.year === opening.year && today.month === opening.month && today.day === opening.day;
  const day = sameDay
    ? null
    : new Intl.DateTimeFormat(LOCALE[lang], { weekday: "long", day: "numeric", month: "numeric", timeZone: HELSINKI }).format(status.opensAt);
  return { open: false, opens: time(status.opensAt), day, at: status.opensAt.toISOString() };
}

/** Everything the page shows of a phone line, formatted for its language. */
export type PhoneLineView = {
  id: PhoneLine["id"];
  domestic: string;
  international: string;
  href: string;
  languages: string;
  hours: { opens: string; closes: string };
  status: LineStatusView;
};

export function phoneLineView(line: PhoneLine, now: Date, lang: Lang): PhoneLineView {
  return {
    id: line.id,
    domestic: line.number.domestic,
    international: line.number.international,
    href: telHref(line.number),
    languages: languageNames(lang, line.languages),
    hours: hoursText(lang, line.hours),
    status: lineStatusView(line, now, lang),
  };
}

const loginMethodKeys = {
  onlineBank: "international:omakela.methods.onlineBank",
  mobileCertificate: "international:omakela.methods.mobileCertificate",
} as const satisfies Record<(typeof OMAKELA_LOGIN_METHODS)[number], string>;

/** K-OMAKELA-1: how to sign in to OmaKela and in which languages it works, as text. */
export function omakelaView(lang: Lang, t: TFunction): { loginMethods: string; languages: string } {
  return {
    loginMethods: listOf(lang, OMAKELA_LOGIN_METHODS.map((method) => t(loginMethodKeys[method])), "disjunction"),
    languages: languageNames(lang, OMAKELA_LANGUAGES),
  };
}
