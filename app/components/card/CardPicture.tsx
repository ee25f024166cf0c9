import type { CardPicture as Picture } from "~/domain/card/orders";
import { useLang, useT } from "~/i18n/useT";
import { formatDay } from "./format";

/**
 * C-VIEW-2: what the current card shows, drawn in HTML and CSS (readable by
 * screen readers, zoomable, translatable), with the identity code masked.
 */
export function CardPicture({ picture }: { picture: Picture }) {
  const t = useT();
  const lang = useLang();
  return (
    <figure className="kela-card-picture" aria-labelledby="kela-card-picture-caption" data-testid="card-picture">
      <div className={`kela-card kela-card--${picture.type}`}>
        <p className="kela-card__title">
          {picture.type === "id_card" ? t("cardOrders:picture.idCardTitle") : t("cardOrders:picture.title")}
        </p>
        <p className="kela-card__issuer">{t("cardOrders:picture.issuer")}</p>
        {picture.type === "photo" ? <div className="kela-card__photo">{t("cardOrders:picture.photo")}</div> : null}
        <dl className="kela-card__fields">
          <div>
            <dt>{t("cardOrders:picture.name")}</dt>
            <dd data-testid="card-name">{picture.name}</dd>
          </div>
          <div>
            <dt>{t("cardOrders:picture.identityCode")}</dt>
            <dd data-testid="card-identity-code">{picture.identityCode}</dd>
          </div>
          {picture.issueDate ? (
            <div>
              <dt>{t("cardOrders:picture.issueDate")}</dt>
              <dd>{formatDay(lang, picture.issueDate)}</dd>
            </div>
          ) : null}
          {picture.insuredUntil ? (
            <div>
              <dt>{t("cardOrders:picture.insuredUntil")}</dt>
              <dd data-testid="card-insured-until">{formatDay(lang, picture.insuredUntil)}</dd>
            </div>
          ) : null}
          {picture.specialRights.length ? (
            <div>
              <dt>{t("cardOrders:picture.specialRights")}</dt>
              <dd data-testid="card-special-rights">{picture.specialRights.join(", ")}</dd>
            </div>
          ) : null}
          {picture.ktMarking ? (
            <div>
              <dt>{t("cardOrders:picture.kt")}</dt>
              <dd data-testid="card-kt">KT</dd>
            </div>
          ) : null}
          {picture.workplaceFund ? (
            <div>
              <dt>{t("cardOrders:picture.workplaceFund")}</dt>
              <dd data-testid="card-workplace-fund">
                {picture.workplaceFund.name} {picture.workplaceFund.number}
              </dd>
            </div>
          ) : null}
          {picture.photoCardMarkings.length ? (
            <div>
              <dt>{t("cardOrders:picture.markings")}</dt>
              <dd>{picture.photoCardMarkings.map((marking) => t(`cardOrders:marking.${marking}`)).join(", ")}</dd>
            </div>
          ) : null}
        </dl>
      </div>
      <figcaption id="kela-card-picture-caption">{t("cardOrders:picture.caption")}</figcaption>
    </figure>
  );
}
