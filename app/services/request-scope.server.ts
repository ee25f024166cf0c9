import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What one HTTP request has already looked up (its session, the back end's
 * answers), so that the root loader, the route loader and a form action of
 * the same request do not each ask again. The HTTP server (server/app.ts)
 * runs every request in a scope of its own; outside one (unit tests, the
 * background worker) nothing is remembered. The storage is shared through
 * globalThis because the server and the Remix build are bundled apart.
 */
type Scope = Map<string, Promise<unknown>>;
const holder = globalThis as { __kelaRequestScope?: AsyncLocalStorage<Scope> };
const storage = (holder.__kelaRequestScope ??= new AsyncLocalStorage<Scope>());

export function runInRequestScope<T>(fn: () => T): T {
  return storage.run(new Map(), fn);
}

/** The value of `key` in this request, computed once; a failure is not remembered. */
export function oncePerRequest<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const scope = storage.getStore();
  if (!scope) return compute();
  const known = scope.get(key) as Promise<T> | undefined;
  if (known) return known;
  const pending = compute();
  scope.set(key, pending);
  pending.catch(() => scope.delete(key));
  return pending;
}

/** Replaces what this request knows of `key` (after the request itself changed it). */
export function rememberInRequest<T>(key: string, value: T): void {
  storage.getStore()?.set(key, Promise.resolve(value));
}

/** Forgets every key that starts with `prefix` (after a write that may change them). */
export function forgetInRequest(prefix: string): void {
  const scope = storage.getStore();
  if (!scope) return;
  for (const key of scope.keys()) if (key.startsWith(prefix)) scope.delete(key);
}
