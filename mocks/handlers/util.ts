import { delay, http, HttpResponse, type HttpResponseResolver, type PathParams } from "msw";
import { getEnv } from "~/env.server";
import { now } from "~/services/clock.server";
import { mockState, nextId, takeFault, type Received } from "../state";

export const apiBase = () => getEnv().KELA_API_URL;

/**
 * A mock endpoint that honours injected faults: a 500, a hang longer than the
 * client's timeout, or a body that breaks the contract.
 */
export function endpoint<Params extends PathParams>(
  method: "get" | "post",
  path: string,
  resolver: HttpResponseResolver<Params>,
) {
  return http[method]<Params>(`${apiBase()}${path}`, async (info) => {
    const relative = new URL(info.request.url).pathname.replace(new URL(apiBase()).pathname, "");
    const fault = takeFault(method.toUpperCase(), relative);
    if (fault === "error") return HttpResponse.json({ code: "internal_error" }, { status: 500 });
    if (fault === "timeout") {
      await delay(getEnv().KELA_API_TIMEOUT_MS + 1000);
      return HttpResponse.json({ code: "timeout" }, { status: 504 });
    }
    if (fault === "malformed") return HttpResponse.json({ unexpected: true, cards: "not-a-list" });
    return resolver(info);
  });
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
  return HttpResponse.json(result, { status: 201 });
}

export { nextId };
