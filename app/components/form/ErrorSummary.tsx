import { useEffect, useRef } from "react";
import { useT } from "~/i18n/useT";

export type FieldErrors = Record<string, string | undefined>;

/**
 * GOV.UK / Suomi.fi error summary: at the top of the form, focused when the
 * page shows it (also without JavaScript, by autofocus), each error a link to
 * its field.
 */
export function ErrorSummary({ errors, fieldIds = {} }: { errors: FieldErrors | undefined; fieldIds?: Record<string, string> }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter((entry): entry is [string, string] => !!entry[1]);
  const titlePrefix = t("form.errorTitlePrefix");
  useEffect(() => {
    if (!entries.length) return;
    ref.current?.focus();
    // The server prefixes the title of a full page load; after a client-side submit, do it here.
    if (!document.title.startsWith(titlePrefix)) document.title = `${titlePrefix}${document.title}`;
  }, [entries.length, errors, titlePrefix]);
  if (!entries.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="alert" {...{ autofocus: "" }}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t("form.errorSummaryTitle")}
      </h2>
      <ul className="error-summary__list">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldIds[name] ?? fieldId(name)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const fieldId = (name: string) => `field-${name}`;
