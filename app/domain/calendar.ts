/** Calendar facts in Finnish time (Europe/Helsinki), independent of the server's zone. */
export const HELSINKI = "Europe/Helsinki";

export type CalendarDate = { year: number; month: number; day: number };

const dateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: HELSINKI,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  weekday: "short",
  hourCycle: "h23",
});

/** The wall-clock date and time in Helsinki at an instant. */
export function helsinkiParts(instant: Date): CalendarDate & { hour: number; minute: number; weekday: number } {
  const parts = Object.fromEntries(dateParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: weekdays.indexOf(parts.weekday ?? "") + 1, // 1 = Monday … 7 = Sunday
  };
}

export function helsinkiDate(instant: Date): CalendarDate {
  const { year, month, day } = helsinkiParts(instant);
  return { year, month, day };
}

/** ISO date string "2026-11-25" of a calendar date. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
