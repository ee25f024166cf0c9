import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Selectable, Transaction } from "kysely";
import type { Lang } from "~/i18n/languages";
import { linkExpiresAt } from "~/domain/secure-message";
import { now } from "./clock.server";
import { getDb, type Database } from "./db.server";

/**
 * K-SECURE-1: the mailed links. A token is 32 random bytes (crypto), given
 * to the user once, in the mail; the database keeps only its sha256, so a
 * copy of the database opens nothing. Tokens travel in the query string of
 * the link (never in a path, which the access log records) and leave the
 * address bar at once: opening the link binds it to the browser session and
 * redirects to a URL without it.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export type SecureLink = { id: string; email: string; lang: string; createdAt: Date; expiresAt: Date; closedAt: Date | null };

/** Creates a link for an address; returns the token for the mail (it is not stored). */
export async function createSecureLink(email: string, lang: Lang): Promise<{ token: string; link: SecureLink }> {
  const db = await getDb();
  const token = newLinkToken();
  const createdAt = now();
  const link: SecureLink = { id: randomUUID(), email, lang, createdAt, expiresAt: linkExpiresAt(createdAt), closedAt: null };
  await db
    .insertInto("secure_message_links")
    .values({
      id: link.id,
      token_hash: hashLinkToken(token),
      email,
      lang,
      created_at: createdAt,
      expires_at: link.expiresAt,
      closed_at: null,
    })
    .execute();
  return { token, link };
}

const toLink = (row: Selectable<Database["secure_message_links"]>): SecureLink => ({
  id: row.id,
  email: row.email,
  lang: row.lang,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  closedAt: row.closed_at,
});

/** The link of a token, or null for anything that is not one of ours (mistyped, tampered). */
export async function findLinkByToken(token: string | null): Promise<SecureLink | null> {
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  const db = await getDb();
  const row = await db.selectFrom("secure_message_links").selectAll().where("token_hash", "=", hashLinkToken(token)).executeTakeFirst();
  return row ? toLink(row) : null;
}

export async function findLinkById(id: string): Promise<SecureLink | null> {
  const db = await getDb();
  const row = await db.selectFrom("secure_message_links").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toLink(row) : null;
}

/**
 * Closes a link inside the sending transaction. False when it was already
 * closed (a second tab or a double submit got there first).
 */
export async function closeSecureLink(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx
    .updateTable("secure_message_links")
    .set({ closed_at: now() })
    .where("id", "=", id)
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Links expired over 30 days ago are of no use to anyone: the address goes with them. */
export async function deleteOldSecureLinks(): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now().getTime() - 30 * 24 * 60 * 60_000);
  // secure_messages.link_id is set to null by the foreign key (the receipt stays).
  const result = await db.deleteFrom("secure_message_links").where("expires_at", "<", cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
