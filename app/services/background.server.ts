import { getEnv } from "~/env.server";
import { startChatEngine } from "./chat.server";
import { deleteOldTranscripts } from "./chat-transcripts.server";
import { log } from "./logger.server";
import { deliverDueOutbox, purgeDeliveredPayloads } from "./outbox.server";
import { deleteOldSecureLinks } from "./secure-message-links.server";
import { deleteOldRateLimits, startRateLimitFlusher } from "./rate-limit.server";
import { deleteStaleSessions } from "./session.server";

export type Stop = () => Promise<void> | void;
export type BackgroundService = {
  name: string;
  /** Only in mock mode (the mail catcher, for example). */
  mockOnly?: boolean;
  start: () => Promise<Stop | void> | Stop | void;
};

/** Runs `task` every `ms` until stopped; a failure is logged and retried next time. */
export function every(name: string, ms: number, task: () => Promise<unknown>): Stop {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch((error: unknown) => log.warn(`${name}.failed`, { error }))
      .finally(() => (running = false));
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * What runs beside the HTTP server, started by boot() after the database is
 * ready. A capability that needs one adds it to this list.
 */
export const backgroundServices: BackgroundService[] = [
  { name: "session-cleanup", start: () => every("sessions.cleanup", 10 * 60_000, deleteStaleSessions) },
  // Issue 12: each instance counts rate-limit hits in memory and adds them to the shared rows twice a second.
  { name: "rate-limit-flush", start: () => startRateLimitFlusher() },
  { name: "rate-limit-cleanup", start: () => every("rate_limits.cleanup", 60 * 60_000, () => deleteOldRateLimits()) },
  { name: "outbox-worker", start: () => every("outbox.worker", getEnv().OUTBOX_WORKER_INTERVAL_MS, () => deliverDueOutbox()) },
  { name: "outbox-payload-purge", start: () => every("outbox.purge", 60 * 60_000, purgeDeliveredPayloads) },
  // Mock mode without SMTP_URL: catch the portal's mail on a loopback port (dev mailbox, e2e tests).
  { name: "mail-catcher", mockOnly: true, start: async () => (await import("./mail-catcher.server")).startMailCatcherService() },
  { name: "secure-link-cleanup", start: () => every("secure_links.cleanup", 60 * 60_000, deleteOldSecureLinks) },
  // Issue 7: the chat's search indexes are built at start-up; transcripts go after 30 days.
  { name: "chat-engine", start: () => startChatEngine() },
  { name: "chat-transcript-cleanup", start: () => every("chat.cleanup", 60 * 60_000, deleteOldTranscripts) },
];
