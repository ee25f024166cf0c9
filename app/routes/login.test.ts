import { describe, expect, it } from "vitest";
import { resetEnvCache } from "~/env.server";
import { loader as rootLoader } from "~/root";
import { anonymousVisitor, get, postForm, run } from "../../tests/helpers/http";
import { action as loginAction, loader as loginLoader } from "./$lang.login";
import { action as logoutAction } from "./$lang.logout";
import { loader as callbackLoader } from "./auth.callback";
import { http, HttpResponse } from "msw";
import { resetOidcConfiguration } from "~/services/oidc.server";
import { useMockHandlers } from "../../mocks/node";

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

  it("does not exist when MOCKS is off: no picker, and a POSTed hetu is not signed in but sent to the provider", async () => {
    const saved = { APP_NOW: process.env.APP_NOW, MOCKS: process.env.MOCKS };
    process.env.MOCKS = "false";
    process.env.OIDC_ISSUER = "https://tunnistus.example/oidc";
    process.env.OIDC_CLIENT_ID = "portal";
    process.env.OIDC_CLIENT_SECRET = "secret";
    delete process.env.APP_NOW;
    resetEnvCache();
    resetOidcConfiguration();
    useMockHandlers(
      http.get("https://tunnistus.example/oidc/.well-known/openid-configuration", () =>
        HttpResponse.json({
          issuer: "https://tunnistus.example/oidc",
          authorization_endpoint: "https://tunnistus.example/oidc/auth",
          token_endpoint: "https://tunnistus.example/oidc/token",
          jwks_uri: "https://tunnistus.example/oidc/jwks",
          response_types_supported: ["code"],
        }),
      ),
    );
    try {
      const page = await (await run(loginLoader, get("/fi/login"), { lang: "fi" })).json();
      expect(page.identities).toBeNull();
      const visitor = await anonymousVisitor();
      const response = await run(loginAction, postForm("/fi/login", visitor, { hetu: "150384-901U" }), { lang: "fi" });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get("location")!);
      expect(location.origin + location.pathname).toBe("https://tunnistus.example/oidc/auth");
      expect(location.searchParams.get("code_challenge_method")).toBe("S256");
      expect(location.searchParams.get("state")).toBeTruthy();
      expect(location.searchParams.get("nonce")).toBeTruthy();
      expect(location.searchParams.has("login_hint")).toBe(false);
      expect(location.href).not.toContain("150384");
      expect(response.headers.get("set-cookie")).toBeNull();
    } finally {
      process.env.MOCKS = saved.MOCKS;
      process.env.APP_NOW = saved.APP_NOW;
      delete process.env.OIDC_ISSUER;
      delete process.env.OIDC_CLIENT_ID;
      delete process.env.OIDC_CLIENT_SECRET;
      resetEnvCache();
      resetOidcConfiguration();
    }
  });

  it("the callback without a sign-in under way goes back to the login page with an error", async () => {
    const visitor = await anonymousVisitor();
    const response = await run(callbackLoader, get("/auth/callback?code=x&state=y", visitor));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/fi/login?error=identification");
  });

  it("the login page names what went wrong from the callback's ?error=, anything unknown as a failed identification", async () => {
    const failure = async (error: string) => (await (await run(loginLoader, get(`/fi/login?error=${error}`), { lang: "fi" })).json()).failure;
    expect(await failure("unknown")).toBe("notInRegister");
    expect(await failure("unavailable")).toBe("unavailable");
    expect(await failure("identification")).toBe("identificationFailed");
    expect(await failure("constructor")).toBe("identificationFailed");
    expect((await (await run(loginLoader, get("/fi/login"), { lang: "fi" })).json()).failure).toBeNull();
  });

  it("limits sign-in attempts per client: the 21st in a minute gets 429 with a localised message", async () => {
    // A new browser each time (signing in replaces the session), all from one address.
    const attempt = async () =>
      run(loginAction, postForm("/en/login", await anonymousVisitor(), { hetu: "150384-901U" }, { headers: { "x-client-ip": "203.0.113.7" } }), { lang: "en" });
    for (let i = 0; i < 20; i += 1) expect((await attempt()).status).toBe(302);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect((await limited.json()).errors.hetu).toMatch(/^Too many identification attempts\. Wait \d+ seconds/);
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
