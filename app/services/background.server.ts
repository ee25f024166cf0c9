import { log } from "./logger.server";
import { deliverDueOutbox } from "./outbox.server";
import { deleteOldRateLimits } from "./rate-limit.server";
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
  { name: "rate-limit-cleanup", start: () => every("rate_limits.cleanup", 60 * 60_000, () => deleteOldRateLimits()) },
  { name: "outbox-worker", start: () => every("outbox.worker", 2_000, () => deliverDueOutbox()) },
];
