import { delay, http, HttpResponse, type HttpResponseResolver, type PathParams } from "msw";
import { getEnv } from "~/env.server";
import { now } from "~/services/clock.server";
import { countCreated, isDown, mockState, nextId, postArrived, takeFault, type Received } from "../state";

export const apiBase = () => getEnv().KELA_API_URL;

/**
 * A mock endpoint that honours injected faults: an outage (the connection is
 * dropped), a 500, a hang longer than the client's timeout, a body that
 * breaks the contract, or an answer that comes too late for a call that was
 * carried out. Every POST is counted per idempotency key, with whether it
 * arrived while another of the same key was in flight.
 */
export function endpoint<Params extends PathParams>(
  method: "get" | "post",
  path: string,
  resolver: HttpResponseResolver<Params>,
) {
  const verb = method.toUpperCase();
  return http[method]<Params>(`${apiBase()}${path}`, async (info) => {
    const relative = new URL(info.request.url).pathname.replace(new URL(apiBase()).pathname, "");
    if (isDown(verb, relative)) return HttpResponse.error();
    const key = verb === "POST" ? info.request.headers.get("idempotency-key") : null;
    const finished = key ? postArrived(relative.split("/")[1] ?? relative, key) : () => undefined;
    // A sender that gave up (its timeout) has nothing in flight any more.
    info.request.signal.addEventListener("abort", () => finished({ success: false }), { once: true });
    try {
      const response = await answer(verb, relative, () => resolver(info));
      finished({ success: response.ok && !info.request.signal.aborted });
      return response;
    } catch (error) {
      finished({ success: false });
      throw error;
    }
  });
}

async function answer(verb: string, relative: string, resolve: () => ReturnType<HttpResponseResolver>): Promise<Response> {
  const fault = takeFault(verb, relative);
  const tooLate = () => delay(getEnv().KELA_API_TIMEOUT_MS + 1000);
  if (fault === "error") return HttpResponse.json({ code: "internal_error" }, { status: 500 });
  if (fault === "timeout") {
    await tooLate();
    return HttpResponse.json({ code: "timeout" }, { status: 504 });
  }
  if (fault === "malformed") return HttpResponse.json({ unexpected: true, cards: "not-a-list" });
  const response = (await resolve()) as Response;
  if (fault === "late") await tooLate();
  return response;
}

/**
 * Idempotent creation, as the real back end promises: the same
 * Idempotency-Key returns the first answer again and never creates twice.
 */
export async function createOnce(
  kind: string,
  request: Request,
  create: (body: unknown) => Record<string, unknown> | Response,
): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (!key) return HttpResponse.json({ code: "idempotency_key_required" }, { status: 400 });
  const store = mockState.received.get(kind) ?? new Map<string, Received>();
  mockState.received.set(kind, store);
  const existing = store.get(key);
  if (existing) return HttpResponse.json(existing.result, { status: 200 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return HttpResponse.json({ code: "invalid_json" }, { status: 400 });
  }
  const result = create(body);
  if (result instanceof Response) return result;
  store.set(key, { key, body, at: now().toISOString(), result });
  countCreated(kind, key);
  return HttpResponse.json(result, { status: 201 });
}

export { nextId };
