import express, { type Express } from "express";
import Provider, { type Configuration } from "oidc-provider";
import { randomBytes } from "node:crypto";
import en from "../locales/en/login.json";
import fi from "../locales/fi/login.json";
import sv from "../locales/sv/login.json";
import { fixturePersons, type FixturePerson } from "../mocks/fixtures/persons";
import { displayName } from "../app/domain/person";
import {
  EIDAS_COUNTRY_CLAIM,
  EIDAS_ID_CLAIM,
  HETU_CLAIM,
  MOCK_OIDC_CLIENT,
  MOCK_OIDC_PATH,
} from "../app/services/oidc/mock-client";

/**
 * A local OpenID provider standing in for Suomi.fi tunnistus in mock mode
 * (dev, demo, tests): the fixture persons are its accounts, and its person
 * picker follows the test-identification contract of DESIGN.md (a `hetu`
 * field; eIDAS with EE, ES or IT). It never runs when OIDC_ISSUER is set or
 * MOCKS is off. Mounted on the portal's own origin under /oidc.
 */
const texts = { fi, sv, en };
type Lang = keyof typeof texts;

const accountOf = (id: string) => fixturePersons.find((f) => f.person.id === id);

function claimsOf(f: FixturePerson): Record<string, unknown> {
  const base = { sub: f.person.id, name: displayName(f.person) ?? undefined, given_name: f.person.firstNames ?? undefined, family_name: f.person.lastName ?? undefined };
  if (f.person.identifier.type === "hetu") return { ...base, [HETU_CLAIM]: f.person.identifier.value };
  if (f.eidas) return { ...base, [EIDAS_ID_CLAIM]: f.eidas.id, [EIDAS_COUNTRY_CLAIM]: f.eidas.country };
  return base;
}

/** "test-account:p-matti" (the portal's hint: never an identity code) → the account. */
function accountFromHint(hint: unknown): FixturePerson | undefined {
  if (typeof hint !== "string" || !hint.startsWith("test-account:")) return undefined;
  return accountOf(hint.slice("test-account:".length));
}

export function mountMockOidcProvider(app: Express, options: { publicUrl: string; trustProxy: boolean }) {
  const configuration: Configuration = {
    clients: [
      {
        client_id: MOCK_OIDC_CLIENT.clientId,
        client_secret: MOCK_OIDC_CLIENT.clientSecret,
        redirect_uris: [`${options.publicUrl}/auth/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    scopes: ["openid", "profile", "national_id", "eidas"],
    claims: {
      openid: ["sub"],
      profile: ["name", "given_name", "family_name"],
      national_id: [HETU_CLAIM],
      eidas: [EIDAS_ID_CLAIM, EIDAS_COUNTRY_CLAIM],
    },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
    interactions: { url: (_ctx, interaction) => `${MOCK_OIDC_PATH}/interaction/${interaction.uid}` },
    findAccount: async (_ctx, id) => {
      const account = accountOf(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => claimsOf(account) as { sub: string } };
    },
    // The portal is the provider's only client: consent is implied.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope("openid profile national_id eidas");
      await grant.save();
      return grant;
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = `<!doctype html><html lang="en"><head><title>Identification error</title></head><body><main><h1>Identification error</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p></main></body></html>`;
    },
  };
  const provider = new Provider(`${options.publicUrl}${MOCK_OIDC_PATH}`, configuration);
  provider.proxy = options.trustProxy;

  const form = express.urlencoded({ extended: false, limit: "4kb" });

  app.get(`${MOCK_OIDC_PATH}/interaction/:uid`, async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const hinted = accountFromHint(details.params.login_hint);
      if (details.prompt.name === "login" && hinted) {
        await provider.interactionFinished(req, res, { login: { accountId: hinted.person.id } }, { mergeWithLastSubmission: false });
        return;
      }
      const lang = pickLang(details.params.ui_locales);
      res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
      res.type("html").send(pickerPage(lang, req.params.uid!));
    } catch (error) {
      next(error);
    }
  });

  app.post(`${MOCK_OIDC_PATH}/interaction/:uid/login`, form, async (req, res, next) => {
    try {
      const body = req.body as Record<string, string | undefined>;
      const account =
        body.method === "eidas"
          ? fixturePersons.find((f) => f.eidas?.country === body.country)
          : fixturePersons.find((f) => f.person.identifier.type === "hetu" && f.person.identifier.value === body.hetu);
      if (!account) {
        await provider.interactionFinished(req, res, { error: "access_denied", error_description: "No such test person" }, { mergeWithLastSubmission: false });
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: account.person.id } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });

  app.use(MOCK_OIDC_PATH, provider.callback());
  return provider;
}

function pickLang(uiLocales: unknown): Lang {
  const first = typeof uiLocales === "string" ? uiLocales.split(" ")[0] : undefined;
  return first === "sv" || first === "en" ? first : "fi";
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The test person picker (the stand-in for Suomi.fi's own pages). */
function pickerPage(lang: Lang, uid: string): string {
  const t = texts[lang];
  const persons = fixturePersons.filter((f) => f.person.identifier.type === "hetu");
  const radios = persons
    .map((f, i) => {
      const hetu = escapeHtml(f.person.identifier.value);
      const label = escapeHtml(t.personOption.replace("{{name}}", displayName(f.person) ?? t.noName).replace("{{hetu}}", hetu));
      return `<div><input type="radio" name="hetu" id="hetu-${i}" value="${hetu}"><label for="hetu-${i}">${label}</label></div>`;
    })
    .join("");
  const countries = (["EE", "ES", "IT"] as const)
    .map((c) => `<div><input type="radio" name="country" id="country-${c}" value="${c}"><label for="country-${c}">${escapeHtml(t.countries[c])}</label></div>`)
    .join("");
  const action = `${MOCK_OIDC_PATH}/interaction/${escapeHtml(uid)}/login`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title></head><body><main>
<h1>${escapeHtml(t.heading)}</h1><p>${escapeHtml(t.testIntro)}</p>
<form method="post" action="${action}"><fieldset><legend>${escapeHtml(t.personLabel)}</legend>${radios}</fieldset><button type="submit">${escapeHtml(t.submit)}</button></form>
<h2>${escapeHtml(t.eidasHeading)}</h2>
<form method="post" action="${action}"><input type="hidden" name="method" value="eidas"><fieldset><legend>${escapeHtml(t.countryLabel)}</legend>${countries}</fieldset><button type="submit">${escapeHtml(t.eidasSubmit)}</button></form>
</main></body></html>`;
}
