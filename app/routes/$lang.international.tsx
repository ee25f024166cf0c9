import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PhoneLineCard } from "~/components/international/PhoneLineCard";
import { countryNames, languageNames, omakelaView, phoneLineView } from "~/domain/international";
import {
  authorityLines,
  BROCHURE_GLOSSARY_LANGUAGES,
  customerLinesFor,
  EIDAS_COUNTRIES,
  kvContact,
  SECURE_LINK_VALID_DAYS,
  type AuthorityTopic,
  type LineId,
} from "~/domain/kv-contact";
import { getT } from "~/i18n/i18n.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { now } from "~/services/clock.server";

/** The KV-keskus contact page (seed 000): every fact comes from app/domain/kv-contact.ts. */
export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const at = now();
  return json({
    messages: pickMessages(lang, ["international"]),
    // K-PHONE-1: the line of the page's language first (the Swedish line on /sv).
    customerLines: customerLinesFor(lang).map((line) => phoneLineView(line, at, lang)),
    // K-PHONE-3: the same numbers for authorities, and the medical-costs line with its topics.
    authorityLines: authorityLines.map((line) => ({ ...phoneLineView(line, at, lang), topics: line.topics ?? [] })),
    omakela: omakelaView(lang, await getT(lang, "international")),
    secureLinkDays: SECURE_LINK_VALID_DAYS,
    eidasCountries: countryNames(lang, EIDAS_COUNTRIES),
    contact: kvContact,
    brochureGlossary: languageNames(lang, BROCHURE_GLOSSARY_LANGUAGES),
  });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "international:title");

const lineTitleKeys: Record<LineId, string> = {
  "customers-fi-en": "international:lines.customersFiEn",
  "customers-sv": "international:lines.customersSv",
  "authorities-fi-en": "international:lines.authoritiesFiEn",
  "authorities-sv": "international:lines.authoritiesSv",
  "authorities-medical-costs": "international:lines.authoritiesMedicalCosts",
};

const topicKeys: Record<AuthorityTopic, string> = {
  stateCompensation: "international:topics.stateCompensation",
  ambulanceFlights: "international:topics.ambulanceFlights",
  rightToTreatment: "international:topics.rightToTreatment",
  priorAuthorisation: "international:topics.priorAuthorisation",
  medicalCostRequests: "international:topics.medicalCostRequests",
  billingBetweenStates: "international:topics.billingBetweenStates",
};

export default function InternationalContactPage() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const { contact } = data;
  return (
    <article className="prose international">
      <h1>{t("international:heading")}</h1>
      <p className="lead">{t("international:intro")}</p>

      <section aria-labelledby="customers-heading">
        <h2 id="customers-heading">{t("international:customers.heading")}</h2>
        {/* K-PHONE-2 */}
        <p className="callout callout--warning">{t("international:customers.cost")}</p>
        <p>{t("international:customers.topics")}</p>
        <div className="phone-lines">
          {data.customerLines.map((line) => (
            <PhoneLineCard key={line.id} line={line} title={t(lineTitleKeys[line.id])} />
          ))}
        </div>
      </section>

      <section aria-labelledby="omakela-heading">
        {/* K-OMAKELA-1 */}
        <h2 id="omakela-heading">{t("international:omakela.heading")}</h2>
        <p>{t("international:omakela.body")}</p>
        <p>{t("international:omakela.login", { methods: data.omakela.loginMethods })}</p>
        <p>{t("international:omakela.languages", { languages: data.omakela.languages })}</p>
      </section>

      <section aria-labelledby="secure-heading">
        {/* K-SECURE-1, K-SECURE-2, K-EIDAS-1 */}
        <h2 id="secure-heading">{t("international:secure.heading")}</h2>
        <p>{t("international:secure.body")}</p>
        <ol>
          <li>{t("international:secure.steps.open")}</li>
          <li>{t("international:secure.steps.email")}</li>
          <li>{t("international:secure.steps.link", { days: data.secureLinkDays })}</li>
          <li>
            <strong>{t("international:secure.steps.subject")}</strong>
          </li>
        </ol>
        <p>{t("international:secure.eidas", { countries: data.eidasCountries })}</p>
        <p>
          <Link to={`/${lang}/secure-message`} className="button">
            {t("international:secure.start")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="contact-heading">
        {/* K-CONTACT-1 */}
        <h2 id="contact-heading">{t("international:contact.heading")}</h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t("international:contact.postalAddress")}</dt>
            <dd>
              {contact.postalAddress.box}
              <br />
              {contact.postalAddress.postalCode} {contact.postalAddress.city}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t("international:contact.email")}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t("international:contact.fax")}</dt>
            <dd>{t("international:contact.faxNumbers", { domestic: contact.fax.domestic, international: contact.fax.international })}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="authorities-heading">
        {/* K-PHONE-3 */}
        <h2 id="authorities-heading">{t("international:authorities.heading")}</h2>
        <div className="phone-lines">
          {data.authorityLines.map((line) => (
            <PhoneLineCard key={line.id} line={line} title={t(lineTitleKeys[line.id])}>
              {line.topics.length ? (
                <ul>
                  {line.topics.map((topic) => (
                    <li key={topic}>{t(topicKeys[topic])}</li>
                  ))}
                </ul>
              ) : null}
            </PhoneLineCard>
          ))}
        </div>
      </section>

      <section aria-labelledby="news-heading">
        {/* K-NEWS-1 */}
        <h2 id="news-heading">{t("international:news.heading")}</h2>
        <h3>{t("international:news.brochuresTitle")}</h3>
        <p>{t("international:news.brochuresBody", { languages: data.brochureGlossary })}</p>
      </section>

      <p>
        <Link to={`/${lang}/moving-abroad`}>{t("international:movingAbroadLink")}</Link>
      </p>
    </article>
  );
}
