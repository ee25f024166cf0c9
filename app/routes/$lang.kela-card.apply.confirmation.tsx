import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDay } from "~/components/card/format";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { requireActingContext } from "~/services/acting-for.server";
import { latestReceipt } from "~/services/card-submission.server";

/** The receipt of the latest application: reference, what happens next, delivery estimate (C-DELIV-5), the old card (C-RETURN-1). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const ctx = await requireActingContext(request, lang);
  const receipt = await latestReceipt(ctx);
  if (!receipt) throw redirect(`/${lang}/kela-card/apply`);
  // C-ELIG-6: the card is the represented person's own; say whose, when acting for someone.
  const cardFor = ctx.target.self ? null : (ctx.session.data.actingFor?.name ?? null);
  return json({ receipt, cardFor, messages: pickMessages(lang, ["card"]) });
}

export const meta: MetaFunction<typeof loader> = (args) =>
  pageTitle(args, args.data?.receipt.kind === "manual-case" ? "card:confirmation.manualTitle" : "card:confirmation.title");

export default function CardConfirmation() {
  const { receipt, cardFor } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const manual = receipt.kind === "manual-case";
  const { application } = receipt;
  return (
    <>
      <div className="panel panel--success" data-testid="confirmation">
        <h1>{manual ? t("card:confirmation.manualTitle") : t("card:confirmation.title")}</h1>
        <p>{t("card:confirmation.reference")}</p>
        <p className="reference" data-testid="reference">
          {receipt.reference}
        </p>
        {cardFor ? <p data-testid="card-for">{t("card:confirmation.cardFor", { name: cardFor })}</p> : null}
      </div>
      {manual ? (
        <section data-testid="manual-case">
          <h2>{t("card:confirmation.manualHeading")}</h2>
          <p>{t("card:confirmation.manualExplanation")}</p>
          {application.delivery.viaOffice ? <p>{t("card:delivery.viaOfficeAbroad")}</p> : null}
          <p data-testid="case-reference">
            {receipt.caseId ? t("card:confirmation.caseReference", { caseId: receipt.caseId }) : t("card:confirmation.caseReferencePending")}
          </p>
          <p>{t("card:confirmation.manualContact")}</p>
        </section>
      ) : (
        <section data-testid="what-next">
          <h2>{t("card:confirmation.nextHeading")}</h2>
          <p>{receipt.delivered ? t("card:confirmation.ordered") : t("card:confirmation.sending")}</p>
          <p data-testid="estimate">{t("card:confirmation.estimate", { date: formatDay(lang, receipt.estimatedDelivery) })}</p>
          <p>{application.delivery.method === "office" ? t("card:confirmation.viaOffice") : t("card:confirmation.home")}</p>
          {application.complaint ? <p>{t("card:confirmation.complaint")}</p> : null}
          {application.reason === "defective" ? <p>{t("card:defectiveOutcome.keepCard")}</p> : null}
        </section>
      )}
      {application.urgent && !manual ? (
        <p>{application.delivery.method === "office" ? t("card:noTemporary.kt") : t("card:confirmation.temporary")}</p>
      ) : null}
      {/* C-RETURN-1: destroy the old card or return it; moving abroad permanently, return it. */}
      <section data-testid="old-card">
        <h2>{t("card:confirmation.oldCardHeading")}</h2>
        <p>{t("card:confirmation.oldCard")}</p>
        <p>{t("card:confirmation.movingAbroad")}</p>
      </section>
      <ul className="link-list">
        <li>
          <Link to={`/${lang}/kela-card/orders`}>{t("card:confirmation.ordersLink")}</Link>
        </li>
        <li>
          <Link to={`/${lang}`}>{t("card:confirmation.homeLink")}</Link>
        </li>
      </ul>
    </>
  );
}
