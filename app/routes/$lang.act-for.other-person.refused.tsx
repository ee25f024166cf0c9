import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { flowStep, flowUrl, loadFlow } from "~/services/proxy-flow.server";
import { requireUser } from "~/services/session.server";

/**
 * C-AUTH-3: "other person" refused, with the reason: the back end says the
 * person has an edunvalvoja (only they apply), or the person is a minor (the
 * huoltaja applies, C-AUTH-2). Nothing else about the person is shown.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { user } = await requireUser(request, lang);
  const { snapshot } = await loadFlow(user.personId, "other-person");
  const step = flowStep("other-person", snapshot);
  if (step !== "refused") throw redirect(flowUrl(lang, "other-person", step));
  return json({ lang, messages: pickMessages(lang, ["proxy"]), minor: snapshot.context.refusal === "minor" });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "proxy:refused.title");

export default function OtherPersonRefused() {
  const { lang, minor } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("proxy:refused.heading")}</h1>
      <div className="callout callout--alert" data-testid="refusal-reason">
        <p>{minor ? t("proxy:refused.minor") : t("proxy:refused.hasEdunvalvoja")}</p>
      </div>
      <p>{minor ? t("proxy:refused.whatNextMinor") : t("proxy:refused.whatNext")}</p>
      <ul className="link-list">
        <li>
          <Link to={`/${lang}/act-for/other-person`}>{t("proxy:refused.change")}</Link>
        </li>
        <li>
          <Link to={`/${lang}/act-for`}>{t("proxy:back")}</Link>
        </li>
      </ul>
    </>
  );
}
