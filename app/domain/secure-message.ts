import { containsHetu } from "./hetu";
import { SECURE_LINK_VALID_DAYS } from "./kv-contact";

/**
 * The rules of a secure message to KV-keskus, as pure functions: who may use
 * the email link, how long a link lives, and what the subject may not say.
 */

/** K-SECURE-1: a secure-email link is valid this long after it was created. */
export const SECURE_LINK_VALID_MS = SECURE_LINK_VALID_DAYS * 24 * 60 * 60_000;

export const SUBJECT_MAX_LENGTH = 100;
export const MESSAGE_MAX_LENGTH = 8000;
export const NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
/** At most this many attachments (each PDF, JPEG or PNG, at most 10 MB: app/domain/file-type.ts). */
export const MAX_ATTACHMENTS = 5;

/** K-SECURE-1: the link expires 30 days (by the app clock) after it was created. */
export function linkExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SECURE_LINK_VALID_MS);
}

export type LinkFacts = { expiresAt: Date | string; closedAt: Date | string | null };
export type LinkState = "valid" | "expired" | "closed" | "unknown";

/**
 * K-SECURE-1: whether a link found by its token may still be used. A link is
 * closed once a message has been sent with it; an unknown (mistyped or
 * tampered) token has no link at all.
 */
export function linkState(link: LinkFacts | null, at: Date): LinkState {
  if (!link) return "unknown";
  if (link.closedAt) return "closed";
  return at.getTime() < new Date(link.expiresAt).getTime() ? "valid" : "expired";
}

/** Lower case, trimmed: the same mailbox however it was typed. */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

/**
 * A plausible address of one mailbox (the mail itself proves it exists). No
 * spaces, commas or angle brackets, so it cannot smuggle extra recipients or
 * headers into the mail.
 */
export function isValidEmail(input: string): boolean {
  if (input.length > EMAIL_MAX_LENGTH) return false;
  return /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]{2,}$/.test(input);
}

const EMAIL_IN_TEXT = /[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}/i;

export type SubjectProblem = "hetu" | "name" | "email";

/** The sender's own data the subject must not contain. */
export type SenderData = { names: readonly (string | null | undefined)[] };

const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * K-SECURE-2: never put your name or other personal data in the subject. The
 * subject is refused when it holds a personal identity code, an email
 * address, or the sender's name: the whole name, or any part of it of three
 * letters or more as a word of its own ("Anna" but not "Annala"), ignoring
 * case and accents.
 */
export function findPersonalDataInSubject(subject: string, sender: SenderData): SubjectProblem | null {
  if (containsHetu(subject)) return "hetu";
  if (EMAIL_IN_TEXT.test(subject)) return "email";
  const subjectWords = words(subject);
  const joined = ` ${subjectWords.join(" ")} `;
  for (const name of sender.names) {
    if (!name) continue;
    const parts = words(name);
    if (parts.length && joined.includes(` ${parts.join(" ")} `)) return "name";
    if (parts.some((part) => part.length >= 3 && subjectWords.includes(part))) return "name";
  }
  return null;
}

/** K-SECURE-1: who the email link is for: people living abroad who cannot use OmaKela. */
export type Audience = "abroadWithoutOmaKela" | "canUseOmaKela";
export function mayUseSecureEmail(audience: Audience): boolean {
  return audience === "abroadWithoutOmaKela";
}

export type MessageFields = { name: string; subject: string; message: string };
export type MessageFieldProblem = "required" | "tooLong";

/**
 * The compose form's own checks (the subject's personal data is K-SECURE-2,
 * in the machine's guard). A link user gives a name; an eIDAS user's name
 * comes from the identification.
 */
export function checkMessageFields(fields: MessageFields, options: { askName: boolean }): Partial<Record<keyof MessageFields, MessageFieldProblem>> {
  const problems: Partial<Record<keyof MessageFields, MessageFieldProblem>> = {};
  const check = (key: keyof MessageFields, max: number) => {
    if (!fields[key]) problems[key] = "required";
    else if (fields[key].length > max) problems[key] = "tooLong";
  };
  if (options.askName) check("name", NAME_MAX_LENGTH);
  check("subject", SUBJECT_MAX_LENGTH);
  check("message", MESSAGE_MAX_LENGTH);
  return problems;
}
