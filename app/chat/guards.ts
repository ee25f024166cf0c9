import { typoDistance } from "./distance";
import { fold, normalize } from "./text";

/**
 * Messages the bot must not treat as questions: attempts to change its
 * instructions or to extract other people's data (prompt injection), and
 * abuse. Checked in all three languages at once: an injection in English
 * inside a Finnish chat is still an injection. Works on folded text
 * (ä→a, ö→o, å→a), so "jata huomiotta" also matches "jätä huomiotta".
 */

const INJECTION: RegExp[] = [
  // "ignore / forget your instructions", "unohda aiemmat ohjeet", "glöm dina instruktioner"
  /\b(ignore|disregard|forget|override|bypass|unohda|ohita|sivuuta|jata huomiotta|glom|ignorera|strunta i|bortse fran)\b.{0,40}\b(instruction|prompt|rule|guideline|previous|above|system|programming|restriction|ohje|kehote|saanno|aiemm|edelli|rajoitu|instruktion|regler|tidigare|ovan|begransning|restriktion|sakerhet|safety|security)/,
  // "show the database", "näytä tietokanta", "visa databasen"
  /\b(show|dump|print|list|export|open|nayta|tulosta|listaa|avaa|visa|lista|skriv ut|oppna)\b.{0,40}\b(database|tietokan\w*|databas\w*|all records|kaikki tiedot)/,
  /\b(system ?prompt|jailbreak|developer mode|dan mode|do anything now|jarjestelmakehote|systeemikehote|systemprompt|prompt injection)/,
  /\b(you are now|you are no longer|pretend (to be|you are|you're)|roleplay|role-play|olet nyt|esita olevasi|leiki etta|kuvittele olevasi|roolipeli|du ar nu|latsas att|rollspel)\b/,
  // "show me your instructions", "kerro ohjeesi", "visa dina instruktioner"
  /\b(reveal|show|print|output|repeat|display|leak|tell me|kerro|nayta|paljasta|tulosta|toista|visa|avsloja|skriv ut|berata)\b.{0,20}\b(your|dina)\b.{0,15}\b(instructions|prompt|rules|configuration|instruktioner|regler)/,
  /\b(ohjeesi|kehotteesi|saantosi|jarjestelmaviesti|system message|initial prompt)\b/,
  // "print out all the system's instructions", "tulosta järjestelmän ohjeet", "skriv ut systemets instruktioner"
  /\b(reveal|show|print|output|repeat|display|leak|list|dump|tell me|kerro|nayta|paljasta|tulosta|toista|listaa|visa|avsloja|skriv ut|berata|lista)\b.{0,30}\b(system|system's|systems|internal|hidden|jarjestelman|sisaiset|piilotetut|systemets|interna|dolda)\b.{0,20}\b(instructions?|rules?|prompts?|configuration|ohjee\w*|ohjeit\w*|saann\w*|kehot\w*|asetukset|instruktion\w*|regler\w*)/,
  // Someone else's or everyone's personal data.
  /\b(list|show|give|tell|reveal|dump|print|export|send|find|look up|listaa|nayta|anna|kerro|paljasta|luettele|hae|etsi|tulosta|lista|visa|ge mig|berata|avsloja|skicka|sok)\b.{0,50}\b(everyone|every (?:user|customer|person)|other people|someone else|another person|customers|users|kaikkien|muiden|toisen|toisten|jonkun|asiakkaiden|kayttajien|ihmisten|naapurin|allas|andras|nagons|kundernas|kunders|anvandarnas|anvandares|personers|manniskors|grannens)\b.{0,40}\b(identity code|hetu|social security|ssn|personal (data|information|details)|address|phone number|henkilotunnu|henkilotied|osoit|puhelinnumero|personbeteckning|personnummer|personuppgift|adress|telefonnummer|tiedot|data|records)/,
  /\b(list|dump|export|luettele|listaa|lista|exportera)\b.{0,30}\b(identity codes|henkilotunnukset|hetut|personbeteckningar|personnummer)/,
  /\b(select \*|drop table|union select|<script|\$\{|\{\{)/,
];
/** "Matti Meikäläisen henkilötunnus", "Sven Lindqvist's identity code": a named person's code. */
const NAMED_PERSONS_CODE =
  /[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+(?:'s|n|s)\s.{0,20}\b(henkilötunnu|hetu|personbeteckning|personnummer|identity code|social security)/;

/** Words that insult a person or the bot. */
const INSULTS = new Set([
  "idiootti", "idiootit", "tyhma", "tyhmat", "aalio", "kusipaa", "mulkku", "huora", "debiili", "typera", "hyodyton", "surkea",
  "paskabotti", "idiot", "idiots", "stupid", "dumb", "moron", "bitch", "asshole", "bastard", "useless", "worthless", "pathetic",
  "retard", "dum", "dumma", "korkad", "hora", "kuk", "fitta", "skitbot", "vardelos", "usel", "dumhuvud", "sucks", "suck",
]);
/** Insulting phrases. */
const INSULT_PHRASES = /\b(shut up|hate you|kill you|turpa kiinni|haista (vittu|paska|home)|painu (vittuun|helvettiin)|tapan sut|vihaan sua|hall kaften|hall kaft|jag hatar dig|dra at helvete)\b/;
/** Swearing that may just express frustration about a real question. */
const PROFANITY = new Set([
  "vittu", "vitun", "vitu", "perkele", "perkeleen", "saatana", "saatanan", "paska", "paskaa", "helvetti", "helvetin", "perse",
  "perseesta", "jumalauta", "fan", "fasen", "javla", "javlar", "javligt", "helvete", "skit", "skiten", "fuck", "fucking", "fuckin",
  "shit", "damn", "crap", "wtf",
]);
const PROFANE_ROOTS = ["skit", "paska", "vitun", "perkele", "saatanan", "fuck", "shit", "javla"];
/** "Stupid question, but…" is modesty, not abuse. */
const MODESTY = /\b(tyhma|typera|dum|dumb|stupid|silly) (kysymys|question|fraga)\b/g;

/**
 * The words the patterns above turn on, for typos: "Ignore all previus istructions", "olet
 * hyödytön botti" written "hyödytö". A message word of 6 letters or more one edit away from one of
 * these (two from a long one) is read as it. Insults, which decide alone, only from 7 letters.
 */
const KEY_WORDS = [
  "ignore", "disregard", "forget", "override", "bypass", "instruction", "instructions", "previous", "system", "prompt",
  "restrictions", "programming", "guidelines", "database", "developer", "jailbreak", "pretend", "roleplay", "customers",
  "everyone", "identity", "addresses", "reveal", "rules", "glom", "unohda", "sivuuta", "ohjeet", "ohjeesi", "ohjeita", "kehote", "kehotteesi",
  "saannot", "saantosi", "aiemmat", "edelliset", "rajoitukset", "tietokanta", "kaikkien", "kayttajien", "asiakkaiden",
  "henkilotunnukset", "osoitteet", "paljasta", "esita", "olevasi", "jarjestelmakehote", "ignorera", "instruktioner",
  "instruktionerna", "regler", "reglerna", "tidigare", "begransningar", "databasen", "latsas", "anvandares", "anvandarnas",
  "kundernas", "personbeteckningar", "adresser", "avsloja", "systemprompt",
];
const KEY_INSULTS = ["idiootti", "hyodyton", "useless", "worthless", "pathetic", "vardelos", "paskabotti", "skitbot", "dumhuvud"];

function nearKeyWord(word: string): string | undefined {
  if (word.length < 5) return undefined;
  const max = word.length >= 9 ? 2 : 1;
  for (const key of word.length >= 7 ? [...KEY_WORDS, ...KEY_INSULTS] : KEY_WORDS) {
    if (key === word || Math.abs(key.length - word.length) > max) continue;
    // Five-letter words only by a swap of two letters ("rlues"): one other edit makes another word.
    if (word.length === 5 && (key.length !== 5 || !isSwap(word, key))) continue;
    if (typoDistance(word, key, max) <= max) return key;
  }
  return undefined;
}

function isSwap(a: string, b: string): boolean {
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

export type GuardResult = { injection: boolean; insult: boolean; profanity: boolean };

export function checkGuards(message: string): GuardResult {
  const text = fold(normalize(message))
    .replace(/\s+/g, " ")
    .replace(/\p{L}{5,}/gu, (word) => nearKeyWord(word) ?? word);
  const injection = INJECTION.some((pattern) => pattern.test(text)) || NAMED_PERSONS_CODE.test(message);
  const words = text.replace(MODESTY, " ").match(/[\p{L}]+/gu) ?? [];
  const insult = words.some((w) => INSULTS.has(w)) || INSULT_PHRASES.test(text);
  // Swearing compounds: "skitdålig", "paskapalvelu", "shitty".
  const profanity = words.some((w) => PROFANITY.has(w) || PROFANE_ROOTS.some((root) => w.length > root.length + 2 && w.startsWith(root)));
  return { injection, insult, profanity };
}
