import { Link } from "@remix-run/react";
import { useLang, useT } from "~/i18n/useT";

export type ErrorKind = "notFound" | "forbidden" | "badRequest" | "tooLarge" | "tooMany" | "unavailable" | "server";

export function errorKindOf(status: number): ErrorKind {
  if (status === 404 || status === 405) return "notFound";
  if (status === 401 || status === 403) return "forbidden";
  if (status === 413) return "tooLarge";
  if (status === 429) return "tooMany";
  if (status === 503 || status === 502 || status === 504) return "unavailable";
  if (status >= 400 && status < 500) return "badRequest";
  return "server";
}

/** A localised error page: what happened and what to do, never a stack trace. */
export function ErrorPage({ status }: { status: number }) {
  const t = useT();
  const lang = useLang();
  const kind = errorKindOf(status);
  const title = t(`errors:${kind}.title`);
  return (
    <div className="error-page">
      <h1>{title}</h1>
      <p>{t(`errors:${kind}.body`)}</p>
      <p className="error-page__code">{t("errors:errorCode", { status })}</p>
      <p>
        <Link to={`/${lang}`}>{t("errors:goHome")}</Link>
      </p>
    </div>
  );
}
