/**
 * The local OpenID provider that stands in for Suomi.fi in mock mode (dev,
 * demo, tests) and the portal agree on this client. Never used when
 * OIDC_ISSUER is set; the production config check refuses MOCKS-less starts
 * without real OIDC settings.
 */
export const MOCK_OIDC_CLIENT = {
  clientId: "kela-portal-mock",
  clientSecret: "mock-only-secret-never-used-with-a-real-provider",
} as const;

/** Where the local provider is mounted on the portal's own origin. */
export const MOCK_OIDC_PATH = "/oidc";

/** The claim Suomi.fi uses for the Finnish personal identity code. */
export const HETU_CLAIM = "urn:oid:1.2.246.21";
/** eIDAS person identifier and its issuing country. */
export const EIDAS_ID_CLAIM = "urn:oid:1.2.246.517.3002.111.17";
export const EIDAS_COUNTRY_CLAIM = "eidas_country";

/**
 * The local provider's own session cookies (same origin). Signing out of the
 * portal in mock mode clears them too, standing in for Suomi.fi's single
 * logout: the next sign-in then asks again instead of the provider's
 * "sign out the previous person first?" page.
 */
export const MOCK_OIDC_SESSION_COOKIES = ["_session", "_session.sig"] as const;
