import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pickMessages } from "~/i18n/resources.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { useT } from "~/i18n/useT";
import { getSession } from "~/services/session.server";
import type { PublicPageHandle } from "~/services/public-page-cache.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const session = await getSession(request);
  const signedIn = !!session.data.user;
  const justSignedOut = !signedIn && new URL(request.url).searchParams.has("signedOut");
  return json({ lang, signedIn, justSignedOut, messages: pickMessages(lang, ["home"]) });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "home:title");

/** The same page for every anonymous visitor: kept and served again (public-page-cache.server.ts). */
export const handle: PublicPageHandle = { publicPage: true };

const services = [
  { key: "kelaCard", path: "kela-card" },
  { key: "actFor", path: "act-for" },
  { key: "international", path: "international" },
  { key: "chat", path: "chat" },
] as const;

export default function FrontPage() {
  const { lang, signedIn, justSignedOut } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      {justSignedOut ? (
        <div className="notice notice--success" role="status">
          <p>{t("auth.signedOut")}</p>
        </div>
      ) : null}
      <h1>{t("home:heading")}</h1>
      <p className="lead">{t("home:intro")}</p>
      <h2>{t("home:servicesHeading")}</h2>
      <ul className="service-list">
        {services.map(({ key, path }) => (
          <li key={key} className="service-list__item">
            <h3>
              <Link to={`/${lang}/${path}`}>{t(`home:services.${key}.title`)}</Link>
            </h3>
            <p>{t(`home:services.${key}.body`)}</p>
          </li>
        ))}
      </ul>
      {signedIn ? null : <p className="hint">{t("home:signInHint")}</p>}
    </>
  );
}
