import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SECURE_LINK_VALID_DAYS } from "~/domain/kv-contact";
import { getEnv } from "~/env.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { journeyAt } from "~/services/secure-message.server";

/**
 * The same page for every address (no enumeration): it never says whether
 * the address is known, only where the link went if the address works.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { snapshot } = await journeyAt(request, lang, "link-sent");
  return json({
    messages: pickMessages(lang, ["secureMessage"]),
    email: snapshot.context.email ?? "",
    days: SECURE_LINK_VALID_DAYS,
    demoMailbox: getEnv().MOCKS,
  });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "secureMessage:linkSent.title");

export default function LinkSent() {
  const { email, days, demoMailbox } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      <div className="panel panel--success">
        <h1>{t("secureMessage:linkSent.heading")}</h1>
        <p>{t("secureMessage:linkSent.sentTo", { email })}</p>
      </div>
      <p>{t("secureMessage:linkSent.validity", { days })}</p>
      <p className="callout callout--warning">{t("secureMessage:subjectRule")}</p>
      <h2>{t("secureMessage:linkSent.notArrivedHeading")}</h2>
      <p>{t("secureMessage:linkSent.notArrived")}</p>
      <p>
        <Link to={`/${lang}/secure-message/email`}>{t("secureMessage:linkSent.askAgain")}</Link>
      </p>
      {demoMailbox ? (
        <p className="hint">
          <Link to={`/${lang}/dev/mailbox`}>{t("secureMessage:linkSent.demoMailbox")}</Link>
        </p>
      ) : null}
    </>
  );
}
