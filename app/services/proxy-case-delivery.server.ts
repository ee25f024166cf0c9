import { createCaseRequest } from "~/contracts/kela-api";
import { createCase, KelaApiError } from "./kela-api.server";

/**
 * The outbox handler of kind "proxy-case": opens the manual-handling case of
 * a written power of attorney (C-AUTH-4) or an "other person" declaration
 * (C-AUTH-3) with the outbox row's idempotency key, so a retry never opens
 * two. A payload that breaks the contract is refused at once (the row goes
 * "dead" for an operator) instead of being retried.
 */
export async function deliverProxyCase(payload: Record<string, unknown>, context: { idempotencyKey: string }) {
  const parsed = createCaseRequest.safeParse(payload);
  if (!parsed.success || (parsed.data.type !== "power-of-attorney" && parsed.data.type !== "other-person")) {
    throw new KelaApiError("rejected", "POST /cases (payload)");
  }
  return createCase(parsed.data, context.idempotencyKey);
}
