import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import type { PublicPageHandle } from "~/services/public-page-cache.server";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return json({ messages: pickMessages(lang, ["accessibility"]) });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "accessibility:title");

/** The same page for every anonymous visitor: kept and served again (public-page-cache.server.ts). */
export const handle: PublicPageHandle = { publicPage: true };

const sections = ["status", "assessment", "knownIssues", "feedback"] as const;

/** The accessibility statement that Act 306/2019 requires. */
export default function AccessibilityStatement() {
  const t = useT();
  return (
    <article className="prose">
      <h1>{t("accessibility:heading")}</h1>
      <p>{t("accessibility:intro")}</p>
      {sections.map((section) => (
        <section key={section}>
          <h2>{t(`accessibility:${section}Heading`)}</h2>
          <p>{t(`accessibility:${section}`)}</p>
        </section>
      ))}
      <section>
        <h2>{t("accessibility:enforcementHeading")}</h2>
        <p>{t("accessibility:enforcement")}</p>
        <p>
          <a href={t("accessibility:enforcementUrl")}>{t("accessibility:enforcementLink")}</a>
        </p>
      </section>
      <p>{t("accessibility:date")}</p>
    </article>
  );
}
