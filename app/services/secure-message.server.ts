import { createHash, randomInt, randomUUID } from "node:crypto";
import { redirect } from "@remix-run/node";
import { initialTransition, transition } from "xstate";
import type { Attachment, CreateSecureMessageRequest } from "~/contracts/kela-api";
import { isoDate, helsinkiDate } from "~/domain/calendar";
import { helsinkiDateTime } from "~/domain/international";
import { SECURE_LINK_VALID_DAYS } from "~/domain/kv-contact";
import { getEnv } from "~/env.server";
import { getT } from "~/i18n/i18n.server";
import type { Lang } from "~/i18n/languages";
import {
  mayVisit,
  secureMessageMachine,
  stepOf,
  type OpenedLink,
  type SecureMessageContext,
  type SecureMessageEvent,
  type SecureMessageSnapshot,
  type SecureMessageStep,
} from "../../machines/secureMessage";
import { now } from "./clock.server";
import { getDb } from "./db.server";
import { log } from "./logger.server";
import { sendMail } from "./mail.server";
import { enqueueOutbox, tryDeliverNow } from "./outbox.server";
import { clientKey, hitRateLimit } from "./rate-limit.server";
import { closeSecureLink, createSecureLink, type SecureLink } from "./secure-message-links.server";
import { getSession, updateSession, type Session } from "./session.server";

/**
 * The server side of the secure-message journey (machines/secureMessage.ts):
 * the snapshot lives in the server-side session, each POST sends one event,
 * and this module performs what the new state asks for.
 */
const JOURNEY_KEY = "secureMessage";
const HOUR = 60 * 60_000;
/** Link requests: per address (whoever asks) and per client address. */
export const LINKS_PER_ADDRESS_PER_HOUR = 5;
export const LINKS_PER_CLIENT_PER_HOUR = 30;
/** Messages an eIDAS-identified person may send in an hour (a link sends one). */
export const MESSAGES_PER_PERSON_PER_HOUR = 10;

export function journeyOf(session: Session): SecureMessageSnapshot {
  const saved = session.data[JOURNEY_KEY] as { value: unknown; context: SecureMessageContext } | undefined;
  if (saved) {
    try {
      return secureMessageMachine.resolveState(saved as Parameters<typeof secureMessageMachine.resolveState>[0]);
    } catch {
      // Saved by an older version of the machine: start again.
    }
  }
  return initialTransition(secureMessageMachine)[0];
}

export function nextJourney(snapshot: SecureMessageSnapshot, event: SecureMessageEvent): SecureMessageSnapshot {
  return transition(secureMessageMachine, snapshot, event)[0];
}

export async function saveJourney(session: Session, snapshot: SecureMessageSnapshot): Promise<void> {
  await updateSession(session, { ...session.data, [JOURNEY_KEY]: { value: snapshot.value, context: snapshot.context } });
}

/** Sends one event and keeps the new snapshot in the session. */
export async function advance(session: Session, snapshot: SecureMessageSnapshot, event: SecureMessageEvent): Promise<SecureMessageSnapshot> {
  const next = nextJourney(snapshot, event);
  await saveJourney(session, next);
  return next;
}

/** After an event: the page of the new state. */
export function redirectToStep(lang: Lang, snapshot: SecureMessageSnapshot): Response {
  return redirect(stepPath(lang, stepOf(snapshot)));
}

export function stepPath(lang: Lang, step: SecureMessageStep): string {
  if (step === "eidas") return `/${lang}/login?returnTo=${encodeURIComponent(`/${lang}/secure-message/write`)}`;
  return step === "start" ? `/${lang}/secure-message` : `/${lang}/secure-message/${step}`;
}

/** For a page's loader or action: the journey, or a redirect to where it stands. */
export async function journeyAt(request: Request, lang: Lang, step: SecureMessageStep, session?: Session) {
  const current = session ?? (await getSession(request));
  const snapshot = journeyOf(current);
  if (!mayVisit(snapshot, step)) throw redirect(stepPath(lang, stepOf(snapshot)));
  return { session: current, snapshot };
}

export const openedLink = (link: SecureLink | null): OpenedLink | null =>
  link ? { id: link.id, expiresAt: link.expiresAt.toISOString(), closedAt: link.closedAt?.toISOString() ?? null } : null;

// --- Asking for a link (K-SECURE-1) ---

const addressKey = (email: string) => createHash("sha256").update(email).digest("base64url");

export type LinkRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Mails a link to `email` (already validated and normalised). Every address
 * gets the same answer at about the same speed: the mail goes out after the
 * response, and an address asked for too often is silently not mailed again.
 * Only the per-client limit is shown to the user (it says nothing of the address).
 */
