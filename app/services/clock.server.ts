/**
 * The app clock. In production it is the system clock. In mock mode it can be
 * pinned (APP_NOW) and moved, so that ages, "ordered 20 days ago", idle
 * timeouts and link expiry can be tested; it keeps ticking from where it is set.
 * Kept on globalThis so that every copy of this module (dev reloads) agrees.
 */
const state = ((globalThis as { __appClock?: { offsetMs: number } }).__appClock ??= { offsetMs: 0 });

export function now(): Date {
  return new Date(Date.now() + state.offsetMs);
}

export function setNow(instant: Date): void {
  state.offsetMs = instant.getTime() - Date.now();
}

export function advanceClock(ms: number): void {
  state.offsetMs += ms;
}

export function resetClock(): void {
  state.offsetMs = 0;
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
