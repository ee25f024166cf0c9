import { deliverCardApplication } from "./card-order-delivery.server";
import { deliverProxyCase } from "./proxy-case-delivery.server";
import { deliverSecureMessage } from "./secure-message-delivery.server";

/**
 * How each kind of outbox entry is delivered to the back end. A capability
 * that promises something to the user adds its kind here.
 */
export type OutboxHandler = (
  payload: Record<string, unknown>,
  context: { idempotencyKey: string },
) => Promise<Record<string, unknown>>;

export const outboxHandlers: Record<string, OutboxHandler> = {
  "card-order": deliverCardApplication,
  "secure-message": deliverSecureMessage,
  "proxy-case": deliverProxyCase,
};

export type OutboxKind = keyof typeof outboxHandlers & string;
