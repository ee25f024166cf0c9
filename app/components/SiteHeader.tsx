import { Form, Link, useLocation } from "@remix-run/react";
import { useT, useLang } from "~/i18n/useT";
import { CsrfInput } from "./CsrfInput";
import { LanguageSwitch } from "./LanguageSwitch";

export type HeaderUser = { name: string | null } | null;

export function SiteHeader({ user }: { user: HeaderUser }) {
  const t = useT();
  const lang = useLang();
  const { pathname, search } = useLocation();
  const onLoginPage = pathname === `/${lang}/login`;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={`/${lang}`} className="site-header__brand">
          <span className="site-header__kela">{t("kela")}</span>
          <span className="site-header__service">{t("serviceName")}</span>
        </Link>
        <LanguageSwitch />
        <div className="site-header__auth">
          {user ? (
            <>
              <span className="site-header__user" data-testid="signed-in-user">
                {t("auth.signedInAs", { name: user.name ?? t("auth.anonymousName") })}
              </span>
              <Form method="post" action={`/${lang}/logout`} reloadDocument>
                <CsrfInput />
                <button type="submit" className="button button--secondary">
                  {t("auth.signOut")}
                </button>
              </Form>
            </>
          ) : onLoginPage ? null : (
            <Link
              to={`/${lang}/login?returnTo=${encodeURIComponent(pathname + search)}`}
              className="button button--secondary"
            >
              {t("auth.signIn")}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="main-nav">
        <ul>
          <li><Link to={`/${lang}`}>{t("nav.home")}</Link></li>
          <li><Link to={`/${lang}/kela-card`}>{t("nav.kelaCard")}</Link></li>
          <li><Link to={`/${lang}/act-for`}>{t("nav.actFor")}</Link></li>
          <li><Link to={`/${lang}/international`}>{t("nav.international")}</Link></li>
          <li><Link to={`/${lang}/chat`}>{t("nav.chat")}</Link></li>
        </ul>
      </nav>
    </header>
  );
}
