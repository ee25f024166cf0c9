import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PhoneLineCard } from "~/components/international/PhoneLineCard";
import { omakelaView, phoneLineView } from "~/domain/international";
import { customerLineFor } from "~/domain/kv-contact";
import { getT } from "~/i18n/i18n.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { now } from "~/services/clock.server";

/** K-OMAKELA-1: whoever can use OmaKela does their Kela matters there (or calls). */
export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({
    messages: pickMessages(lang, ["secureMessage", "international"]),
    omakela: omakelaView(lang, await getT(lang, "international")),
    line: phoneLineView(customerLineFor(lang), now(), lang),
  });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "secureMessage:useOmaKela.title");

export default function UseOmaKela() {
  const { omakela, line } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("secureMessage:useOmaKela.heading")}</h1>
      <p className="lead">{t("secureMessage:useOmaKela.intro")}</p>
      <p>{t("international:omakela.login", { methods: omakela.loginMethods })}</p>
      <p>{t("international:omakela.languages", { languages: omakela.languages })}</p>
      <h2>{t("secureMessage:useOmaKela.phoneHeading")}</h2>
      <p className="callout callout--warning">{t("international:customers.cost")}</p>
      <PhoneLineCard line={line} title={t("secureMessage:useOmaKela.phoneTitle")} />
      <p>
        <Link to={`/${lang}/secure-message`}>{t("secureMessage:changeAnswer")}</Link>
      </p>
    </>
  );
}
