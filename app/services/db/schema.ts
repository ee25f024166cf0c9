import type { ColumnType, Generated, JSONColumnType } from "kysely";

/**
 * The tables of the portal's own database (sessions, drafts, outbox, links,
 * audit, transcripts). Kela's registers are not here: they are the back end's.
 * Timestamps are written from the app clock, never by database defaults, so
 * that tests can move time.
 */
export interface Database {
  sessions: SessionsTable;
  app_secrets: AppSecretsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  outbox: OutboxTable;
  card_drafts: CardDraftsTable;
  card_receipts: CardReceiptsTable;
  proxy_drafts: ProxyDraftsTable;
  proxy_cases: ProxyCasesTable;
  secure_message_links: SecureMessageLinksTable;
  secure_messages: SecureMessagesTable;
  chat_conversations: ChatConversationsTable;
  chat_messages: ChatMessagesTable;
}

export interface SessionsTable {
  /** sha256 of the random id in the cookie; the id itself is never stored. */
  id_hash: string;
  data: JSONColumnType<Record<string, unknown>>;
  /** No longer written (migration 0006: the token is derived from the cookie). */
  csrf_token: string | null;
  /** The signed-in person (back-end person id), for "sign out everywhere" and clean-up. */
  person_id: string | null;
  created_at: Date;
  last_seen_at: Date;
}

/** Keys of the installation, made once and shared by every instance (e.g. the CSRF key). */
export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: Date;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Date;
  /** Back-end person id of who acted. */
  actor_id: string;
  /** Back-end person id of whom it was for (the actor for own affairs). */
  target_id: string;
  /** self, huoltaja, edunvalvoja, valtuutettu (mandate), valtakirja, muu-henkilo */
  basis: string;
  action: string;
  outcome: "allowed" | "denied" | "failed";
  details: JSONColumnType<Record<string, unknown>>;
}

export interface RateLimitsTable {
  key: string;
  window_start: Date;
  count: number;
}

export interface OutboxTable {
  id: string;
  kind: string;
  /** Sent to the back end as the Idempotency-Key header: a retry can never double. */
  idempotency_key: string;
  payload: JSONColumnType<Record<string, unknown>>;
  status: "pending" | "delivered" | "dead";
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
  /** What the back end answered (e.g. its order id). */
  result: JSONColumnType<Record<string, unknown>> | null;
}

/** K-SECURE-1: a mailed secure-message link; the token itself is never stored. */
export interface SecureMessageLinksTable {
  id: string;
  /** sha256 (base64url) of the random token in the mailed link. */
  token_hash: string;
  /** Where the link was sent: the verified reply address of the message. */
  email: string;
  lang: string;
  created_at: Date;
  expires_at: Date;
  /** Set when a message has been sent with the link (a link is used once). */
  closed_at: Date | null;
}

/** The receipt of a secure message to KV-keskus; the content is only in the outbox. */
export interface SecureMessagesTable {
  id: string;
  reference: string;
  link_id: string | null;
  sender_method: "email-link" | "eidas";
  /** Back-end person id of an eIDAS-identified sender. */
  person_id: string | null;
  lang: string;
  outbox_id: string;
  created_at: Date;
}

/** Issue 5: a power-of-attorney or "other person" declaration in progress (the machine's snapshot). */
export interface ProxyDraftsTable {
  /** Back-end person id of the declarant. */
  actor_id: string;
  kind: "power-of-attorney" | "other-person";
  snapshot: JSONColumnType<Record<string, unknown>>;
  /** The uploaded power of attorney (base64), kept out of the snapshot. */
  attachment: JSONColumnType<Record<string, unknown>> | null;
  updated_at: Date;
}

/** Issue 5: the receipt of a submitted declaration; the case goes to the back end through the outbox. */
export interface ProxyCasesTable {
  /** Also the idempotency key of the case. */
  id: string;
  actor_id: string;
  /** Back-end person id of whom the case is about. */
  target_id: string;
  kind: "power-of-attorney" | "other-person";
  /** "300935-****": enough for the declarant to recognise the case. */
  masked_hetu: string;
  outbox_id: string;
  /** The back end's case id, once delivered. */
  case_id: string | null;
  created_at: Date;
}

/** The new-card journey in progress: the persisted machine snapshot (machines/lostCard.ts); deleted when submitted. */
export interface CardDraftsTable {
  id: string;
  /** Who fills it in, and whom the card is for (back-end person ids). */
  actor_id: string;
  target_id: string;
  machine_version: number;
  snapshot: JSONColumnType<Record<string, unknown>>;
  created_at: Date;
  updated_at: Date;
  /** 30 days after the last answer, on the app clock. */
  expires_at: Date;
}

/** What the user was promised when they submitted: written with the outbox entry in one transaction. */
export interface CardReceiptsTable {
  id: string;
  /** Shown to the user, e.g. "KK-7Q4M-2XHD". */
  reference: string;
  draft_id: string;
  actor_id: string;
  target_id: string;
  basis: string;
  /** "order" (C-DELIV-1..3) or "manual-case" (C-DELIV-4). */
  kind: "order" | "manual-case";
  outbox_id: string;
  /** The application as sent (no identity codes). */
  application: JSONColumnType<Record<string, unknown>>;
  created_at: Date;
}

/** A chat conversation (issue 7): the persisted machine snapshot (machines/chat.ts). */
export interface ChatConversationsTable {
  id: string;
  /** sha256 of the session id of the chat page that owns it; null for API clients without a session. */
  owner_hash: string | null;
  lang: string;
  snapshot: JSONColumnType<Record<string, unknown>>;
  created_at: Date;
  updated_at: Date;
}

/** One chat message; the user's text is stored only with identity codes redacted. */
export interface ChatMessagesTable {
  id: Generated<string>;
  conversation_id: string;
  at: Date;
  role: "user" | "bot";
  text: string;
  /** The bot's whole reply (contract shape) for showing the conversation again. */
  reply: JSONColumnType<Record<string, unknown>> | null;
}
