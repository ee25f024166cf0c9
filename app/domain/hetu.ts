import { FinnishSSN } from "finnish-ssn";

/**
 * Finnish personal identity codes (henkilötunnus, HETU), including the
 * century signs added in 2023 (- Y X W V U for the 1900s, A B C D E F for
 * the 2000s, + for the 1800s). Validation (checksum, real date) is by
 * finnish-ssn; this module adds what the portal needs around it.
 */
const HETU_SHAPE = "\\d{6}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]";
const HETU_EXACT = new RegExp(`^${HETU_SHAPE}$`);

/** Finds HETU-shaped codes anywhere in a text (case-insensitive, word-bounded). */
export const HETU_IN_TEXT = new RegExp(`(?<![0-9A-Za-z])${HETU_SHAPE}(?![0-9A-Za-z])`, "gi");

export function normalizeHetu(input: string): string {
  return input.trim().toUpperCase();
}

export function isValidHetu(input: string): boolean {
  const hetu = normalizeHetu(input);
  return HETU_EXACT.test(hetu) && FinnishSSN.validate(hetu);
}

const CENTURY: Record<string, number> = { "+": 1800, "-": 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

/** Date of birth as a plain calendar date (year, month 1-12, day). */
export function birthDateOf(hetu: string): { year: number; month: number; day: number } {
  const code = normalizeHetu(hetu);
  if (!isValidHetu(code)) throw new Error("Not a valid personal identity code");
  const century = CENTURY[code.charAt(6)];
  if (century === undefined) throw new Error("Unknown century sign");
  return { day: Number(code.slice(0, 2)), month: Number(code.slice(2, 4)), year: century + Number(code.slice(4, 6)) };
}

/**
 * Age in whole years on a calendar date (Finnish time: the caller passes the
 * date in Europe/Helsinki). A person born on 29 February comes of age on
 * 1 March in common years, as Finnish law counts it.
 */
export function ageOn(hetu: string, today: { year: number; month: number; day: number }): number {
  const birth = birthDateOf(hetu);
  let age = today.year - birth.year;
  const birthdayMonth = birth.month;
  let birthdayDay = birth.day;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(today.year)) birthdayDay = 30; // i.e. after 28 Feb
  if (today.month < birthdayMonth || (today.month === birthdayMonth && today.day < birthdayDay)) age -= 1;
  return age;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** "150384-901U" -> "150384-****": enough to recognise, not enough to misuse. */
export function maskHetu(hetu: string): string {
  return `${hetu.slice(0, 7)}****`;
}

/** Replaces every HETU in a text (used before logging or storing free text). */
export function redactHetus(text: string, replacement = "[HETU]"): string {
  return text.replace(HETU_IN_TEXT, replacement);
}

export function containsHetu(text: string): boolean {
  HETU_IN_TEXT.lastIndex = 0;
  const found = HETU_IN_TEXT.test(text);
  HETU_IN_TEXT.lastIndex = 0;
  return found;
}
