import type { Lang } from "~/i18n/languages";
import { TOPIC_IDS } from "../../intents";
import { conceptCues } from "./concepts";
import { en } from "./en";
import { fi } from "./fi";
import { sv } from "./sv";
import type { Signals } from "./types";

export type { Signals } from "./types";

function withConcepts(words: Signals, lang: Lang): Signals {
  const concepts = conceptCues(lang);
  return Object.fromEntries(TOPIC_IDS.map((topic) => [topic, [...words[topic], ...(concepts[topic] ?? [])]])) as unknown as Signals;
}

export const signals: Record<Lang, Signals> = { fi: withConcepts(fi, "fi"), sv: withConcepts(sv, "sv"), en: withConcepts(en, "en") };