export async function requestSecureLink(request: Request, lang: Lang, email: string): Promise<LinkRequestResult> {
  const client = await hitRateLimit(`secure-link:client:${clientKey(request)}`, LINKS_PER_CLIENT_PER_HOUR, HOUR);
  if (!client.allowed) return { ok: false, retryAfterSeconds: client.retryAfterSeconds };
  const address = await hitRateLimit(`secure-link:address:${addressKey(email)}`, LINKS_PER_ADDRESS_PER_HOUR, HOUR);
  if (!address.allowed) {
    log.warn("secure_link.address_limited", { address: addressKey(email).slice(0, 12) });
    return { ok: true };
  }
  const { token, link } = await createSecureLink(email, lang);
  log.info("secure_link.created", { link: link.id });
  setImmediate(() => {
    mailSecureLink(lang, email, token, link.expiresAt).catch((error: unknown) => log.warn("secure_link.mail_failed", { link: link.id, error }));
  });
  return { ok: true };
}

/** The link mail, in the language of the page where it was asked for. Its subject is fixed text. */
async function mailSecureLink(lang: Lang, to: string, token: string, expiresAt: Date): Promise<void> {
  const t = await getT(lang, "mail");
  const url = `${getEnv().publicUrl}/${lang}/secure-message/open?token=${token}`;
  const text = [
    t("mail:secureLink.greeting"),
    t("mail:secureLink.intro"),
    url,
    t("mail:secureLink.validity", { days: SECURE_LINK_VALID_DAYS, until: helsinkiDateTime(lang, expiresAt) }),
    t("mail:secureLink.subjectWarning"),
    t("mail:secureLink.notYou"),
    t("mail:secureLink.signature"),
  ].join("\n\n");
  await sendMail({ to, subject: t("mail:secureLink.subject"), text, kind: "secure-link", fromName: t("mail:fromName") });
}

// --- Sending a message (K-SECURE-1, K-EIDAS-1) ---

const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** "KV-20261125-7F3K9Q": the date and six random characters, easy to read out on the phone. */
export function newReference(at: Date): string {
  const random = Array.from({ length: 6 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("");
  return `KV-${isoDate(helsinkiDate(at)).replace(/-/g, "")}-${random}`;
}

export type MessageToSend = {
  reference: string;
  lang: Lang;
  sender: CreateSecureMessageRequest["sender"];
  linkId: string | null;
  subject: string;
  message: string;
  attachments: Attachment[];
};

/**
 * Writes the receipt and the outbox entry in one transaction, closing the
 * link in it too (a link sends one message), then tries to deliver at once;
 * the outbox worker retries if the back end is down. False when the link was
 * closed meanwhile (another tab, a double submit).
 */
export async function sendSecureMessage(message: MessageToSend): Promise<boolean> {
  const db = await getDb();
  const id = randomUUID();
  const payload: CreateSecureMessageRequest = {
    reference: message.reference,
    lang: message.lang,
    sender: message.sender,
    subject: message.subject,
    message: message.message,
    attachments: message.attachments,
  };
  const outboxId = await db.transaction().execute(async (trx) => {
    if (message.linkId && !(await closeSecureLink(trx, message.linkId))) return null;
    const outboxId = await enqueueOutbox(trx, { kind: "secure-message", idempotencyKey: id, payload });
    await trx
      .insertInto("secure_messages")
      .values({
        id,
        reference: message.reference,
        link_id: message.linkId,
        sender_method: message.sender.method,
        person_id: message.sender.method === "eidas" ? message.sender.personId : null,
        lang: message.lang,
        outbox_id: outboxId,
        created_at: now(),
      })
      .execute();
    return outboxId;
  });
  if (!outboxId) return false;
  log.info("secure_message.sent", { message: id, method: message.sender.method, attachments: message.attachments.length });
  void tryDeliverNow(outboxId);
  return true;
}

export async function receiptOf(reference: string) {
  const db = await getDb();
  return db.selectFrom("secure_messages").select(["reference", "sender_method", "created_at"]).where("reference", "=", reference).executeTakeFirst();
}

export async function eidasMessageAllowed(personId: string): Promise<LinkRequestResult> {
  const limit = await hitRateLimit(`secure-message:person:${personId}`, MESSAGES_PER_PERSON_PER_HOUR, HOUR);
  return limit.allowed ? { ok: true } : { ok: false, retryAfterSeconds: limit.retryAfterSeconds };
}
