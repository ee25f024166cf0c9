import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SECURE_LINK_VALID_DAYS } from "~/domain/kv-contact";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { journeyAt } from "~/services/secure-message.server";

/**
 * An expired (K-SECURE-1: 30 days), already used or unknown link: what
 * happened and how to get a new one. Nothing here depends on the address.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { snapshot } = await journeyAt(request, lang, "link-invalid");
  const reason = snapshot.context.refusal ?? "unknown";
  return json(
    { messages: pickMessages(lang, ["secureMessage"]), reason, days: SECURE_LINK_VALID_DAYS },
    { status: reason === "unknown" ? 404 : 410 },
  );
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "secureMessage:linkInvalid.title");

const explanations = {
  expired: "secureMessage:linkInvalid.expired",
  closed: "secureMessage:linkInvalid.closed",
  unknown: "secureMessage:linkInvalid.unknown",
} as const;

export default function LinkInvalid() {
  const { reason, days } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h1>{t("secureMessage:linkInvalid.heading")}</h1>
      <p className="lead" data-testid="link-refusal">
        {t(explanations[reason], { days })}
      </p>
      <p>
        <Link to={`/${lang}/secure-message/email`} className="button">
          {t("secureMessage:linkInvalid.askNew")}
        </Link>
      </p>
      <p>
        <Link to={`/${lang}/international`}>{t("secureMessage:contactLink")}</Link>
      </p>
    </>
  );
}
