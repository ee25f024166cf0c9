import { describe, expect, it } from "vitest";
import { resetEnvCache } from "~/env.server";
import { loader as rootLoader } from "~/root";
import { anonymousVisitor, get, run, signedInVisitor } from "../../tests/helpers/http";
import { advanceClock, MINUTE } from "./clock.server";
import { getSession, sessionCookie, signOut } from "./session.server";

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

  it("a new visitor gets a session and a CSRF token; an unknown cookie is ignored", async () => {
    const visitor = await anonymousVisitor();
    expect(visitor.csrf).toMatch(/^[\w-]{43}$/);
    const unknown = await getSession(get("/fi", { cookie: `kela_sid=${"a".repeat(43)}`, csrf: "" }));
    expect(unknown.id).toBeNull();
  });
});
