import { Kysely } from "kysely";
import { describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "~/env.server";
import { loader as rootLoader } from "~/root";
import { get, run, signedInVisitor } from "../../tests/helpers/http";
import { advanceClock, MINUTE } from "./clock.server";
import { getDb } from "./db.server";
import { runInRequestScope } from "./request-scope.server";
import { getSession, sessionCookie, signIn, signOut, updateSession } from "./session.server";

describe("sessions", () => {
  it("the cookie holds only a random id: HttpOnly, SameSite=Lax, Secure in production", () => {
    const cookie = sessionCookie("x".repeat(43));
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    process.env.NODE_ENV = "production";
    resetEnvCache();
    try {
      const secure = sessionCookie("x".repeat(43));
      expect(secure).toMatch(/^__Host-kela_sid=x{43}; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
    } finally {
      process.env.NODE_ENV = "test";
      resetEnvCache();
    }
  });

  it("signing in shows the person's name in the header data; signing out clears it", async () => {
    const matti = await signedInVisitor("150384-901U");
    const data = await (await run(rootLoader, get("/fi", matti))).json();
    expect(data.user).toEqual({ name: "Matti Meikäläinen" });
    const cleared = await signOut(get("/fi", matti));
    expect(cleared).toContain("Max-Age=0");
    const after = await (await run(rootLoader, get("/fi", matti))).json();
    expect(after.user).toBeNull();
  });

  it("signs out after 30 idle minutes (app clock) and says so", async () => {
    const matti = await signedInVisitor("150384-901U");
    advanceClock(29 * MINUTE);
    expect((await getSession(get("/fi", matti))).data.user?.name).toBe("Matti Meikäläinen");
    advanceClock(30 * MINUTE + 1000);
    const expired = await getSession(get("/fi", matti));
    expect(expired.data.user).toBeUndefined();
    expect(expired.data.notice?.kind).toBe("idle-timeout");
    const data = await (await run(rootLoader, get("/en", matti))).json();
    expect(data.user).toBeNull();
    expect(data.notice).toBe("idle-timeout");
  });

  it("a new visitor gets a cookie and a CSRF token, and costs no database write: the row comes with the first thing worth keeping", async () => {
    const db = await getDb();
    const rows = async () => (await db.selectFrom("sessions").select("id_hash").execute()).length;
    const before = await rows();
    const first = await run(rootLoader, get("/fi"));
    const cookie = first.headers.get("set-cookie")!.split(";")[0]!;
    const { csrfToken } = await first.json();
    expect(csrfToken).toMatch(/^[\w-]{43}$/);
    // Further page views with the cookie: the same token, still nothing written.
    const again = await (await run(rootLoader, get("/sv", { cookie, csrf: "" }))).json();
    expect(again.csrfToken).toBe(csrfToken);
    expect(await rows()).toBe(before);
    // A journey's state is worth keeping: now there is a row, and the token is unchanged.
    const session = await getSession(get("/fi", { cookie, csrf: "" }));
    await updateSession(session, { journey: { step: "email" } });
    expect(await rows()).toBe(before + 1);
    const stored = await getSession(get("/fi", { cookie, csrf: "" }));
    expect(stored).toMatchObject({ stored: true, csrfToken, data: { journey: { step: "email" } } });
  });

  it("an unknown cookie carries nothing: no data, no user, and signing in replaces it", async () => {
    const unknown = await getSession(get("/fi", { cookie: `kela_sid=${"a".repeat(43)}`, csrf: "" }));
    expect(unknown).toMatchObject({ data: {}, stored: false });
    const setCookie = await signIn(get("/fi", { cookie: `kela_sid=${"a".repeat(43)}`, csrf: "" }), { personId: "p-matti", name: "Matti", method: "test" });
    expect(setCookie).not.toContain("a".repeat(43));
  });

  it("a request reads its session once, however many loaders ask; a change within the request is seen by the next reader", async () => {
    const matti = await signedInVisitor("150384-901U");
    const db = await getDb();
    const reads: string[] = [];
    const spy = vi.spyOn(db, "selectFrom").mockImplementation(function (this: typeof db, ...args: Parameters<typeof db.selectFrom>) {
      reads.push(String(args[0]));
      return Kysely.prototype.selectFrom.apply(this, args);
    } as typeof db.selectFrom);
    try {
      await runInRequestScope(async () => {
        const request = get("/fi", matti);
        const [a, b] = await Promise.all([getSession(request), getSession(request)]);
        expect(a).toBe(b);
        await updateSession(a, { ...a.data, actingFor: { personId: "p-aino", name: "Aino", basis: "huoltaja" } });
        expect((await getSession(request)).data.actingFor?.personId).toBe("p-aino");
      });
    } finally {
      spy.mockRestore();
    }
    expect(reads.filter((table) => table === "sessions")).toHaveLength(1);
  });
});
