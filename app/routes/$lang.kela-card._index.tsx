import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CardPhoneService } from "~/components/card/Contacts";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { requireActingContext } from "~/services/acting-for.server";
import { hasOpenDraft } from "~/services/card-journey.server";
import { getSession } from "~/services/session.server";
import type { PublicPageHandle } from "~/services/public-page-cache.server";

/** About the Kela card (public): who gets one, when it comes by itself, how to apply, and the links in. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const session = await getSession(request);
  const draft = session.data.user ? await hasOpenDraft(await requireActingContext(request, lang)) : false;
  return json({ signedIn: !!session.data.user, draft, messages: pickMessages(lang, ["card"]) });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "card:about.title");

/** The same page for every anonymous visitor: kept and served again (public-page-cache.server.ts). */
export const handle: PublicPageHandle = { publicPage: true };

export default function AboutKelaCard() {
  const { signedIn, draft } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const apply = `/${lang}/kela-card/apply`;
  return (
    <article className="prose">
      <h1>{t("card:about.heading")}</h1>
      {/* C-CARD-1: free and photoless; C-ELIG-1: every insured person. */}
      <p className="lead">{t("card:about.lead")}</p>
      <p>{t("card:about.who")}</p>
      <div className="button-group">
        <Link to={signedIn ? apply : `/${lang}/login?returnTo=${encodeURIComponent(apply)}`} className="button" data-testid="apply-link">
          {draft ? t("card:about.continue") : t("card:about.start")}
        </Link>
        <Link to={`/${lang}/kela-card/orders`} className="button button--secondary">
          {t("card:about.orders")}
        </Link>
      </div>
      {signedIn ? null : <p className="hint">{t("card:about.signInHint")}</p>}

      {/* C-AUTO-1: when no application is needed. */}
      <h2>{t("card:about.automaticHeading")}</h2>
      <p>{t("card:about.automaticIntro")}</p>
      <ul>
        <li>{t("card:automaticCard.reasons.nameRegistered")}</li>
        <li>{t("card:automaticCard.reasons.nameChanged")}</li>
        <li>{t("card:automaticCard.reasons.identityCodeChanged")}</li>
        <li>{t("card:automaticCard.reasons.workplaceFundChanged")}</li>
        <li>{t("card:automaticCard.reasons.specialReimbursementDecision")}</li>
        <li>{t("card:automaticCard.reasons.positiveInsuranceDecision")}</li>
        <li>{t("card:automaticCard.reasons.photoCardDataChanged")}</li>
      </ul>

      {/* C-APPLY-1: the portal is one channel; the form, the phone service and the offices are the others. */}
      <h2>{t("card:about.applyHeading")}</h2>
      <p>{t("card:about.applyIntro")}</p>
      <ul data-testid="channels">
        <li>{t("card:about.channelPortal")}</li>
        <li>{t("card:about.channelForm")}</li>
        <li>
          <CardPhoneService />
        </li>
        <li>{t("card:about.channelOffice")}</li>
      </ul>

      <h2>{t("card:about.deliveryHeading")}</h2>
      <p>{t("card:about.delivery")}</p>
      <p>{t("card:about.deliveryOffice")}</p>

      <h2>{t("card:about.olderHeading")}</h2>
      <p>{t("card:olderCard.photoValid")}</p>
      <p>{t("card:olderCard.idNotIssued")}</p>
    </article>
  );
}
