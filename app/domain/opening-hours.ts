import Holidays from "date-holidays";
import { helsinkiParts, HELSINKI } from "./calendar";
import { phoneLines, type LineId, type OpeningHours } from "./kv-contact";

/**
 * Whether a KV-keskus phone line is open at an instant, and when it next
 * opens or closes. Hours are Finnish wall-clock time (Europe/Helsinki), so the
 * answer is right on both sides of a daylight-saving change. Closed at
 * weekends, on Finnish public holidays, and on Midsummer Eve and Christmas
 * Eve, when Finnish authorities do not serve (date-holidays lists those two as
 * "bank" days; New Year's Eve, also "bank", is a working day).
 */
const holidays = new Holidays("FI", { timezone: HELSINKI });

export type LineStatus = { open: boolean; opensAt: Date | null; closesAt: Date | null };

type Day = { year: number; month: number; day: number };

export function isServiceDay(day: Day): boolean {
  const noon = wallTimeToInstant(day, 12, 0);
  const weekday = helsinkiParts(noon).weekday;
  if (weekday > 5) return false;
  const found = holidays.isHoliday(noon);
  if (!found) return true;
  return !found.some((h) => h.type === "public" || (h.type === "bank" && isEveWithoutService(day)));
}

function isEveWithoutService({ month, day }: Day): boolean {
  const christmasEve = month === 12 && day === 24;
  const midsummerEve = month === 6 && day >= 19 && day <= 25; // always the Friday of that week
  return christmasEve || midsummerEve;
}

export function lineStatus(line: LineId, at: Date): LineStatus {
  return statusFor(phoneLines[line].hours, at);
}

export function statusFor(hours: OpeningHours, at: Date): LineStatus {
  const now = helsinkiParts(at);
  const today: Day = { year: now.year, month: now.month, day: now.day };
  const minutes = now.hour * 60 + now.minute;
  const opensMin = hours.opens.hour * 60 + hours.opens.minute;
  const closesMin = hours.closes.hour * 60 + hours.closes.minute;
  if (isServiceDay(today) && minutes >= opensMin && minutes < closesMin) {
    return { open: true, opensAt: null, closesAt: wallTimeToInstant(today, hours.closes.hour, hours.closes.minute) };
  }
  // Next opening: later today, or the next service day (within a month: holidays never last that long).
  let day = minutes < opensMin ? today : nextDay(today);
  for (let i = 0; i < 31; i += 1) {
    if (isServiceDay(day)) return { open: false, opensAt: wallTimeToInstant(day, hours.opens.hour, hours.opens.minute), closesAt: null };
    day = nextDay(day);
  }
  return { open: false, opensAt: null, closesAt: null };
}

function nextDay({ year, month, day }: Day): Day {
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The instant when the Helsinki wall clock shows this date and time. */
export function wallTimeToInstant(day: Day, hour: number, minute: number): Date {
  const asUtc = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  let guess = asUtc;
  // Two rounds settle the offset (+2 or +3 hours) even next to a DST change.
  for (let i = 0; i < 2; i += 1) {
    const p = helsinkiParts(new Date(guess));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess += asUtc - shown;
  }
  return new Date(guess);
}
