import type { Lang } from "~/i18n/languages";
import { terms } from "./text";

/**
 * The questions of a message that asks more than one ("kadotin kortin ja kauanko uuden tulo
 * kestää?", "my card broke. can I order one for my child at the same time?"): split at the ends of
 * sentences and where "and" / "ja" / "och" starts a new question. A piece of fewer than two content
 * words stays with the one before it.
 */
const QUESTION_START: Record<Lang, string> = {
  fi: "kauanko|kuinka|miten|mistä|mihin|milloin|voinko|voiko|voisinko|saako|saanko|saisinko|pitääkö|täytyykö|onko|paljonko|mitä|missä|mikä|tuleeko|maksaako|kestääkö|entä",
  sv: "hur|när|var|vart|vad|kan|får|måste|ska|vilket|vilken|vilka|kostar|finns|går|tar|behöver",
  en: "how|when|where|what|can|could|do|does|is|will|should|which|who|am|are|must|may",
};
const AND: Record<Lang, string> = { fi: "ja|sekä|mutta", sv: "och|samt|men", en: "and|but|also" };

export function questionsOf(text: string, lang: Lang): string[] {
  const starts = QUESTION_START[lang];
  const boundary = new RegExp(`(?<=[.?!;])\\s+|\\n+|,\\s*(?=(?:${starts})(?![\\p{L}]))|\\s+(?:${AND[lang]})\\s+(?=(?:${starts})(?![\\p{L}]))`, "giu");
  const pieces = text.split(boundary).map((piece) => piece.trim()).filter(Boolean);
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length && terms(piece, lang).length < 2) out[out.length - 1] += ` ${piece}`;
    else out.push(piece);
  }
  // A first piece too short to stand alone ("Hei!") joins the next.
  if (out.length > 1 && terms(out[0]!, lang).length < 2) out.splice(0, 2, `${out[0]} ${out[1]}`);
  return out;
}
