import { createSecureMessageRequest } from "~/contracts/kela-api";
import { createSecureMessage, KelaApiError } from "./kela-api.server";

/**
 * The outbox handler of kind "secure-message": hands a message to KV-keskus
 * with the outbox row's idempotency key, so a retry never delivers it twice.
 * A payload that breaks the contract can never succeed: it is refused at once
 * (the row goes "dead" for an operator) instead of being retried.
 */
export async function deliverSecureMessage(payload: Record<string, unknown>, context: { idempotencyKey: string }) {
  const parsed = createSecureMessageRequest.safeParse(payload);
  if (!parsed.success) throw new KelaApiError("rejected", "POST /secure-messages (payload)");
  return createSecureMessage(parsed.data, context.idempotencyKey);
}
