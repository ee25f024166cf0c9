import type { Lang } from "~/i18n/languages";
import { normalize, terms } from "./text";

/**
 * What makes a message a follow-up of the one before, in a conversation:
 * - a request for the same answer in another language ("entä ruotsiksi?", "på svenska tack",
 *   "what about in Swedish?"), in whichever language it is written;
 * - a short message that continues ("and for my child?", "och hur länge tar det?", "entä jos asun
 *   Ruotsissa?") or points back ("does it cost anything?", "maksaako se?", "kostar det?").
 */
const LANGUAGE_NAMES: [RegExp, Lang][] = [
  [/^(suomeksi|finska|finnish|suomi|suomen kielellä|in finnish)$/u, "fi"],
  [/^(ruotsiksi|svenska|swedish|ruotsi|ruotsin kielellä|in swedish)$/u, "sv"],
  [/^(englanniksi|engelska|english|englanti|englannin kielellä|in english)$/u, "en"],
];

const LANGUAGE_REQUEST = new RegExp(
  [
    "^(?:(?:entä|entäs|ja|no|mutta|voitko|voisitko|voiko|osaatko|saisinko|saanko|kerro|sama|sano|vastaa|vastaatko|and|what about|how about|can you|could you|please|same|say|answer|och|men|kan du|kunde du|går det|samma|svara)\\s+)*",
    "(?:(?:vastata|kertoa|sanoa|vastaus|tämä|tää|se|sen|that|it|this|the same|tell me|answer|say|det|samma|svara|säga)\\s+)*",
    "(?:in |på )?(suomeksi|ruotsiksi|englanniksi|suomen kielellä|ruotsin kielellä|englannin kielellä|finska|svenska|engelska|finnish|swedish|english)",
    "(?:\\s+(?:kiitos|kiitti|please|pls|tack|också|myös|too|also|instead|istället|sen|please\\?))*$",
  ].join(""),
  "u",
);

/** The language a message asks the previous answer in, when that is all it asks. */
export function requestedLanguage(message: string): Lang | null {
  const text = normalize(message).replace(/[?!.,:;]+/g, " ").replace(/\s+/g, " ").trim();
  const match = LANGUAGE_REQUEST.exec(text);
  if (!match) return null;
  const name = match[1]!;
  return LANGUAGE_NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

const CONTINUES: Record<Lang, RegExp> = {
  fi: /^(entä|entäs|ja|mutta|no|myös|sitten|jos|mites|kuinka se|miten se|sekä)(?![\p{L}])/u,
  sv: /^(och|men|än|om|också|samt|hur är det med|vad gäller|gäller det|samma)(?![\p{L}])/u,
  en: /^(and|but|what about|how about|what if|also|so|then|same|if|plus)(?![\p{L}])/u,
};
const POINTS_BACK: Record<Lang, RegExp> = {
  fi: /(?<![\p{L}])(se|sen|siitä|sitä|siihen|siinä|ne|niitä|niiden|niille|niiltä|tuo|tuon|tää|tämä|tämän|sama|samaa|hänelle|hänen|hän|sille|silloin)(?![\p{L}])/u,
  sv: /(?<![\p{L}])(det|den|dem|deras|detta|samma|hon|han|henne|honom|dit|där)(?![\p{L}])/u,
  en: /(?<![\p{L}])(that|it|this|they|them|their|the same|she|he|her|him|his|there)(?![\p{L}])/u,
};
/** At most this many content words: a longer message says what it asks. */
const SHORT = 5;

export function isFollowUp(message: string, lang: Lang): boolean {
  const text = normalize(message).trim();
  if (terms(text, lang).length > SHORT) return false;
  return CONTINUES[lang].test(text) || POINTS_BACK[lang].test(text);
}

/** "Does it cost anything?": the message refers to what was talked about. */
export function pointsBack(message: string, lang: Lang): boolean {
  return POINTS_BACK[lang].test(normalize(message));
}

/** Someone named before: "pappa har gett mig fullmakt, kan jag beställa kort åt honom" is one question. */
const SAME_PERSON: Record<Lang, RegExp> = {
  fi: /(?<![\p{L}])(hänelle|hänen|hän|häntä|hänet|hänellä|sille|sen puolesta|heille|heidän)(?![\p{L}])/u,
  sv: /(?<![\p{L}])(honom|henne|hon|han|hans|hennes|dem|deras)(?![\p{L}])/u,
  en: /(?<![\p{L}])(him|her|he|she|his|hers|them|their)(?![\p{L}])/u,
};

export function pointsToSomeoneNamed(text: string, lang: Lang): boolean {
  return SAME_PERSON[lang].test(normalize(text));
}
