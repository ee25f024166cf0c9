import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CardPicture } from "~/components/card/CardPicture";
import { formatDay } from "~/components/card/format";
import { helsinkiDayOf } from "~/domain/card/facts";
import { cardPicture, currentCard, visibleCards } from "~/domain/card/orders";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useLang, useT } from "~/i18n/useT";
import { requireActingContext } from "~/services/acting-for.server";
import { now } from "~/services/clock.server";
import { unavailable } from "~/services/card-journey.server";
import { getCards } from "~/services/kela-api.server";

/** C-VIEW-1, C-VIEW-2: the cards ordered for the person, and what the current one shows. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const ctx = await requireActingContext(request, lang);
  const cards = await getCards(ctx.target.personId).catch(unavailable);
  const today = helsinkiDayOf(now());
  const current = currentCard(cards, today);
  return json({
    // The list carries no card contents (no name or identity code): those are only in the masked picture.
    cards: visibleCards(cards).map((card) => ({
      id: card.id,
      type: card.type,
      state: card.state,
      orderedOn: helsinkiDayOf(card.orderedAt),
      issuedAt: card.issuedAt,
      validUntil: card.validUntil,
      automatic: card.automatic,
      complaint: card.complaint,
      current: card.id === current?.id,
    })),
    picture: current ? cardPicture(current) : null,
    messages: pickMessages(lang, ["card", "cardOrders"]),
  });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "cardOrders:title");

export default function OrderedCards() {
  const { cards, picture } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const types = new Set(cards.map((c) => c.type));
  return (
    <>
      <h1>{t("cardOrders:heading")}</h1>
      <p>{t("cardOrders:intro")}</p>
      <h2>{t("cardOrders:currentHeading")}</h2>
      {picture ? <CardPicture picture={picture} /> : <p data-testid="no-current-card">{t("cardOrders:noCurrent")}</p>}

      <h2>{t("cardOrders:listHeading")}</h2>
      {cards.length ? (
        <div className="table-scroll">
        <table className="data-table" data-testid="ordered-cards">
          <caption className="visually-hidden">{t("cardOrders:listHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cardOrders:column.card")}</th>
              <th scope="col">{t("cardOrders:column.ordered")}</th>
              <th scope="col">{t("cardOrders:column.state")}</th>
              <th scope="col">{t("cardOrders:column.validUntil")}</th>
            </tr>
          </thead>
          <tbody>
            {cards.map((card) => (
              <tr key={card.id} data-testid={`card-${card.id}`}>
                <th scope="row">
                  {t(`cardOrders:type.${card.type}`)}
                  {card.current ? <span className="tag">{t("cardOrders:currentTag")}</span> : null}
                  {card.complaint ? <span className="tag">{t("cardOrders:complaintTag")}</span> : null}
                  {card.automatic ? <span className="tag">{t("cardOrders:automaticTag")}</span> : null}
                </th>
                <td>{formatDay(lang, card.orderedOn)}</td>
                <td>{t(`cardOrders:state.${card.state}`)}</td>
                <td>{card.validUntil ? formatDay(lang, card.validUntil) : card.type === "photoless" ? t("cardOrders:noEnd") : t("cardOrders:noEndPhoto")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      ) : (
        <p data-testid="no-cards">{t("cardOrders:none")}</p>
      )}
      <p className="hint">{t("cardOrders:automaticNote")}</p>
      {types.has("photo") ? <p data-testid="photo-note">{t("card:olderCard.photoValid")} {t("card:olderCard.photoDiscounts")}</p> : null}
      {types.has("id_card") ? <p data-testid="id-card-note">{t("card:olderCard.idNotIssued")} {t("card:olderCard.idPolice")}</p> : null}
      <p>
        <Link to={`/${lang}/kela-card/apply`} className="button">
          {t("card:about.start")}
        </Link>
      </p>
    </>
  );
}
