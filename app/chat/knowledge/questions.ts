import en from "../../../tests/chat-eval/cases.en.json";
import fi from "../../../tests/chat-eval/cases.fi.json";
import sv from "../../../tests/chat-eval/cases.sv.json";
import holdout1 from "../../../tests/chat-eval/holdout-1.json";
import holdout2 from "../../../tests/chat-eval/holdout-2.json";
import holdout3 from "../../../tests/chat-eval/holdout-3.json";
import holdout4 from "../../../tests/chat-eval/holdout-4.json";
import holdout5 from "../../../tests/chat-eval/holdout-5.json";
import holdout6 from "../../../tests/chat-eval/holdout-6.json";
import holdout7 from "../../../tests/chat-eval/holdout-7.json";
import holdout8 from "../../../tests/chat-eval/holdout-8.json";
import holdout9 from "../../../tests/chat-eval/holdout-9.json";
import holdout10 from "../../../tests/chat-eval/holdout-10.json";
import holdout11 from "../../../tests/chat-eval/holdout-11.json";
import holdout12 from "../../../tests/chat-eval/holdout-12.json";
import holdout13 from "../../../tests/chat-eval/holdout-13.json";
import holdout14 from "../../../tests/chat-eval/holdout-14.json";
import type { ContractIntent } from "../intents";
import type { Lang } from "~/i18n/languages";

/**
 * The curated questions: how people really ask, each labelled with its
 * language, contract intent and whether the reply must hand over
 * (tests/chat-eval/README.md). They are the bot's examples for retrieval
 * (similarity.ts) and its evaluation set; the evaluation scores each one
 * with an index built without its fold, never with itself.
 */
export type CuratedCase = {
  q: string;
  lang: Lang;
  intent: ContractIntent;
  handoff: boolean;
  /** Strings the answer must contain (numbers, form ids). */
  facts?: string[];
  /** Further intents a message of two questions also asks about. */
  also?: ContractIntent[];
  tags?: string[];
};

export const CURATED_SETS: Record<string, CuratedCase[]> = {
  cases: [...fi, ...sv, ...en] as CuratedCase[],
  "holdout-1": holdout1 as CuratedCase[],
  "holdout-2": holdout2 as CuratedCase[],
  "holdout-3": holdout3 as CuratedCase[],
  "holdout-4": holdout4 as CuratedCase[],
  "holdout-5": holdout5 as CuratedCase[],
  "holdout-6": holdout6 as CuratedCase[],
  "holdout-7": holdout7 as CuratedCase[],
  "holdout-8": holdout8 as CuratedCase[],
  "holdout-9": holdout9 as CuratedCase[],
  "holdout-10": holdout10 as CuratedCase[],
  "holdout-11": holdout11 as CuratedCase[],
  "holdout-12": holdout12 as CuratedCase[],
  "holdout-13": holdout13 as CuratedCase[],
  "holdout-14": holdout14 as CuratedCase[],
};

export function curatedCases(): CuratedCase[] {
  return Object.values(CURATED_SETS).flat();
}
