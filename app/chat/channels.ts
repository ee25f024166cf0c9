import type { Lang } from "~/i18n/languages";
import { customerLineFor, telHref, type LineId } from "~/domain/kv-contact";
import { lineStatus, type LineStatus } from "~/domain/opening-hours";
import { HELSINKI } from "~/domain/calendar";
import { answerT } from "./answers";

/**
 * The human channels of a handover: the KV-keskus phone line for the
 * language with its live open/closed status (K-PHONE-1; the same opening-hours
 * logic as the contact page), secure message for people abroad (K-SECURE-1)
 * and a Kela office.
 */
export type Channel = { kind: "phone" | "secure-message" | "office"; label: string; href?: string; openNow?: boolean };

/**
 * The line's status for the minute (it changes only on the minute), so that
 * a busy chat asks the holiday calendar once a minute, not once a message.
 */
const statusCache = new Map<string, LineStatus>();
function statusOf(line: LineId, at: Date): LineStatus {
  const key = `${line}:${Math.floor(at.getTime() / 60_000)}`;
  let status = statusCache.get(key);
  if (!status) {
    if (statusCache.size > 100) statusCache.clear();
    status = lineStatus(line, at);
    statusCache.set(key, status);
  }
  return status;
}

/**
 * The channel that is open now comes first: the phone line while it is open; outside its hours the
 * secure message (always open: it is answered later) and the office first, the phone line last with
 * its status.
 */
export function handoffChannels(lang: Lang, at: Date): Channel[] {
  const t = answerT(lang);
  const line = customerLineFor(lang);
  const vars = { number: line.number.domestic, international: line.number.international };
  const open = statusOf(line.id, at).open;
  const phone: Channel = {
    kind: "phone",
    label: t(lang === "sv" ? "chatAnswers:channels.phoneSv" : "chatAnswers:channels.phoneFiEn", vars),
    href: telHref(line.number),
    openNow: open,
  };
  const secureMessage: Channel = { kind: "secure-message", label: t("chatAnswers:channels.secureMessage"), href: `/${lang}/secure-message`, openNow: true };
  const office: Channel = { kind: "office", label: t("chatAnswers:channels.office"), href: `/${lang}/international` };
  return open ? [phone, secureMessage, office] : [secureMessage, office, phone];
}

const LOCALES: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, kind: "time" | "dayAndTime", instant: Date): string {
  const key = `${lang}:${kind}`;
  let formatter = timeFormats.get(key);
  if (!formatter) {
    const time = { timeZone: HELSINKI, hour: "2-digit", minute: "2-digit" } as const;
    formatter = new Intl.DateTimeFormat(LOCALES[lang], kind === "time" ? time : { ...time, weekday: "long", day: "numeric", month: "numeric" });
    timeFormats.set(key, formatter);
  }
  return formatter.format(instant);
}

/**
 * "The line 020 634 0200 is open now, until 15.00" / "… closed now. It opens Monday 30.11. 10.00".
 * In a handover (`handoff`), without the number: the channels list it.
 */
export function lineStatusSentence(lang: Lang, at: Date, handoff = false): string {
  const t = answerT(lang);
  const line = customerLineFor(lang);
  const status = statusOf(line.id, at);
  if (status.open && status.closesAt) {
    const time = format(lang, "time", status.closesAt);
    return handoff ? t("chatAnswers:status.handoffOpen", { time }) : t("chatAnswers:status.open", { number: line.number.domestic, time });
  }
  if (!status.opensAt) return "";
  const when = format(lang, "dayAndTime", status.opensAt);
  return handoff ? t("chatAnswers:status.handoffClosed", { when }) : t("chatAnswers:status.closed", { number: line.number.domestic, when });
}
