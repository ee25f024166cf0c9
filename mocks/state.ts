/**
 * In-memory state of the mock back end: what it has received, and faults that
 * tests inject. One per process; `resetMockBackend()` between tests.
 */
export type FaultMode =
  | "error"
  | "timeout"
  | "malformed"
  /** The call is carried out (an order is created) but the answer arrives after the client's timeout. */
  | "late";
export type Fault = { method: string; path: RegExp; mode: FaultMode; remaining: number };

export type Received = { key: string; body: unknown; at: string; result: Record<string, unknown> };

/**
 * What the back end saw of one idempotency key, to prove "exactly once" from
 * its side: every POST, what it created, and the two ways a sender can
 * deliver twice (a second POST while the first is still in flight, or one
 * after the first was answered with success).
 */
export type KeyStats = {
  posts: number;
  created: number;
  /** POSTs that arrived while another POST of the key was being answered. */
  concurrent: number;
  /** POSTs that arrived after a success answer had reached the sender. */
  afterSuccess: number;
  inFlight: number;
  answered: boolean;
};

/** The back end is unreachable (connections dropped) until `until` (Date.now() ms) for matching calls. */
export type Outage = { until: number; method: string | null; path: RegExp | null };

type MockState = {
  /** Received POSTs by kind ("card-orders", "cases", "secure-messages"), keyed by idempotency key. */
  received: Map<string, Map<string, Received>>;
  /** Per kind and idempotency key: how the key was sent (kept beside `received`, which tests read as it is). */
  keys: Map<string, Map<string, KeyStats>>;
  faults: Fault[];
  outages: Outage[];
  counter: number;
};

const holder = globalThis as { __kelaMock?: MockState };
export const mockState: MockState = (holder.__kelaMock ??= { received: new Map(), keys: new Map(), faults: [], outages: [], counter: 0 });
// A state made by an older copy of this module (dev reload) lacks the newer fields.
mockState.keys ??= new Map();
mockState.outages ??= [];

export function resetMockBackend(): void {
  mockState.received.clear();
  mockState.keys.clear();
  mockState.faults = [];
  mockState.outages = [];
  mockState.counter = 0;
}

/** The back end recovers: every injected fault and outage is gone. */
export function clearFaults(): void {
  mockState.faults = [];
  mockState.outages = [];
}

const pathPattern = (path: RegExp | string) =>
  typeof path === "string" ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:\w+/g, "[^/]+")}$`) : path;

/** Makes the next `times` matching calls fail in the given way. */
export function injectFault(method: string, path: RegExp | string, mode: FaultMode, times = 1): void {
  mockState.faults.push({ method: method.toUpperCase(), path: pathPattern(path), mode, remaining: times });
}

export function takeFault(method: string, path: string): FaultMode | null {
  const fault = mockState.faults.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
  if (!fault) return null;
  fault.remaining -= 1;
  return fault.mode;
}

/** The back end is down for `ms` (every call, or only the matching ones): connections are dropped unanswered. */
export function startOutage(ms: number, only: { method?: string; path?: string } = {}): void {
  mockState.outages.push({
    until: Date.now() + ms,
    method: only.method ? only.method.toUpperCase() : null,
    path: only.path ? pathPattern(only.path) : null,
  });
}

export function isDown(method: string, path: string): boolean {
  const at = Date.now();
  return mockState.outages.some((o) => o.until > at && (!o.method || o.method === method) && (!o.path || o.path.test(path)));
}

export function receivedOf(kind: string): Received[] {
  return [...(mockState.received.get(kind)?.values() ?? [])];
}

function statsOf(kind: string, key: string): KeyStats {
  const byKey = mockState.keys.get(kind) ?? new Map<string, KeyStats>();
  mockState.keys.set(kind, byKey);
  let stats = byKey.get(key);
  if (!stats) {
    stats = { posts: 0, created: 0, concurrent: 0, afterSuccess: 0, inFlight: 0, answered: false };
    byKey.set(key, stats);
  }
  return stats;
}

/**
 * A POST of `key` arrived. Returns the function to call once, when it was
 * answered (`success`: with a 2xx the sender received) or the sender gave up.
 */
export function postArrived(kind: string, key: string): (outcome: { success: boolean }) => void {
  const stats = statsOf(kind, key);
  stats.posts += 1;
  if (stats.inFlight > 0) stats.concurrent += 1;
  if (stats.answered) stats.afterSuccess += 1;
  stats.inFlight += 1;
  let done = false;
  return ({ success }) => {
    if (done) return;
    done = true;
    stats.inFlight -= 1;
    if (success) stats.answered = true;
  };
}

export function countCreated(kind: string, key: string): void {
  statsOf(kind, key).created += 1;
}

/** Per idempotency key of a kind: POSTs, creations, concurrent and after-success duplicates. */
export function keyStatsOf(kind: string): Record<string, Omit<KeyStats, "inFlight" | "answered">> {
  const entries = [...(mockState.keys.get(kind) ?? new Map<string, KeyStats>())];
  return Object.fromEntries(entries.map(([key, { posts, created, concurrent, afterSuccess }]) => [key, { posts, created, concurrent, afterSuccess }]));
}

export function nextId(prefix: string): string {
  mockState.counter += 1;
  return `${prefix}-${String(mockState.counter).padStart(6, "0")}`;
}
