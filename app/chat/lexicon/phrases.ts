import type { Lang } from "~/i18n/languages";

/**
 * Rewrites applied to a message (and to every cue phrase, so both sides meet)
 * before it is split into words: multi-word expressions whose parts mean
 * something else alone ("god man" is a guardian, "god morgon" a greeting and
 * not "tomorrow"), reflexive "by yourself" that the stopword list would
 * swallow, and spelling variants (-ize/-ise, licence/license). Runs on
 * normalised, lower-case text; the replacement is ordinary words.
 */
export const phrases: Record<Lang, readonly (readonly [RegExp, string])[]> = {
  fi: [
    // KV-keskus written in pieces: one name.
    [/\bkv[- ]?keskuk?s\p{L}*/gu, " kvkeskus "],
    // Moving to Finland is the opposite of moving abroad: a question of becoming insured here.
    [/\b(muutin|muutimme|muutettiin|muuttanut|muuttaneet|muutto|muuttaessa|muutan|muuttaa|tulin|tulimme|saavuin|palasin|palaan|palata) (takaisin )?suomeen\b/gu, " maahanmuutto "],
    [/\bkansainvälis\p{L}* (asioiden keskuk?s\p{L}*|asioiden yksikkö\p{L}*|keskuk?s\p{L}*|yksikkö\p{L}*|yksikö\p{L}*|palvelu\p{L}*|asio\p{L}*|asiat)/gu, " kvkeskus "],
    [/\bkelan kansainväli\p{L}*/gu, " kvkeskus "],
    // "kelakortti" is "Kela-kortti": the same two words as the cues have.
    [/\bkela(?=k\p{L}{3})/gu, "kela "],
    // "ilman että hain", "en ole hakenut": without applying.
    [/\b(en|enkä) (ole )?(hakenut|hakennut|hakenu|tilannut|tilannu|pyytänyt)\b/gu, " ilman hakemusta "],
    [/\b(ilman että|vaikka en) (hain|tilasin|pyysin|hakenut|tilannut)\b/gu, " ilman hakemusta "],
    [/\b(hyvää )?(huomenta|päivää|iltaa)\b/gu, " tervehdys "],
    // Suomi.fi e-authorisation by any of its names.
    [/\be-?(valtuu\p{L}*|valtakirja\p{L}*)/gu, " suomifi valtuus "],
    [/\bsähköi\p{L}* (valtuu\p{L}*|valtakirja\p{L}*)/gu, " suomifi valtuus "],
    // Electronic identification from abroad.
    [/\be-(tunnis\p{L}*|tunnu\p{L}*|tunnuks\p{L}*|henkilökor\p{L}*|id)\b/gu, " sähköinen tunnistus "],
  ],
  sv: [
    [/\bgod man\b/gu, " intressebevakare "],
    [/\b(flyttade|flyttat|flyttar|flytta|flytt|kom|kommit|återvänder|återvände) (tillbaka |hem |hit )?till finland\b/gu, " inflyttning "],
    // "e-post" is no "post" (the mail).
    [/\be-post/gu, "epost"],
    [/\b(e-fullmakt\p{L}*|elektronisk\p{L}* fullmakt\p{L}*|digital\p{L}* fullmakt\p{L}*|fullmakt\p{L}* (på nätet|online|i suomi\.?fi|via suomi\.?fi))/gu, " suomifi fullmakt "],
    [/\bgod (morgon|dag|kväll|middag)\b/gu, " hejsan "],
    [/\bgomorron\b|\bgoddag\b|\bgodmorgon\b/gu, " hejsan "],
    [/\bför gott\b/gu, " permanent "],
    [/\b(på egen hand|av mig själv|helt själv|ensam)\b/gu, " själv "],
    [/\b(fpa|kela)(?=k\p{L}{2})/gu, "$1 "],
    [/\b(fpa:?s )?(center|centret|centrum|enhet\p{L}*) för internationella ärenden\b/gu, " kvkeskus "],
    [/\b(fpa:?s )?internationella (ärenden|centret|centrum|center|enhet\p{L}*|tjänst\p{L}*)\b/gu, " kvkeskus "],
    [/\bfpa internationell\p{L}*/gu, " kvkeskus "],
    [/\bkv[- ]?keskus\p{L}*/gu, " kvkeskus "],
    [/\b(jag )?(har )?inte (ansökt|ansökte|sökt|sökte|beställt|beställde|bett om)\b/gu, " utan ansökan "],
    [/\butan att (ansöka|söka|beställa)\b/gu, " utan ansökan "],
  ],
  en: [
    [/\bby (myself|yourself|himself|herself|themselves|themself|oneself|ourselves)\b/gu, " alone "],
    [/\bon (my|your|his|her|their|our) own\b/gu, " alone "],
    [/\b(myself|yourself)\b/gu, " alone "],
    [/\bfor good\b/gu, " permanently "],
    [/\b(moved|moving|move|came|come|relocated|relocating|emigrated|returned|returning|return) (back )?(here )?to finland\b/gu, " immigration "],
    [/\b(\p{L}{3,})iz(e|ed|es|ing|ation|ations)\b/gu, "$1is$2"],
    [/\blicense\b/gu, "licence"],
    // "e-mail" is no "mail" (the post).
    [/\be-mail/gu, "email"],
    [/\b(e-authoris\p{L}*|e-authoriz\p{L}*|electronic (authoris|authoriz|mandate)\p{L}*|online (authoris|authoriz)\p{L}*|digital (authoris|authoriz)\p{L}*)/gu, " suomifi mandate "],
    [/\bidentity cards?\b/gu, " id card "],
    [/\bi'll\b/gu, "i will"],
    [/\b(too|very|seriously|terminally|chronically|mentally|is|was|been|gets|got|fell) ill\b/gu, "$1 sick"],
    [/\bcenter\b/gu, "centre"],
    [/\b(kela'?s? )?(centre|center) for international affairs\b/gu, " kvkeskus "],
    [/\b(kela'?s? )?international (affairs|centre|center|services?|unit|office|department|team|line)\b/gu, " kvkeskus "],
    [/\bkela international\b/gu, " kvkeskus "],
    [/\bkv[- ]?keskus\p{L}*/gu, " kvkeskus "],
    [/\bkela(?=ca?r\p{L})/gu, "kela "],
    [/\b(i )?(did ?n[o']?t|never|have ?n[o']?t|didn't) (apply|applied|order|ordered|ask|asked) (for )?(it|one|a new one|a card)?/gu, " without applying "],
    [/\bwithout (ordering|asking for|requesting|applying for) (it|one|a card|a new one)?/gu, " without applying "],
  ],
};

/**
 * Words the stemmer must leave whole because their stem meets another
 * word's: Finnish "huomenta" (good morning) and "huomenna" (tomorrow) both
 * stem to "huomen".
 */
export const unstemmed: Record<Lang, ReadonlySet<string>> = {
  fi: new Set(["tervehdys", "moi", "moikka", "moro", "hei", "terve", "kiitos", "kiitti"]),
  sv: new Set(["hejsan", "hej", "tjena", "hallå", "tack"]),
  en: new Set(["hello", "hi", "hey", "thanks"]),
};

/**
 * The few short words every question here turns on. A short word is not
 * typo-corrected in general (every edit of a four-letter word makes another
 * word), but one edit from one of these is read as it: "kla cad" is "kela
 * card", "ban" is "barn".
 */
export const anchors: Record<Lang, readonly string[]> = {
  fi: ["kela", "kortti", "lapsi", "hetu", "linkki", "faksi", "soitto", "numero", "apteekki", "kiitos"],
  sv: ["kela", "kort", "barn", "ringa", "ringer", "flytta", "länk", "gratis", "tack"],
  en: ["kela", "card", "child", "photo", "email", "thanks", "phone"],
};
