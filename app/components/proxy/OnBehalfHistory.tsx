import type { HistoryEntry } from "~/services/proxy-history.server";
import { useT } from "~/i18n/useT";

export type HistoryRow = HistoryEntry;

/** "Actions taken on your behalf" (issue 5, item 8): who, on what basis, what, when. */
export function OnBehalfHistory({ rows }: { rows: HistoryRow[] }) {
  const t = useT();
  return (
    <section aria-labelledby="on-behalf-history" className="on-behalf-history" data-testid="on-behalf-history">
      <h2 id="on-behalf-history">{t("proxy:history.heading")}</h2>
      <p>{t("proxy:history.intro")}</p>
      {rows.length === 0 ? (
        <p>{t("proxy:history.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("proxy:history.when")}</th>
                <th scope="col">{t("proxy:history.who")}</th>
                <th scope="col">{t("proxy:history.basis")}</th>
                <th scope="col">{t("proxy:history.what")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={`${row.at}-${index}`}>
                  <td>{row.when}</td>
                  <td>{row.actorName ?? t("proxyCommon:banner.noName")}</td>
                  <td>{t(`proxyCommon:basis.${row.basis}`)}</td>
                  <td>{describe(row, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function describe(row: HistoryRow, t: ReturnType<typeof useT>): string {
  const page = t(`proxy:history.pages.${row.page ?? "other"}`);
  switch (row.action) {
    case "page.view":
      return t("proxy:history.actions.pageView", { page });
    case "page.submit":
      return t("proxy:history.actions.pageSubmit", { page });
    case "act-for.start":
      return t("proxy:history.actions.actForStart");
    case "proxy-case.submit":
      return t("proxy:history.actions.proxyCaseSubmit");
    case "card.order.submit":
      return t("proxy:history.actions.cardOrderSubmit");
    default:
      return t("proxy:history.actions.other");
  }
}
