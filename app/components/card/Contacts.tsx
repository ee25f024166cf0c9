import { Link } from "@remix-run/react";
import { CARD_PHONE_SERVICE, customerLinesFor, telHref } from "~/domain/kv-contact";
import { useLang, useT } from "~/i18n/useT";

/** K-PHONE-1: the KV-keskus numbers (own language first), for people abroad or with international situations. */
export function KvContacts() {
  const t = useT();
  const lang = useLang();
  const [own, other] = customerLinesFor(lang);
  return (
    <div className="callout" data-testid="kv-contacts">
      <h2>{t("card:contacts.kvHeading")}</h2>
      <p>{t("card:contacts.kvIntro")}</p>
      <ul>
        {[own, other].map((line) =>
          line ? (
            <li key={line.id}>
              {line.languages.includes("sv") ? t("card:contacts.kvSwedish") : t("card:contacts.kvFinnishEnglish")}{" "}
              <a href={telHref(line.number)}>{line.number.international}</a>
            </li>
          ) : null,
        )}
      </ul>
      <p>{t("card:contacts.kvHours")}</p>
      <p>
        <Link to={`/${lang}/international`}>{t("card:contacts.kvLink")}</Link>
      </p>
    </div>
  );
}

/** C-APPLY-1: Kela's card phone service. */
export function CardPhoneService() {
  const t = useT();
  return (
    <p>
      {t("card:contacts.phoneService")} <a href={telHref(CARD_PHONE_SERVICE)}>{CARD_PHONE_SERVICE.domestic}</a>
    </p>
  );
}
