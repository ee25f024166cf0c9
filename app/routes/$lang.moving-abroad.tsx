import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PhoneLineCard } from "~/components/international/PhoneLineCard";
import { phoneLineView } from "~/domain/international";
import { customerLineFor } from "~/domain/kv-contact";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { now } from "~/services/clock.server";

/** Moving abroad: return the card (C-RETURN-1, C-RETURN-2); insurance questions to KV-keskus. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({
    messages: pickMessages(lang, ["movingAbroad", "international"]),
    line: phoneLineView(customerLineFor(lang), now(), lang),
  });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "movingAbroad:title");

export default function MovingAbroad() {
  const { line } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <article className="prose">
      <h1>{t("movingAbroad:heading")}</h1>
      <p className="lead">{t("movingAbroad:intro")}</p>

      <section aria-labelledby="card-heading">
        <h2 id="card-heading">{t("movingAbroad:card.heading")}</h2>
        {/* C-RETURN-1 */}
        <p className="callout callout--warning" data-rule="C-RETURN-1">
          {t("movingAbroad:card.returnPermanent")}
        </p>
        <p>{t("movingAbroad:card.howToReturn")}</p>
        {/* C-RETURN-2 */}
        <p data-rule="C-RETURN-2">{t("movingAbroad:card.destroyed")}</p>
        <p>{t("movingAbroad:card.newCardLetter")}</p>
      </section>

      <section aria-labelledby="insurance-heading">
        <h2 id="insurance-heading">{t("movingAbroad:insurance.heading")}</h2>
        <p>{t("movingAbroad:insurance.body")}</p>
        <p className="callout callout--warning">{t("international:customers.cost")}</p>
        <PhoneLineCard line={line} title={t("movingAbroad:insurance.phoneTitle")} />
        <ul>
          <li>
            <Link to={`/${lang}/secure-message`}>{t("movingAbroad:insurance.secureMessage")}</Link>
          </li>
          <li>
            <Link to={`/${lang}/international`}>{t("movingAbroad:insurance.contactPage")}</Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
