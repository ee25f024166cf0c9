import { Link } from "@remix-run/react";
import { useLang, useT } from "~/i18n/useT";

export function SiteFooter({ demo }: { demo: boolean }) {
  const t = useT();
  const lang = useLang();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <h2 className="site-footer__heading">{t("footer.heading")}</h2>
        <ul>
          <li><Link to={`/${lang}/international`}>{t("footer.contact")}</Link></li>
          <li><Link to={`/${lang}/accessibility`}>{t("footer.accessibility")}</Link></li>
        </ul>
        {demo ? <p className="site-footer__demo">{t("footer.demo")}</p> : null}
        <p>{t("footer.copyright")}</p>
      </div>
    </footer>
  );
}
