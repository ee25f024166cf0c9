/**
 * How each kind of outbox entry is delivered to the back end. A capability
 * that promises something to the user adds its kind here.
 */
export type OutboxHandler = (
  payload: Record<string, unknown>,
  context: { idempotencyKey: string },
) => Promise<Record<string, unknown>>;

export const outboxHandlers: Record<string, OutboxHandler> = {};

export type OutboxKind = keyof typeof outboxHandlers & string;
