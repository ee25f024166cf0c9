import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { HELSINKI } from "~/domain/calendar";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { declarationCasesOf } from "~/services/proxy-cases.server";
import { LOCALES } from "~/services/proxy-history.server";
import { requireUser } from "~/services/session.server";

/**
 * The declarant's own power-of-attorney (C-AUTH-4) and "other person"
 * (C-AUTH-3) cases with the state Kela's back end gives now. No card is
 * ordered for the person before Kela has approved the case.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { user } = await requireUser(request, lang);
  const format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: HELSINKI, dateStyle: "short", timeStyle: "short" });
  const cases = (await declarationCasesOf(user.personId)).map((c) => ({ ...c, submitted: format.format(new Date(c.submittedAt)) }));
  return json({ lang, messages: pickMessages(lang, ["proxy"]), cases, sent: new URL(request.url).searchParams.has("sent") });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "proxy:cases.title");

const stateKey = {
  queued: "proxy:cases.states.queued",
  failed: "proxy:cases.states.failed",
  received: "proxy:cases.states.received",
  "in-progress": "proxy:cases.states.inProgress",
  approved: "proxy:cases.states.approved",
  rejected: "proxy:cases.states.rejected",
  unknown: "proxy:cases.states.unknown",
} as const;

export default function DeclarationCases() {
  const { lang, cases, sent } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      {sent ? (
        <div className="notice notice--success" role="status">
          <p>{t("proxy:cases.sent")}</p>
        </div>
      ) : null}
      <h1>{t("proxy:cases.heading")}</h1>
      <p className="lead">{t("proxy:cases.intro")}</p>
      {cases.length === 0 ? (
        <p>{t("proxy:cases.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="declaration-cases">
            <thead>
              <tr>
                <th scope="col">{t("proxy:cases.submitted")}</th>
                <th scope="col">{t("proxy:cases.kind")}</th>
                <th scope="col">{t("proxy:cases.person")}</th>
                <th scope="col">{t("proxy:cases.reference")}</th>
                <th scope="col">{t("proxy:cases.state")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>{c.submitted}</td>
                  <td>{c.kind === "power-of-attorney" ? t("proxy:check.kindPowerOfAttorney") : t("proxy:check.kindOtherPerson")}</td>
                  <td>{c.maskedHetu}</td>
                  <td>{c.caseId ?? t("proxy:cases.noReference")}</td>
                  <td>{t(stateKey[c.state])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to={`/${lang}/act-for`}>{t("proxy:back")}</Link>
      </p>
    </>
  );
}
