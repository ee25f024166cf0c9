import { describe, expect, it } from "vitest";
import { advanceClock, DAY, MINUTE, now } from "./clock.server";
import { getDb } from "./db.server";
import { closeSecureLink, createSecureLink, deleteOldSecureLinks, findLinkByToken, hashLinkToken, newLinkToken } from "./secure-message-links.server";
import { linkState } from "~/domain/secure-message";

describe("secure-message links (K-SECURE-1)", () => {
  it("K-SECURE-1: tokens are 256 random bits, and only their sha256 is stored", async () => {
    const tokens = new Set(Array.from({ length: 50 }, newLinkToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const { token, link } = await createSecureLink("kadri@example.ee", "en");
    const db = await getDb();
    const row = await db.selectFrom("secure_message_links").selectAll().where("id", "=", link.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashLinkToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await findLinkByToken(token))?.id).toBe(link.id);
  });

  it("K-SECURE-1: the link is valid 30 days on the app clock, then refused", async () => {
    const { token } = await createSecureLink("expiry@example.com", "fi");
    const link = await findLinkByToken(token);
    expect(link!.expiresAt.getTime() - link!.createdAt.getTime()).toBe(30 * DAY);
    advanceClock(30 * DAY - MINUTE);
    expect(linkState(await findLinkByToken(token), now())).toBe("valid");
    advanceClock(2 * MINUTE);
    expect(linkState(await findLinkByToken(token), now())).toBe("expired");
    advanceClock(-(30 * DAY + MINUTE));
  });

  it("K-SECURE-1: a changed token finds nothing, whatever its shape", async () => {
    const { token } = await createSecureLink("tamper@example.com", "sv");
    const changed = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await findLinkByToken(changed)).toBeNull();
    expect(await findLinkByToken(`${token}x`)).toBeNull();
    expect(await findLinkByToken("' or 1=1 --")).toBeNull();
    expect(await findLinkByToken(null)).toBeNull();
  });

  it("K-SECURE-1: a link closes once; a second close (another tab) is refused", async () => {
    const { token, link } = await createSecureLink("once@example.com", "fi");
    const db = await getDb();
    expect(await db.transaction().execute((trx) => closeSecureLink(trx, link.id))).toBe(true);
    expect(await db.transaction().execute((trx) => closeSecureLink(trx, link.id))).toBe(false);
    expect(linkState(await findLinkByToken(token), now())).toBe("closed");
  });

  it("forgets links (and their addresses) 30 days after they expired", async () => {
    const { token } = await createSecureLink("old@example.com", "fi");
    advanceClock(61 * DAY);
    try {
      expect(await deleteOldSecureLinks()).toBeGreaterThan(0);
      expect(await findLinkByToken(token)).toBeNull();
    } finally {
      advanceClock(-61 * DAY);
    }
  });
});
