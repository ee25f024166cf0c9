import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CARD_PHONE_SERVICE, telHref } from "~/domain/kv-contact";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";

/**
 * C-AUTH-4: oral authorisation is given by phone or at a Kela office, where
 * it is recorded in the case documents; this service only explains it
 * (phone service number from C-APPLY-1).
 */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ lang, messages: pickMessages(lang, ["proxy"]), phone: CARD_PHONE_SERVICE, phoneHref: telHref(CARD_PHONE_SERVICE) });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "proxy:oral.title");

export default function OralAuthorisation() {
  const { lang, phone, phoneHref } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="prose">
      <h1>{t("proxy:oral.heading")}</h1>
      <p className="lead">{t("proxy:oral.intro")}</p>
      <h2>{t("proxy:oral.phoneHeading")}</h2>
      <p>
        {t("proxy:oral.phone")} <a href={phoneHref}>{phone.domestic}</a>
      </p>
      <p>{t("proxy:oral.phoneCost")}</p>
      <h2>{t("proxy:oral.officeHeading")}</h2>
      <p>{t("proxy:oral.office")}</p>
      <h2>{t("proxy:oral.otherWaysHeading")}</h2>
      <p>{t("proxy:oral.otherWays")}</p>
      <p>
        <Link to={`/${lang}/act-for`}>{t("proxy:back")}</Link>
      </p>
    </article>
  );
}
