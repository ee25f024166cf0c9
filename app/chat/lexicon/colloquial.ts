import type { Lang } from "~/i18n/languages";

/**
 * Spoken and chat forms mapped to the written word the stemmer knows
 * ("hukas" → "hukassa", "int" → "inte", "u" → "you"), and common abbreviations.
 * Whole words only; inflection is the stemmer's job.
 */
export const colloquial: Record<Lang, Readonly<Record<string, string>>> = {
  fi: {
    ite: "itse", mä: "minä", mää: "minä", sä: "sinä", mun: "minun", sun: "sinun", oon: "olen", oot: "olet", tää: "tämä",
    mist: "mistä", miks: "miksi", voinks: "voinko", saaks: "saako", onks: "onko", hukas: "hukassa", apteekis: "apteekissa",
    tullu: "tullut", kadonnu: "kadonnut", hävinny: "hävinnyt", menny: "mennyt", ollu: "ollut", tarviin: "tarvitsen",
    tarttee: "tarvitsee", puh: "puhelin", nro: "numero", puhnro: "puhelinnumero", sposti: "sähköposti", meili: "sähköposti",
    henkkari: "henkilökortti", kelakortsu: "kelakortti", kortsu: "kortti", ulkomail: "ulkomailla", kauan: "kauan",
    nopeemmin: "nopeammin", nopeesti: "nopeasti", nopee: "nopea", pikasesti: "pikaisesti", kauheen: "kauhean", ku: "kun",
    semmonen: "sellainen", semmosta: "sellaista", tollanen: "tuollainen", vaik: "vaikka",
    tiiä: "tiedä", tiedäks: "tiedätkö", pitäiskö: "pitäisikö", pitääks: "pitääkö", tarviiks: "tarvitseeko", tarviiko: "tarvitseeko",
    saisko: "saisiko", voisko: "voisiko", kävis: "kävisi", menis: "menisi", tulis: "tulisi", tuleeks: "tuleeko",
    hukkas: "hukkasi", rikkinäine: "rikkinäinen", kaks: "kaksi", viikkoo: "viikkoa",
    lapsel: "lapselle", äidil: "äidille", isäl: "isälle",
  },
  sv: {
    int: "inte", nån: "någon", nåt: "något", nånting: "något", nånstans: "någonstans", sen: "sedan", mej: "mig", dej: "dig",
    tel: "telefon", nr: "nummer", funkar: "fungerar", funka: "fungera", mejl: "e-post", mail: "e-post", mejla: "e-posta",
    // The verb "meddela" (let know) is no "meddelande" (a message) to send: both stem to "meddel".
    meddela: "anmäla", meddelar: "anmäler", meddelat: "anmält", meddelas: "anmäls", meddelade: "anmälde",
  },
  en: {
    u: "you", ur: "your", pls: "please", plz: "please", thx: "thanks", tel: "telephone", ph: "phone", info: "information",
    cant: "cannot", wont: "will not", dont: "do not", doesnt: "does not", hasnt: "has not", havent: "have not", isnt: "is not",
    ppl: "people", asap: "quickly", msg: "message", addr: "address", mom: "mother", mum: "mother", dad: "father",
  },
};
