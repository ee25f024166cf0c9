import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { getEnv } from "~/env.server";
import { log } from "./logger.server";

/**
 * Mock mode without SMTP_URL: an in-process SMTP server on a loopback port
 * catches every mail the portal sends, so that the dev mailbox page and the
 * end-to-end tests can read it. Nothing leaves the machine.
 */
export type CaughtMail = { id: string; at: string; from: string; to: string[]; subject: string; text: string };

/** Only the newest ones are kept (a long demo must not grow without bound). */
const KEEP = 200;

type Catcher = { server: SMTPServer; port: number; mails: CaughtMail[] };
const holder = globalThis as { __mailCatcher?: Promise<Catcher> };

/** Starts the catcher once per process; returns its port. */
export async function startMailCatcher(): Promise<number> {
  holder.__mailCatcher ??= listen().catch((error: unknown) => {
    holder.__mailCatcher = undefined;
    throw error;
  });
  return (await holder.__mailCatcher).port;
}

function listen(): Promise<Catcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 2 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const parsed = parseMail(Buffer.concat(chunks).toString("latin1"));
        mails.push({
          id: randomUUID(),
          at: new Date().toISOString(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: parsed.subject,
          text: parsed.text,
        });
        if (mails.length > KEEP) mails.splice(0, mails.length - KEEP);
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.server.address() as AddressInfo).port;
      log.info("mail.catcher_started", { port });
      resolve({ server, port, mails });
    });
  });
}

/** Caught mails, newest first; `to` narrows to one recipient. */
export async function caughtMail(filter: { to?: string } = {}): Promise<CaughtMail[]> {
  const catcher = await holder.__mailCatcher;
  if (!catcher) return [];
  const to = filter.to?.toLowerCase();
  return catcher.mails.filter((mail) => !to || mail.to.some((address) => address.toLowerCase() === to)).reverse();
}

export async function stopMailCatcher(): Promise<void> {
  const pending = holder.__mailCatcher;
  holder.__mailCatcher = undefined;
  if (pending) {
    const { server } = await pending;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

// --- A small MIME reader: enough for the mails this portal sends (nodemailer, text, UTF-8). ---

type Part = { headers: Map<string, string>; body: string };

function splitPart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

const utf8 = (latin1: string) => Buffer.from(latin1, "latin1").toString("utf8");

/** RFC 2047 encoded words ("=?UTF-8?Q?...?=") in a header. */
export function decodeHeader(value: string): string {
  const joined = value.replace(/\?=\s+=\?/g, "?==?");
  return utf8(
    joined.replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_match, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("latin1")
        : text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    ),
  );
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    return utf8(part.body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  return utf8(part.body);
}

function textOf(part: Part): string | null {
  const type = part.headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    for (const chunk of part.body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith("--")) break;
      const text = textOf(splitPart(chunk.replace(/^\r?\n/, "")));
      if (text !== null) return text;
    }
    return null;
  }
  return /^text\/plain/i.test(type) ? decodeBody(part).replace(/\r\n/g, "\n").trimEnd() : null;
}

export function parseMail(raw: string): { subject: string; text: string } {
  const message = splitPart(raw);
  return { subject: decodeHeader(message.headers.get("subject") ?? ""), text: textOf(message) ?? "" };
}

/** The background service (mock mode): started unless a real SMTP server is configured. */
export async function startMailCatcherService(): Promise<(() => Promise<void>) | void> {
  if (getEnv().SMTP_URL) return;
  await startMailCatcher();
  return stopMailCatcher;
}
