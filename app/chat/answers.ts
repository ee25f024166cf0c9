import en from "../../locales/en/chatAnswers.json";
import fi from "../../locales/fi/chatAnswers.json";
import sv from "../../locales/sv/chatAnswers.json";
import type { Lang } from "~/i18n/languages";
import { createT, type TFunction } from "~/i18n/translate";

/**
 * The answer base: texts in locales/{fi,sv,en}/chatAnswers.json (a user sees
 * them), read through the portal's own translator so the engine stays pure.
 */
const translators: Record<Lang, TFunction> = {
  fi: createT("fi", { chatAnswers: fi }),
  sv: createT("sv", { chatAnswers: sv }),
  en: createT("en", { chatAnswers: en }),
};

export function answerT(lang: Lang): TFunction {
  return translators[lang];
}

/** "C-LOST-1" → "rules.C_LOST_1": JSON keys stay plain identifiers. */
export function ruleKey(ruleId: string): string {
  return `chatAnswers:rules.${ruleId.replace(/-/g, "_")}`;
}
