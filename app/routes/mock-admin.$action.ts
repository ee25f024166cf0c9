import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getEnv } from "~/env.server";
import { advanceClock, now, setNow } from "~/services/clock.server";

/**
 * Test control of the mock world, for end-to-end tests against the built
 * server: move the app clock, reset or break the mock back end, see what it
 * received. It does not exist unless MOCKS=true.
 */
function assertMocks() {
  if (!getEnv().MOCKS) throw new Response("Not found", { status: 404 });
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  assertMocks();
  const { receivedOf } = await import("../../mocks/state");
  if (params.action === "clock") return json({ now: now().toISOString() });
  if (params.action === "received") {
    const kind = new URL(request.url).searchParams.get("kind") ?? "";
    return json({ received: receivedOf(kind) });
  }
  throw new Response("Not found", { status: 404 });
}

export async function action({ params, request }: ActionFunctionArgs) {
  assertMocks();
  const { injectFault, resetMockBackend } = await import("../../mocks/state");
  const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
  switch (params.action) {
    case "clock":
      if (typeof body.set === "string") setNow(new Date(body.set));
      if (typeof body.advanceMs === "number") advanceClock(body.advanceMs);
      return json({ now: now().toISOString() });
    case "reset":
      resetMockBackend();
      return json({ ok: true });
    case "fault":
      injectFault(String(body.method), String(body.path), body.mode as "error" | "timeout" | "malformed", Number(body.times ?? 1));
      return json({ ok: true });
    default:
      throw new Response("Not found", { status: 404 });
  }
}
