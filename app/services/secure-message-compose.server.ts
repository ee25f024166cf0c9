import { redirect } from "@remix-run/node";
import type { Lang } from "~/i18n/languages";
import { MAX_ATTACHMENT_BYTES } from "~/domain/file-type";
import { countryName, helsinkiDateTime } from "~/domain/international";
import {
  checkMessageFields,
  findPersonalDataInSubject,
  MAX_ATTACHMENTS,
  MESSAGE_MAX_LENGTH,
  NAME_MAX_LENGTH,
  SUBJECT_MAX_LENGTH,
  type MessageFields,
  type SubjectProblem,
} from "~/domain/secure-message";
import { mayVisit, stepOf, type SecureMessageSnapshot } from "../../machines/secureMessage";
import { checkAttachments, type AttachmentProblem } from "./attachments.server";
import { now } from "./clock.server";
import { field } from "./forms.server";
import {
  advance,
  eidasMessageAllowed,
  journeyOf,
  newReference,
  nextJourney,
  openedLink,
  saveJourney,
  sendSecureMessage,
  stepPath,
} from "./secure-message.server";
import { findLinkById, type SecureLink } from "./secure-message-links.server";
import { getSession, type Session, type SessionUser } from "./session.server";

export type SenderView = { via: "link"; email: string; validUntil: string } | { via: "eidas"; name: string; country: string };

type Writer =
  | { session: Session; snapshot: SecureMessageSnapshot; view: SenderView & { via: "link" }; link: SecureLink }
  | { session: Session; snapshot: SecureMessageSnapshot; view: SenderView & { via: "eidas" }; user: SessionUser & { eidasCountry: "EE" | "ES" | "IT" } };

/**
 * Who may write, and as whom: the owner of a link opened in this session
 * (checked again on every request: it may have expired or been used in
 * another tab meanwhile), or a person identified with eIDAS (K-EIDAS-1).
 * Anyone else is sent to where their journey stands.
 */
async function writer(request: Request, lang: Lang, given?: Session): Promise<Writer> {
  const session = given ?? (await getSession(request));
  let snapshot = journeyOf(session);
  const user = session.data.user;
  // Opening the form (GET) after eIDAS identification starts a message; a POST never
  // does, so a second "send" after the receipt is not a second message.
  if (request.method === "GET" && user?.method === "eidas" && !snapshot.matches("compose")) {
    snapshot = await advance(session, snapshot, { type: "EIDAS_IDENTIFIED", country: user.eidasCountry ?? "" });
  }
  if (!mayVisit(snapshot, "write")) throw redirect(stepPath(lang, stepOf(snapshot)));
  const sender = snapshot.context.sender;
  if (sender?.via === "link") {
    const link = await findLinkById(sender.linkId);
    const checked = nextJourney(snapshot, { type: "OPEN_LINK", link: openedLink(link), at: now().toISOString() });
    if (!link || !checked.matches("compose")) {
      await saveJourney(session, checked);
      throw redirect(stepPath(lang, stepOf(checked)));
    }
    return { session, snapshot, link, view: { via: "link", email: link.email, validUntil: helsinkiDateTime(lang, link.expiresAt) } };
  }
  if (sender?.via === "eidas" && user?.method === "eidas" && user.eidasCountry) {
    const identified = { ...user, eidasCountry: user.eidasCountry };
    return { session, snapshot, user: identified, view: { via: "eidas", name: user.name ?? "", country: countryName(lang, user.eidasCountry) } };
  }
  // The identification ended (signed out, timed out) since the form was opened.
  throw redirect(stepPath(lang, "start"));
}

export async function writeSender(request: Request, lang: Lang): Promise<{ sender: SenderView }> {
  return { sender: (await writer(request, lang)).view };
}

const fieldErrorKeys = {
  name: { required: "secureMessage:errors.nameRequired", tooLong: "secureMessage:errors.nameTooLong" },
  subject: { required: "secureMessage:errors.subjectRequired", tooLong: "secureMessage:errors.subjectTooLong" },
  message: { required: "secureMessage:errors.messageRequired", tooLong: "secureMessage:errors.messageTooLong" },
} as const;

const attachmentErrorKeys: Record<AttachmentProblem, string> = {
  "wrong-type": "secureMessage:errors.attachmentType",
  "too-large": "secureMessage:errors.attachmentTooLarge",
  "too-many": "secureMessage:errors.attachmentTooMany",
  empty: "secureMessage:errors.attachmentType",
};

