import { z } from "zod";
import { cardOrderRequest, createCaseRequest } from "~/contracts/kela-api";
import { createCase, placeCardOrder } from "./kela-api.server";

/**
 * What the outbox carries for a submitted card application: a card order
 * (C-DELIV-1..3) or a manual-handling case (C-DELIV-4), each already in the
 * back end's contract shape.
 */
export const cardApplicationPayload = z.discriminatedUnion("channel", [
  z.object({ channel: z.literal("order"), request: cardOrderRequest }),
  z.object({ channel: z.literal("case"), request: createCaseRequest }),
]);
export type CardApplicationPayload = z.infer<typeof cardApplicationPayload>;

/** What the back end answered, kept with the outbox entry for the confirmation page. */
export type CardDeliveryResult = { orderId?: string; caseId?: string; estimatedDelivery?: string };

/**
 * The outbox handler of kind "card-order": sends the application with the
 * entry's idempotency key (derived from the draft), so a retry after a
 * timeout returns the first order instead of creating a second one.
 */
export async function deliverCardApplication(payload: Record<string, unknown>, { idempotencyKey }: { idempotencyKey: string }): Promise<CardDeliveryResult> {
  const application = cardApplicationPayload.parse(payload);
  if (application.channel === "order") {
    const order = await placeCardOrder(application.request, idempotencyKey);
    return { orderId: order.orderId, estimatedDelivery: order.estimatedDelivery };
  }
  const created = await createCase(application.request, idempotencyKey);
  return { caseId: created.caseId };
}
