/**
 * In-memory state of the mock back end: what it has received, and faults that
 * tests inject. One per process; `resetMockBackend()` between tests.
 */
export type FaultMode = "error" | "timeout" | "malformed";
export type Fault = { method: string; path: RegExp; mode: FaultMode; remaining: number };

export type Received = { key: string; body: unknown; at: string; result: Record<string, unknown> };

type MockState = {
  /** Received POSTs by kind ("card-orders", "cases", "secure-messages"), keyed by idempotency key. */
  received: Map<string, Map<string, Received>>;
  faults: Fault[];
  counter: number;
};

const holder = globalThis as { __kelaMock?: MockState };
export const mockState: MockState = (holder.__kelaMock ??= { received: new Map(), faults: [], counter: 0 });

export function resetMockBackend(): void {
  mockState.received.clear();
  mockState.faults = [];
  mockState.counter = 0;
}

/** The back end recovers: every injected fault is gone. */
export function clearFaults(): void {
  mockState.faults = [];
}

/** Makes the next `times` matching calls fail in the given way. */
export function injectFault(method: string, path: RegExp | string, mode: FaultMode, times = 1): void {
  const pattern = typeof path === "string" ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:\w+/g, "[^/]+")}$`) : path;
  mockState.faults.push({ method: method.toUpperCase(), path: pattern, mode, remaining: times });
}

export function takeFault(method: string, path: string): FaultMode | null {
  const fault = mockState.faults.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
  if (!fault) return null;
  fault.remaining -= 1;
  return fault.mode;
}

export function receivedOf(kind: string): Received[] {
  return [...(mockState.received.get(kind)?.values() ?? [])];
}

export function nextId(prefix: string): string {
  mockState.counter += 1;
  return `${prefix}-${String(mockState.counter).padStart(6, "0")}`;
}