/** K-SECURE-2: what was found, and the rule's explanation with it. */
const subjectErrorKeys: Record<SubjectProblem, string> = {
  hetu: "secureMessage:errors.subjectHasHetu",
  name: "secureMessage:errors.subjectHasName",
  email: "secureMessage:errors.subjectHasEmail",
};

export type ComposeResult =
  | { ok: true; redirectTo: string }
  | {
      ok: false;
      status: 422 | 429;
      /** Field name → locale key. */
      errors: Record<string, string>;
      vars: Record<string, string | number>;
      values: MessageFields;
      /** Files were chosen: a browser without JavaScript must choose them again. */
      filesDropped: boolean;
    };

/**
 * POST of the compose form: checks the fields and the attachments, lets the
 * machine decide on the subject (K-SECURE-2), then sends through the outbox.
 */
export async function composeMessage(request: Request, lang: Lang, session: Session, form: FormData, oversizeFile: boolean): Promise<ComposeResult> {
  const writing = await writer(request, lang, session);
  // Browsers send a textarea's line breaks as CRLF; the message keeps plain newlines.
  const values: MessageFields = { name: field(form, "name"), subject: field(form, "subject"), message: field(form, "message").replace(/\r\n?/g, "\n") };
  const files = form.getAll("attachments");
  const filesDropped = oversizeFile || files.some((file) => typeof file !== "string" && file.size > 0);
  const vars: Record<string, string | number> = {
    maxFiles: MAX_ATTACHMENTS,
    maxMegabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024,
    nameMax: NAME_MAX_LENGTH,
    subjectMax: SUBJECT_MAX_LENGTH,
    messageMax: MESSAGE_MAX_LENGTH,
  };
  const fail = (status: 422 | 429, errors: Record<string, string>): ComposeResult => ({ ok: false, status, errors, vars, values, filesDropped });

  const errors: Record<string, string> = {};
  const problems = checkMessageFields(values, { askName: writing.view.via === "link" });
  for (const [name, problem] of Object.entries(problems) as [keyof MessageFields, "required" | "tooLong"][]) {
    errors[name] = fieldErrorKeys[name][problem];
  }
  // K-SECURE-2: the machine decides on the subject; the domain function names what it found.
  const names = "user" in writing ? [writing.user.name] : [values.name];
  const reference = newReference(now());
  const sent = nextJourney(writing.snapshot, { type: "SEND", subject: values.subject, sender: { names }, reference });
  if (!errors.subject && !sent.matches("sent")) {
    errors.subject = subjectErrorKeys[findPersonalDataInSubject(values.subject, { names }) ?? "name"];
  }
  const attachments = await checkAttachments(files, { maxFiles: MAX_ATTACHMENTS, oversize: oversizeFile });
  if (!attachments.ok) {
    errors.attachments = attachmentErrorKeys[attachments.problem];
    vars.fileName = attachments.fileName ?? "";
  }
  if (Object.keys(errors).length || !attachments.ok) return fail(422, errors);

  if ("user" in writing) {
    const allowed = await eidasMessageAllowed(writing.user.personId);
    if (!allowed.ok) {
      vars.minutes = Math.max(1, Math.ceil(allowed.retryAfterSeconds / 60));
      return fail(429, { message: "secureMessage:errors.tooManyMessages" });
    }
  }

  const delivered = await sendSecureMessage({
    reference,
    lang,
    linkId: "link" in writing ? writing.link.id : null,
    sender:
      "link" in writing
        ? { method: "email-link", email: writing.link.email, name: values.name }
        : { method: "eidas", personId: writing.user.personId, country: writing.user.eidasCountry, name: writing.user.name },
    subject: values.subject,
    message: values.message,
    attachments: attachments.attachments,
  });
  if (!delivered && "link" in writing) {
    // Used in another tab (or a double submit) a moment ago: the link is closed now.
    const refused = await advance(session, writing.snapshot, {
      type: "OPEN_LINK",
      link: openedLink(await findLinkById(writing.link.id)),
      at: now().toISOString(),
    });
    return { ok: true, redirectTo: stepPath(lang, stepOf(refused)) };
  }
  await saveJourney(session, sent);
  return { ok: true, redirectTo: stepPath(lang, "sent") };
}
