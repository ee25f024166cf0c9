import * as client from "openid-client";
import { getEnv } from "~/env.server";
import type { Lang } from "~/i18n/languages";
import { log } from "./logger.server";
import { EIDAS_COUNTRY_CLAIM, EIDAS_ID_CLAIM, HETU_CLAIM, MOCK_OIDC_CLIENT, MOCK_OIDC_PATH } from "./oidc/mock-client";

/**
 * Sign-in through OpenID Connect (authorization code + PKCE, state and nonce):
 * Suomi.fi in production, the local stand-in provider in mock mode. The
 * transaction (verifier, state, nonce, where to return) waits in the
 * server-side session; nothing of it is trusted from the browser.
 */
export type OidcTransaction = { state: string; nonce: string; verifier: string; returnTo: string; lang: Lang; startedAt: string };

export type OidcIdentity =
  | { kind: "hetu"; hetu: string }
  | { kind: "eidas"; country: "EE" | "ES" | "IT"; id: string };

export function oidcSettings() {
  const env = getEnv();
  const mock = !env.OIDC_ISSUER;
  return {
    issuer: env.OIDC_ISSUER ?? `${env.publicUrl}${MOCK_OIDC_PATH}`,
    clientId: env.OIDC_CLIENT_ID ?? MOCK_OIDC_CLIENT.clientId,
    clientSecret: env.OIDC_CLIENT_SECRET ?? MOCK_OIDC_CLIENT.clientSecret,
    redirectUri: `${env.publicUrl}/auth/callback`,
    mock,
  };
}

let configuration: Promise<client.Configuration> | undefined;

/** The provider's configuration, discovered once (again after a failure). */
function getConfiguration(): Promise<client.Configuration> {
  const settings = oidcSettings();
  configuration ??= client
    .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
      // The local stand-in runs on plain http on this machine only.
      execute: new URL(settings.issuer).protocol === "http:" ? [client.allowInsecureRequests] : [],
      timeout: 5,
    })
    .catch((error: unknown) => {
      configuration = undefined;
      throw error;
    });
  return configuration;
}

/**
 * Starts a sign-in: the authorization URL to redirect to, and the transaction
 * to keep in the session. `loginHint` (mock mode only) names a test account,
 * never an identity code.
 */
export async function startOidcSignIn(options: { lang: Lang; returnTo: string; loginHint?: string }) {
  const config = await getConfiguration();
  const verifier = client.randomPKCECodeVerifier();
  const transaction: OidcTransaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier,
    returnTo: options.returnTo,
    lang: options.lang,
    startedAt: new Date().toISOString(),
  };
  const parameters: Record<string, string> = {
    redirect_uri: oidcSettings().redirectUri,
    scope: "openid profile national_id eidas",
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: transaction.state,
    nonce: transaction.nonce,
    ui_locales: options.lang,
  };
  if (options.loginHint) {
    parameters.login_hint = options.loginHint;
    // The tester chose a person: identify that one, not whoever the provider's session remembers.
    parameters.prompt = "login";
  }
  return { url: client.buildAuthorizationUrl(config, parameters).href, transaction };
}

/**
 * Completes a sign-in at the callback: checks state, nonce and the PKCE
 * verifier (openid-client refuses any mismatch), then reads who was identified.
 */
export async function completeOidcSignIn(callbackUrl: URL, transaction: OidcTransaction): Promise<OidcIdentity> {
  const config = await getConfiguration();
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: transaction.verifier,
    expectedState: transaction.state,
    expectedNonce: transaction.nonce,
    idTokenExpected: true,
  });
  const subject = tokens.claims()?.sub;
  if (!subject) throw new Error("No subject in the ID token");
  const info = await client.fetchUserInfo(config, tokens.access_token, subject);
  const hetu = info[HETU_CLAIM];
  if (typeof hetu === "string") return { kind: "hetu", hetu };
  const eidasId = info[EIDAS_ID_CLAIM];
  const country = info[EIDAS_COUNTRY_CLAIM];
  if (typeof eidasId === "string" && (country === "EE" || country === "ES" || country === "IT")) {
    return { kind: "eidas", country, id: eidasId };
  }
  log.warn("oidc.no_identity_claims", { subject });
  throw new Error("The provider identified nobody we can look up");
}

/** For tests: forget the discovered configuration. */
export function resetOidcConfiguration(): void {
  configuration = undefined;
}
