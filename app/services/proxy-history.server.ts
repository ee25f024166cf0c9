import { HELSINKI } from "~/domain/calendar";
import { displayName } from "~/domain/person";
import type { Lang } from "~/i18n/languages";
import { actionsOnBehalfOf } from "./audit.server";
import { getPerson } from "./kela-api.server";

export const LOCALES: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** The kinds of audited actions the history names in words; anything else is "another action". */
export type HistoryAction = "page.view" | "page.submit" | "act-for.start" | "proxy-case.submit" | "card.order.submit" | "other";
const ACTION_NAMES: Record<string, HistoryAction> = {
  "page.view": "page.view",
  "page.submit": "page.submit",
  "act-for.start": "act-for.start",
  "proxy-case.submit": "proxy-case.submit",
  // The card journey (issue 4) audits its submission as "card.application.submit".
  "card.order.submit": "card.order.submit",
  "card.application.submit": "card.order.submit",
};

/** Pages the history names in words (by path under the language prefix). */
export type HistoryPage = "cardApply" | "cardOrders" | "card" | "actFor" | "other";

export type HistoryEntry = {
  at: string;
  /** Formatted on the server in the page's language, Helsinki time (no hydration drift). */
  when: string;
  /** From the register (C-DATA-1); null when it has no name for the actor. */
  actorName: string | null;
  basis: string;
  action: HistoryAction;
  page: HistoryPage | null;
};

function pageOf(path: unknown): HistoryPage | null {
  if (typeof path !== "string") return null;
  if (path.startsWith("kela-card/apply")) return "cardApply";
  if (path.startsWith("kela-card/orders")) return "cardOrders";
  if (path === "kela-card" || path.startsWith("kela-card/")) return "card";
  if (path.startsWith("act-for")) return "actFor";
  return "other";
}

const KNOWN_BASES = ["huoltaja", "edunvalvoja", "valtuutettu", "valtakirja", "muu-henkilo"];

/**
 * "Actions taken on your behalf": what others have viewed or done for this
 * person (issue 5, item 8), newest first, with the actor's name from the
 * register. Refused attempts are not actions taken; they stay in the audit log.
 */
export async function actionsTakenOnBehalfOf(targetId: string, lang: Lang): Promise<HistoryEntry[]> {
  const format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: HELSINKI, dateStyle: "short", timeStyle: "short" });
  const rows = (await actionsOnBehalfOf(targetId, 100)).filter((row) => row.outcome === "allowed").slice(0, 50);
  const actorIds = [...new Set(rows.map((row) => row.actor_id))];
  const names = new Map(
    await Promise.all(
      actorIds.map(async (id) => [id, await getPerson(id).then(displayName, () => null)] as const),
    ),
  );
  return rows.map((row) => ({
    at: row.at.toISOString(),
    when: format.format(row.at),
    actorName: names.get(row.actor_id) ?? null,
    basis: KNOWN_BASES.includes(row.basis) ? row.basis : "other",
    action: ACTION_NAMES[row.action] ?? "other",
    page: row.action.startsWith("page.") ? pageOf((row.details as Record<string, unknown>).page) : null,
  }));
}
