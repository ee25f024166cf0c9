import { describe, expect, it } from "vitest";
import { resetEnvCache } from "~/env.server";
import { loader as rootLoader } from "~/root";
import { anonymousVisitor, get, postForm, run } from "../../tests/helpers/http";
import { action as loginAction, loader as loginLoader } from "./$lang.login";
import { action as logoutAction } from "./$lang.logout";

const cookieOf = (response: Response) => response.headers.get("set-cookie")!.split(";")[0]!;

describe("test identification (DESIGN.md contract)", () => {
  it("lists one `hetu` option per fixture person with a HETU", async () => {
    const data = await (await run(loginLoader, get("/fi/login"), { lang: "fi" })).json();
    expect(data.identities.map((p: { hetu: string }) => p.hetu)).toContain("150384-901U");
    expect(data.identities).toHaveLength(22);
  });

  it("signs Matti in with hetu=150384-901U and redirects to /{lang}; the header shows his name", async () => {
    for (const lang of ["fi", "sv", "en"]) {
      const visitor = await anonymousVisitor();
      const response = await run(loginAction, postForm(`/${lang}/login`, visitor, { hetu: "150384-901U" }), { lang });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/${lang}`);
      const cookie = cookieOf(response);
      expect(cookie).not.toBe(visitor.cookie); // a new session id on sign-in
      const root = await (await run(rootLoader, get(`/${lang}`, { cookie, csrf: "" }))).json();
      expect(root.user.name).toBe("Matti Meikäläinen");
      expect(root.lang).toBe(lang);
    }
  });

  it("returns to the page that asked for sign-in, but never to another site", async () => {
    const visitor = await anonymousVisitor();
    const back = await run(loginAction, postForm("/fi/login", visitor, { hetu: "150384-901U", returnTo: "/fi/kela-card/orders" }), { lang: "fi" });
    expect(back.headers.get("location")).toBe("/fi/kela-card/orders");
    const visitor2 = await anonymousVisitor();
    const evil = await run(loginAction, postForm("/fi/login", visitor2, { hetu: "150384-901U", returnTo: "//evil.example/x" }), { lang: "fi" });
    expect(evil.headers.get("location")).toBe("/fi");
  });

  it("signs in with eIDAS (EE) as Kadri Tamm", async () => {
    const visitor = await anonymousVisitor();
    const response = await run(loginAction, postForm("/en/login", visitor, { method: "eidas", country: "EE" }), { lang: "en" });
    const root = await (await run(rootLoader, get("/en", { cookie: cookieOf(response), csrf: "" }))).json();
    expect(root.user.name).toBe("Kadri Tamm");
  });

  it("answers a missing or unknown person with 422 and a localised message", async () => {
    const visitor = await anonymousVisitor();
    const missing = await run(loginAction, postForm("/sv/login", visitor, {}), { lang: "sv" });
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors.hetu).toBe("Välj den person som du identifierar dig som.");
    const unknown = await run(loginAction, postForm("/en/login", visitor, { hetu: "010101-0101" }), { lang: "en" });
    expect(unknown.status).toBe(422);
  });

  it("refuses a POST without the CSRF token with 403", async () => {
    const visitor = await anonymousVisitor();
    const response = await run(loginAction, postForm("/fi/login", visitor, { hetu: "150384-901U" }, { csrf: false }), { lang: "fi" });
    expect(response.status).toBe(403);
  });

  it("does not exist when MOCKS is off", async () => {
    const appNow = process.env.APP_NOW;
    process.env.MOCKS = "false";
    delete process.env.APP_NOW;
    resetEnvCache();
    try {
      expect((await run(loginLoader, get("/fi/login"), { lang: "fi" })).status).toBe(503);
      const visitor = { cookie: "", csrf: "" };
      expect((await run(loginAction, postForm("/fi/login", visitor, { hetu: "150384-901U" }), { lang: "fi" })).status).toBe(404);
    } finally {
      process.env.MOCKS = "true";
      process.env.APP_NOW = appNow;
      resetEnvCache();
    }
  });

  it("logging out deletes the session", async () => {
    const visitor = await anonymousVisitor();
    const signedIn = await run(loginAction, postForm("/fi/login", visitor, { hetu: "150384-901U" }), { lang: "fi" });
    const cookie = cookieOf(signedIn);
    const root = await (await run(rootLoader, get("/fi", { cookie, csrf: "" }))).json();
    const out = await run(logoutAction, postForm("/fi/logout", { cookie, csrf: root.csrfToken }, {}), { lang: "fi" });
    expect(out.status).toBe(302);
    expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
    const after = await (await run(rootLoader, get("/fi", { cookie, csrf: "" }))).json();
    expect(after.user).toBeNull();
  });
});
