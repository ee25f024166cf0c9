import { useLocation } from "@remix-run/react";
import { languages, switchLangPath } from "~/i18n/languages";
import { useLang, useT } from "~/i18n/useT";

/** Links to this same page (and query) in the other languages. */
export function LanguageSwitch() {
  const t = useT();
  const current = useLang();
  const { pathname, search } = useLocation();
  return (
    <nav aria-label={t("languageSwitch.label")} className="language-switch">
      <ul>
        {languages.map((lang) => (
          <li key={lang}>
            {/* A plain <a>: a full page load gives the new language's strings and <html lang>. */}
            <a
              href={switchLangPath(pathname, search, lang)}
              hrefLang={lang}
              lang={lang}
              aria-current={lang === current ? "true" : undefined}
            >
              {t(`languageSwitch.${lang}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
