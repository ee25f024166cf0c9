import type { Lang } from "~/i18n/languages";
import { ageTerms, type AgeTerm } from "./ages";
import { normalize } from "./text";

/**
 * Things a message says that are no single word, seen by retrieval as terms
 * that cue phrases can name ("=agechild", "=otherdoc", "=amount"):
 * - an age (ages.ts);
 * - another document than the Kela card: a driving licence, passport, bank
 *   card, the European health insurance card. "Ajokortti hukassa" is about a
 *   lost card, but not one the rules cover. These words are also taken out of
 *   the text retrieval sees (see `withoutOtherDocuments`), so that
 *   "ajokortti" is not read as "kortti";
 * - a question about how much money someone gets (amounts of benefits or
 *   reimbursements): the rules state none.
 */
export type Feature = AgeTerm | "=otherdoc" | "=amount";

const OTHER_DOCUMENT: Record<Lang, RegExp> = {
  fi: /\b(?:(?:ajo|pankki|luotto|debit|bussi|matka|kirjasto|opiskelija|lähimaksu|maksu|lahja|sim|bonus|kanta-asiakas|sairaanhoito)-?kor[tr]\p{L}*|eurooppalai\p{L}* sairaanhoitokor\p{L}*|ehic\p{L}*|passi(?:a|n|ni|in|ssa|ssani|sta|lla|lle|kuva\p{L}*)?|ajokor\p{L}*|ajolupa\p{L}*)(?![\p{L}])/gu,
  sv: /\b(?:(?:kör|bank|kredit|debet|buss|rese|biblioteks|student|betal|present|sim|kund|bonus|sjukvårds)-?kort\p{L}*|europeisk\p{L}* sjukvårdskort\p{L}*|ehic|pass(?:et|en)?|körkort\p{L}*)(?![\p{L}])/gu,
  en: /\b(?:(?:driving|driver'?s?) licen[cs]es?|passports?|(?:bank|credit|debit|bus|travel|library|student|sim|loyalty|gift) ?cards?|european health insurance cards?|ehic)(?![\p{L}])/gu,
};

/** A Kela card, or a card at all, named next to the other document: "passi ja kelakortti hukassa". */
const CARD_WORD: Record<Lang, RegExp> = {
  fi: /\b(kela|kortti\p{L}*|kortin\p{L}*|kortit\p{L}*|kortt\p{L}*|sairausvakuutuskor\p{L}*|korvausoikeus)/u,
  sv: /\b(fpa|kela|mittfpa|kort|kortet|korten|fpakort\p{L}*|sjukförsäkringskort\p{L}*)(?![\p{L}])/u,
  en: /\b(kela|cards?)(?![\p{L}])/u,
};

const AMOUNT: Record<Lang, RegExp> = {
  fi: /\b(paljonko|kuinka paljon|montako euroa|minkä verran|kuinka isoa?|kuinka suur\p{L}*)\b.{0,60}\b(saa|saan|saisin|saada|saat|saamme|maksetaan|maksaa minulle|korvaa\p{L}*|korvata\p{L}*|korvau\p{L}*|tuki\p{L}*|tuke\p{L}*|raha\p{L}*|etuu\p{L}*|eläke\p{L}*|eläkke\p{L}*|päivära\p{L}*|avustu\p{L}*)(?![\p{L}])/u,
  sv: /\bhur (mycket|stor\p{L}*)\b.{0,60}\b(får (jag|man|vi|hon|han)(?! betala)|ersätt\p{L}*|betalar fpa|betalas ut|pengar|stöd\p{L}*|bidrag\p{L}*|pension\p{L}*|förmån\p{L}*|dagpenning\p{L}*|understöd\p{L}*)(?![\p{L}])/u,
  en: /\bhow (much|big)\b.{0,60}\b((?<!to )get\b|reimburs\p{L}*|refund\p{L}*|pay me|paid\b|money|benefits?\b|allowances?\b|pensions?\b|compensat\p{L}*|support\b|grant\b|subsid\p{L}*)/u,
};

const TIME = /\b(aika|aikaa|ajan|päiv\p{L}*|viik\p{L}*|kuukau\p{L}*|tid|tiden|dag\p{L}*|veck\p{L}*|månad\p{L}*|time|days?|weeks?|months?)\b/u;

export function mentionsOtherDocument(text: string, lang: Lang): boolean {
  return new RegExp(OTHER_DOCUMENT[lang].source, "u").test(normalize(text));
}

/** The text without other documents' names (they are the feature "=otherdoc"). */
export function withoutOtherDocuments(text: string, lang: Lang): string {
  return normalize(text).replace(OTHER_DOCUMENT[lang], " ");
}

/** Another document is named, and no card of Kela's: "ajokortti hukassa", "I lost my passport". */
export function onlyOtherDocument(text: string, lang: Lang): boolean {
  return mentionsOtherDocument(text, lang) && !CARD_WORD[lang].test(withoutOtherDocuments(text, lang));
}

export function featureTerms(text: string, lang: Lang): Feature[] {
  const out: Feature[] = ageTerms(text, lang);
  const normal = normalize(text);
  // Named next to a Kela card ("ajokortti ja kelakortti hukassa") the other document is a detail.
  if (onlyOtherDocument(normal, lang)) out.push("=otherdoc");
  const amount = AMOUNT[lang].exec(normal);
  // "Paljonko aikaa menee", "how much time does it take": a question of time, not of money.
  if (amount && !TIME.test(amount[0])) out.push("=amount");
  return out;
}
