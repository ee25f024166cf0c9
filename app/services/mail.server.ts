import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "~/env.server";
import { log } from "./logger.server";

/**
 * Outgoing mail: nodemailer over SMTP (SMTP_URL). In mock mode without
 * SMTP_URL the in-process catcher (mail-catcher.server.ts) receives it.
 * A subject is fixed text from the locales: never personal data.
 */
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  /** What the mail is, for the log (the log never gets the address or the body). */
  kind: string;
  /** The sender's display name in the mail's language ("FPA" in Swedish); the address is MAIL_FROM's. */
  fromName?: string;
};

/** "Kela <no-reply@kela.fi>" → "no-reply@kela.fi". */
function fromAddress(mailFrom: string): string {
  return /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
}

const holder = globalThis as { __mailTransport?: { key: string; transport: Transporter } };

async function transport(): Promise<Transporter> {
  const env = getEnv();
  let key: string;
  let options: string | { host: string; port: number; secure: false; ignoreTLS: true };
  if (env.SMTP_URL) {
    key = env.SMTP_URL;
    options = env.SMTP_URL;
  } else if (env.MOCKS) {
    const { startMailCatcher } = await import("./mail-catcher.server");
    const port = await startMailCatcher();
    key = `catcher:${port}`;
    options = { host: "127.0.0.1", port, secure: false, ignoreTLS: true };
  } else {
    throw new Error("SMTP_URL is not configured: mail cannot be sent");
  }
  if (holder.__mailTransport?.key !== key) holder.__mailTransport = { key, transport: nodemailer.createTransport(options) };
  return holder.__mailTransport.transport;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const sent = await (await transport()).sendMail({
    from: mail.fromName ? { name: mail.fromName, address: fromAddress(getEnv().MAIL_FROM) } : getEnv().MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    textEncoding: "quoted-printable",
  });
  log.info("mail.sent", { kind: mail.kind, messageId: sent.messageId });
}
