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
export type Feature = AgeTerm | "=otherdoc" | "=amount" | Concept | Combined;

/**
 * Concepts that several words or a construction express, whatever the topic words next to them:
 * - "=langask": a language is named as a language of service ("ruotsiksi", "på svenska", "in English",
 *   "which languages"): with a service it asks which languages it works in (K-OMAKELA-1), with a
 *   phone line which line serves which language (K-PHONE-1);
 * - "=self": acting alone, without a guardian ("itse", "själv", "on my own", "without my parents"):
 *   with an age under 18 it is the age limit of applying alone (C-AUTH-5);
 * - "=uninsured": not insured, or the insurance decision pending (C-ELIG-2), whatever is asked next;
 * - "=photo": a photo on the card (C-PHOTO-1);
 * - "=defect": something wrong with the card itself, printed badly, cracked, a chip that does not
 *   work (C-DEFECT-1), also in a card that has just arrived;
 * - "=contents": what the card says ("mitä kortissa lukee", "vad är tryckt på kortet", "what is
 *   printed on it"): the card's contents (C-VIEW-2), not the printed brochures;
 * - "=oral": a permission given by phone or in person ("antaa luvan puhelimessa", "ger lov per telefon",
 *   "allows it by phone"): an oral authorisation (C-AUTH-4);
 * - "=arrival": how long until something comes ("kauanko kestää että kortti tulee", "how soon will
 *   it come", "hur länge dröjer det"): the delivery time (C-DELIV-5), whatever card is meant. "When"
 *   and "när" only as a question ("when will it come", "när kommer det"), not as "when the new one
 *   comes, …".
 * - "=callme": a call to the person asked for ("soittakaa minulle", "ring upp mig", "call me back"):
 *   a person, not the numbers to call (human_handoff).
 * - "=found": a card that was lost has been found ("löysin kortin", "kortet dök upp", "I found it"),
 *   never "en löydä" or "haven't found": what to do with the old card (C-RETURN-1).
 * Parts that count only together (never terms of their own: "abroad" alone says nothing of the topic):
 * - "=abroad": the person is, or lives, outside Finland ("asun Espanjassa", "bor i Tyskland",
 *   "I live in Spain", "ulkomailta"); with "=reach" (how to get in touch with Kela at all) it is the
 *   combined "=reachabroad": the Centre for International Affairs' lines (K-PHONE-1).
 * - "=notshown" and "=decision": something is missing from the card ("puuttuu", "syns inte", "doesn't
 *   show") and a decision is named: together "=decisionnotshown", a new decision that the card does not
 *   carry yet; the new card comes by itself (C-AUTO-1).
 * - "=order" with a phone call named and a card: "=orderbyphone", ordering the card by phone, whose
 *   line is the phone service (C-APPLY-1), not the Centre for International Affairs.
 * - "=entitled" with "=abroad": "=entitledabroad", whether someone outside Finland has the right to a
 *   card at all, whoever they are: their insurance (C-ELIG-1, C-ELIG-2), not how to order one.
 */
type Concept = "=langask" | "=self" | "=uninsured" | "=photo" | "=defect" | "=arrival" | "=oral" | "=contents" | "=callme" | "=found";
type Part = "=abroad" | "=reach" | "=notshown" | "=decision" | "=order" | "=entitled";
type Combined = "=agealone" | "=cardprice" | "=callprice" | "=linelang" | "=servicelang" | "=reachabroad" | "=decisionnotshown" | "=orderbyphone" | "=entitledabroad";

/** An online service by any of its names (K-OMAKELA-1). */
const SERVICE: Record<Lang, RegExp> = {
  fi: /(?<![\p{L}])(omakela\p{L}*|oma kela|verkkopalvelu\p{L}*|asiointipalvelu\p{L}*|sovellu\p{L}*|nettisivu\p{L}*|sivusto\p{L}*|sivut|palvelussa)(?![\p{L}])/u,
  sv: /(?<![\p{L}])(mittfpa|mitt fpa|omakela|nättjänst\p{L}*|e-tjänst\p{L}*|appen|appe?n?|webbplats\p{L}*|sajt\p{L}*|tjänsten)(?![\p{L}])/u,
  en: /(?<![\p{L}])(omakela|oma kela|online service|e-service|website|site|app|portal|web service)(?![\p{L}])/u,
};

/** What something costs, and a call or a card named beside it: the card is free (C-CARD-1), calls cost (K-PHONE-2). */
const COST: Record<Lang, RegExp> = {
  fi: /(?<![\p{L}])(maksaa|maksaako|maksa\p{L}*|maksullinen|maksullis\p{L}*|maksuton|maksuttom\p{L}*|hinta|hinnan|hintaa|hinnat|kustann\p{L}*|ilmai\p{L}*|veloit\p{L}*|euro\p{L}*)(?![\p{L}])/u,
  sv: /(?<![\p{L}])(kostar|kosta|kostnad\p{L}*|avgift\p{L}*|gratis|pris|priset|betala\p{L}*|avgiftsfri\p{L}*)(?![\p{L}])/u,
  en: /(?<![\p{L}])(cost|costs|costing|price|prices|fee|fees|charge|charged|charges|free|pay|paid|expensive|cheap)(?![\p{L}])/u,
};
const CALL: Record<Lang, RegExp> = {
  fi: /(?<![\p{L}])(soit\p{L}*|puhel\p{L}*|jono\p{L}*|jonot\p{L}*|palvelunumer\p{L}*|numero\p{L}*|linja\p{L}*|linjo\p{L}*)(?![\p{L}])/u,
  sv: /(?<![\p{L}])(ring\p{L}*|samtal\p{L}*|telefon\p{L}*|kö|kön|köa\p{L}*|köande|nummer|numret|numren|nummer|linje\p{L}*)(?![\p{L}])/u,
  en: /(?<![\p{L}])(call\p{L}*|phon\p{L}*|queu\p{L}*|ring\p{L}*|line|number)(?![\p{L}])/u,
};

const L = "\\p{L}*";
const CONCEPTS: Record<Concept, Record<Lang, RegExp>> = {
  "=langask": {
    fi: new RegExp(`\\b(puhu${L} (suomea|ruotsia|englantia)|(suomea|ruotsia|englantia) puhu${L}|suomeksi|ruotsiksi|englanniksi|suomen kiel${L}|ruotsin kiel${L}|englannin kiel${L}|(suomen|ruotsin|englannin)kiel${L}|kiel(i|ellä|ell|illä|ill|et|iä|ten|tä|ess|iversio${L}|valikoi${L}))(?![\\p{L}])`, "u"),
    sv: new RegExp(`\\b((prata|tala|talar|pratar) (svenska|finska|engelska)|på (svenska|finska|engelska)|svenskspråk${L}|finskspråk${L}|engelskspråk${L}|(vilk|vilket|vilka|andra|fler|olika) språk|språk(et|en|versio${L}|val)?|för (svenska|finska|engelska|svensk|finsk|engelsk)(talande)?|(svenska|finska|engelska)(n)? (service|betjäning|linje|linjen|numret|nummer))(?![\\p{L}])`, "u"),
    en: new RegExp(`\\b((speak|speaks|speaking|talk|talking) (in )?(english|swedish|finnish)|in (english|swedish|finnish)|(english|swedish|finnish)[- ](speaking|speakers?|language|version|service|line)|languages?|for (english|swedish|finnish)( speakers)?)(?![\\p{L}])`, "u"),
  },
  "=self": {
    fi: new RegExp(`\\b(itse|ite|itte|itselleni|itelleni|itsekseni|itekseni|itsekseen|itekseen|itsekses|itekses|itsellensä|itellensä|itse ilman|yksin|yksinään|itsenäisesti|omin päin|ilman (vanhemp${L}|huoltaj${L}|äiti${L}|isä${L}|äitiä|isää|mutsi${L}|faija${L}|lupaa))(?![\\p{L}])`, "u"),
    sv: new RegExp(`\\b(själv|ensam|på egen hand|själva|utan (mina |sina |hans |hennes )?(föräldrar${L}|vårdnadshavare${L}|mamma${L}|pappa${L}|lov))(?![\\p{L}])`, "u"),
    en: new RegExp(`\\b(alone|myself|herself|himself|themselves|themself|by (my|her|his|their) own|on (my|her|his|their) own|without (my |her |his |their )?(parents?|guardians?|mum|mom|mother|dad|father|permission))(?![\\p{L}])`, "u"),
  },
  "=uninsured": {
    fi: new RegExp(`\\b((en|ei|enkä|eikä) (ole |oo |o )?(vielä )?vakuutet${L}|vakuuttamaton|vakuutukseton|ilman vakuutusta|vakuut${L} (on )?(vielä |yhä |edelleen )?(kesken|käsittely${L}|auki|epäselv${L}|ratkaisematta)|(en|ei) (ole |oo )?(vielä )?(saanut|saanu|tullut|tullu) vakuut${L}|odot${L} vakuut${L}|vakuut${L}päätö${L} (on )?(vielä )?(kesken|käsittely${L}|tulematta|puuttuu))(?![\\p{L}])`, "u"),
    sv: new RegExp(`\\b((är|e) (inte|int|ej|inte längre) försäkrad${L}|oförsäkrad${L}|utan försäkring|försäkring${L} (är )?(inte klar${L}|oklar${L}|pågår|under behandling)|(inte|int) (fått|fått nåt|fått något) försäkringsbeslut${L}|försäkringsbeslut${L} (är )?(inte klart|inte klar|pågår|dröjer|saknas)|väntar på (ett |mitt )?(försäkrings)?beslut${L}|försäkrings(ärende|beslut|fråga|sak)${L} (är )?(fortfarande |ännu |än )?(öppe${L}|oavgjor${L}|oklar${L}|pågår|inte klar${L}|under behandling))(?![\\p{L}])`, "u"),
    en: new RegExp(`\\b((am|is|are|m|i'm|not) (still )?(not |no longer )?insured|uninsured|not insured|without insurance|no insurance|insurance (decision |case |matter |application )?(is )?(still )?(pending|unclear|open|undecided|in process|being processed|not (yet )?(decided|ready|clear))|(waiting|wait) for (my |the |an )?(insurance )?decision|(did not|didn't|have not|haven't) (get|got|received|receive) (my |the |an |any )?insurance decision)(?![\\p{L}])`, "u"),
  },
  "=photo": {
    fi: new RegExp(`\\b(kuva|kuvan|kuvaa|kuvalla|kuvallinen|kuvallisen|kuvallista|kuvalli${L}|valokuva${L}|naamakuva${L}|passikuva${L})(?![\\p{L}])`, "u"),
    sv: new RegExp(`\\b(foto${L}|bild|bilden|med bild|fotografi${L}|porträtt${L})(?![\\p{L}])`, "u"),
    en: new RegExp(`\\b(photos?|pictures?|picture card|photo card|portrait|my face)(?![\\p{L}])`, "u"),
  },
  "=contents": {
    fi: new RegExp(`\\b(mitä|mikä|mitkä|millaisia|mitä kaikkea|mitä tietoja)\\b.{0,30}\\b(lukee|painettu|painetaan|näkyy|näkyvät|merkitty|merkitään|merkintöjä)(?![\\p{L}])`, "u"),
    sv: new RegExp(`\\b(vad|vilka|vilken|vilket)\\b.{0,30}\\b(står|tryckt|trycks|syns|visas|visar|anteckningar)(?![\\p{L}])`, "u"),
    en: new RegExp(`\\b(what|which)\\b.{0,30}\\b(printed|written|shown|shows|show|says|say|markings)(?![\\p{L}])`, "u"),
  },
  "=oral": {
    fi: new RegExp(`\\b(suullinen|suullise${L}|suullisesti)\\b|\\b(lupa${L}|luvan|valtu${L}|suostu${L}|antaa luvan|antaa${L})\\b.{0,40}\\b(puhelimessa|puhelimitse|puhelimella|puhelimen kautta|soitta${L}|toimistossa)(?![\\p{L}])|\\b(puhelimessa|puhelimitse)\\b.{0,40}\\b(lupa${L}|luvan|valtu${L}|suostu${L})(?![\\p{L}])`, "u"),
    sv: new RegExp(`\\b(muntlig${L})\\b|\\b(lov${L}|fullmakt${L}|tillstånd${L}|samtycke${L}|godkänn${L}|ger lov)\\b.{0,40}\\b(per telefon|i telefon|via telefon|på telefon|på byrån|på kontoret)(?![\\p{L}])|\\b(per telefon|i telefon)\\b.{0,40}\\b(lov${L}|fullmakt${L}|tillstånd${L}|samtycke${L})(?![\\p{L}])`, "u"),
    en: new RegExp(`\\b(oral${L}|verbal${L})\\b|\\b(permission|consent${L}|allow${L}|authoris${L}|authoriz${L}|agree${L}|ok)\\b.{0,40}\\b(by phone|over the phone|on the phone|by telephone|at the office|in person)(?![\\p{L}])|\\b(by phone|over the phone|on the phone)\\b.{0,40}\\b(permission|consent${L}|allow${L}|authoris${L}|authoriz${L})(?![\\p{L}])`, "u"),
  },
  "=arrival": {
    fi: new RegExp(`\\b(kauanko|kuinka kauan|kuinka pian|milloin|montako päivää|monenko päivän|kuinka monta (päivää|viikkoa)|kuinka nopeasti|koska)\\b.{0,40}\\b(tulee|tulis${L}|saapuu|saapu${L}|kestää|kestä|kest${L}|toimit${L}|postit${L}|lähete${L}|saan|saisin|on perillä|tuleminen|tulo${L}|menee)(?![\\p{L}])|\\b(toimitusaika|toimitusaja${L}|tuloaika|kortin tulo${L})(?![\\p{L}])`, "u"),
    sv: new RegExp(`\\b(hur länge|hur lång tid|hur snabbt|hur fort|när(?= (kommer|kan|ska|skall|får|är|blir|levereras|skickas|anländer|dröjer)\\b)|hur många dagar|hur många veckor)\\b.{0,40}\\b(kommer|komma|tar|dröjer|levereras|skickas|får jag|får man|är framme|anländer)(?![\\p{L}])|\\b(leveranstid${L}|dröjer det)(?![\\p{L}])`, "u"),
    en: new RegExp(`\\b(how long|how soon|how quickly|how fast|how many (days|weeks)|when(?='s| (will|would|does|do|did|is|are|can|could|should|shall|might|may)\\b))\\b.{0,40}\\b(come|comes|coming|arrive|arrives|arriving|take|takes|deliver${L}|get it|get my|get the|send|sent|ship${L}|reach${L}|be here|get here|turn up|show up|receive)(?![\\p{L}])|\\b(delivery time|delivery times|how long until)(?![\\p{L}])`, "u"),
  },
  "=defect": {
    fi: new RegExp(`\\b(painovirhe${L}|painet${L} vino${L}|vinoon|vinossa|painatus${L} (on )?(\\p{L}+ )?(suttui${L}|sumea${L}|epäselv${L}|haalis${L}|kulunut|väärin|vino${L})|suttui${L}|tuhrui${L}|haljen${L}|halke${L}|halki|säröi${L}|särö${L}|siru${L} (ei|on) (toimi|rikki|vika|viallinen|irti)|siru ei|väärin painet${L}|virheellisesti painet${L}|lukukelvoton|vääntyn${L}|taipun${L}|käyrä${L}|lohjen${L}|murtun${L}|viallinen|viallise${L}|vioittun${L}|rikki|rikkinäi${L}|ei toimi${L}|ei lue|ei tunnista)(?![\\p{L}])`, "u"),
    sv: new RegExp(`\\b(tryckt snett|snett tryckt|sned${L}|spräckt${L}|sprucken|sprucket|spricka${L}|sprack|suddig${L}|otydlig${L}|oläslig${L}|feltryck${L}|fel (text )?tryckt|felaktigt tryck${L}|trycket är${L}|böjd${L}|böjt|bockad${L}|krökt${L}|trasig${L}|sönder|defekt${L}|felaktig${L}|chipp${L} (funkar|fungerar) (inte|int)|(funkar|fungerar) (inte|int)|skadad${L}|läsaren känner inte igen)(?![\\p{L}])`, "u"),
    en: new RegExp(`\\b(crooked${L}|skewed|misaligned|off[- ]cent(er|re)|printed (badly|crooked${L}|skewed)|misprint${L}|mis-printed|printed wrong${L}|wrong(ly)? printed|printing (is )?(blurry|smudged|faded|wrong|bad)|blurr(y|ed)|smudged|faded|unreadable|illegible|cracked|crack|cracks|bent|warped|broken|broke|damaged|defective|faulty|chip (is )?(not working|doesn't work|does not work|broken|dead)|(not|doesn't|does not|dont|don't) work${L}|(doesn't|does not|dont|don't) (recognise|recognize|read))(?![\\p{L}])`, "u"),
  },
  "=callme": {
    fi: new RegExp(`\\b(soit${L} (minulle|mulle|meille|takaisin)|(minulle|mulle|meille) (takaisin )?soit${L}|takaisinsoit${L}|soittopyyn${L})(?![\\p{L}])`, "iu"),
    sv: new RegExp(`\\b(ring${L} (upp )?(mig|mej|oss|tillbaka)|återuppringning${L}|uppringning${L}|bli uppringd)(?![\\p{L}])`, "iu"),
    en: new RegExp(`\\b((call|ring|phone)(ing)? (me|us)( back)?|call ?back|ring back|phone back|give me a (call|ring))(?![\\p{L}])`, "iu"),
  },
  "=found": {
    fi: new RegExp(`(?<!\\b(ei|en|eikä|enkä|et)( \\p{L}+)? )\\b(löysin|löysi|löysimme|löysit|löytyi|löytyikin|löytyny${L}|löytäny${L})(?![\\p{L}])`, "iu"),
    sv: new RegExp(`\\b(hittade|hittat|hittades|har hittats|dök upp|kom till rätta)(?! (inte|int|ej|aldrig))(?![\\p{L}])`, "iu"),
    en: new RegExp(`(?<!(not|n't|never|haven't|have not)( \\p{L}+)? )\\b(found|turned up|showed up|came back)(?![\\p{L}])`, "iu"),
  },
};

/** Concepts that count only together (the combined features below), never as terms of their own. */
const PARTS: Record<Part, Record<Lang, RegExp>> = {
  "=abroad": {
    fi: new RegExp(`\\b(ulkomail${L}|ulkomaa${L}|suomen ulkopuol${L}|(ruotsi|norja|tanska|islanni|viro|saksa|ranska|espanja|portugali|italia|kreikka|alankomai|hollanni|belgia|itävalla|sveitsi|puola|irlanni|englanni|iso-britannia|britannia|yhdysvallo|amerika|kanada|australia|thaimaa|japani|kiina|intia|venäjä|turki|kypro|malta|unkari|tšeki|tseki|latvia|liettua|brasilia|meksiko|argentiina|luxemburgi)(ssa|ssä|sta|stä|an|än|han|hän|iin|lla|llä|lta|ltä|issa|ista))(?![\\p{L}])`, "iu"),
    sv: new RegExp(`\\b(utomlands|utlandet|utanför finland|(bor|bott|bodde|bosatt|jobbar|jobbat|arbetar|arbetat|studerar|vistas|befinner mig|är|varit|lever|levt) (nu |numera |just nu |länge )?i (sverige|norge|danmark|island|estland|tyskland|frankrike|spanien|portugal|italien|grekland|nederländerna|holland|belgien|österrike|schweiz|polen|irland|england|storbritannien|usa|förenta staterna|amerika|kanada|australien|thailand|japan|kina|indien|ryssland|turkiet|cypern|malta|ungern|tjeckien|lettland|litauen|brasilien|mexiko|argentina|luxemburg))(?![\\p{L}])`, "iu"),
    en: new RegExp(`\\b(abroad|overseas|outside (of )?finland|(live|lived|living|lives|based|reside|resided|residing|staying|stayed|stay|am|i'm|been|work|worked|working|study|studied|studying) (now |currently |for years )?in (the )?(sweden|norway|denmark|iceland|estonia|germany|france|spain|portugal|italy|greece|netherlands|holland|belgium|austria|switzerland|poland|ireland|uk|united kingdom|britain|england|scotland|usa|us|united states|states|america|canada|australia|new zealand|thailand|japan|china|india|russia|turkey|cyprus|malta|hungary|czechia|czech republic|latvia|lithuania|brazil|mexico|argentina|luxembourg))(?![\\p{L}])`, "iu"),
  },
  "=reach": {
    fi: new RegExp(`\\b(yhtey(s|den|ttä|dessä)|tavoit${L}|saa${L} kiinni|kiinni kelasta|kontakti${L}|asioi${L} kelan kanssa)(?![\\p{L}])`, "iu"),
    sv: new RegExp(`\\b(kontakt${L}|(nå|når) (man |jag |vi |ni )?(fpa|er|kela|någon)|få tag (på|i)|komma i kontakt|höra av mig|ta kontakt)(?![\\p{L}])`, "iu"),
    en: new RegExp(`\\b(contact${L}|get in touch|in touch with|reach (kela|you|someone|them)|get hold of|communicate with)(?![\\p{L}])`, "iu"),
  },
  "=notshown": {
    fi: new RegExp(`\\b(puuttu${L}|ei (vielä |vieläkään )?(näy|näkyny${L}|lue|ole (merkitty|merkintää|kortissa|päivittyny${L}))|ei päivity|päivittymä${L}|vanha${L} tiedo${L})(?![\\p{L}])`, "iu"),
    sv: new RegExp(`\\b(sakna${L}|syns (inte|int|ej)|står (inte|int|ej)|finns (inte|int|ej) (med |på )|(inte|int) (med|uppdater${L})|gamla uppgifter)(?![\\p{L}])`, "iu"),
    en: new RegExp(`\\b(missing|lacks|lacking|(doesn't|does not|don't|do not|isn't|is not|aren't|are not|not) (yet )?(show${L}|on (it|my card|the card)|there|printed|marked|updated|included|listed)|still (shows|has) the old|out of date)(?![\\p{L}])`, "iu"),
  },
  "=order": {
    fi: new RegExp(`\\b(tila${L}|tilaa${L}|hae${L}|haen|hake${L}|hakemu${L})(?![\\p{L}])`, "iu"),
    sv: new RegExp(`\\b(beställ${L}|ansök${L}|söka|söker)(?![\\p{L}])`, "iu"),
    en: new RegExp(`\\b(order${L}|apply${L}|applie${L}|application${L}|request a)(?![\\p{L}])`, "iu"),
  },
  "=entitled": {
    fi: new RegExp(`\\b(oikeu(s|den|tta)|oikeutettu${L}|kuulu${L} vakuutu${L}|saako (hän|lapsi|lapseni|hän edes)|onko (hänellä|lapsella)? ?oikeus)(?![\\p{L}])`, "iu"),
    sv: new RegExp(`\\b(rätt till|berättigad${L}|har (han|hon|barnet|hen) rätt|omfattas av|försäkrad${L})(?![\\p{L}])`, "iu"),
    en: new RegExp(`\\b(entitled|eligible|eligibility|right to (a |the )?(kela )?card|insured|covered)(?![\\p{L}])`, "iu"),
  },
  "=decision": {
    fi: new RegExp(`(päätö${L}|päätök${L}|\\bmyönne${L}|\\bmyönsi)(?![\\p{L}])`, "iu"),
    sv: new RegExp(`\\b(beslut${L}|beviljad${L}|beviljat${L}|beviljades)(?![\\p{L}])`, "iu"),
    en: new RegExp(`\\b(decision${L}|granted|approved)(?![\\p{L}])`, "iu"),
  },
};

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

/** A card itself (any compound of it), not the institution's name alone. */
const CARD_ITSELF: Record<Lang, RegExp> = {
  fi: /kort[ti]\p{L}*|korti\p{L}*/iu,
  sv: /kort(?![\p{L}])|kortet|korten|korts/iu,
  en: /\bcards?\b/iu,
};

const AMOUNT: Record<Lang, RegExp> = {
  fi: /\b(paljonko|kuinka paljon|montako euroa|minkä verran|kuinka isoa?|kuinka suur\p{L}*)\b.{0,60}\b(saa|saan|saisin|saada|saat|saamme|maksetaan|maksaa minulle|kela (maksaa|korvaa)|korvaa\p{L}*|korvata\p{L}*|korvau\p{L}*|tuki\p{L}*|tuke\p{L}*|raha\p{L}*|etuu\p{L}*|eläke\p{L}*|eläkke\p{L}*|päivära\p{L}*|avustu\p{L}*)(?![\p{L}])/u,
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
  for (const [concept, patterns] of Object.entries(CONCEPTS) as [Concept, Record<Lang, RegExp>][]) if (patterns[lang].test(normal)) out.push(concept);
  // C-AUTH-5: an age under 18 and applying alone, together, is the question of the age limit.
  if (out.includes("=self") && (out.includes("=agechild") || out.includes("=ageteen"))) out.push("=agealone");
  // K-PHONE-1 and K-OMAKELA-1: a language next to a phone line, or next to the online service.
  if (out.includes("=langask")) {
    if (CALL[lang].test(normal)) out.push("=linelang");
    else if (SERVICE[lang].test(normal)) out.push("=servicelang");
  }
  // K-PHONE-1: how to reach Kela at all, from abroad, is the Centre for International Affairs' lines.
  const parts = new Map<Part, boolean>();
  const says = (part: Part) => parts.get(part) ?? parts.set(part, PARTS[part][lang].test(normal)).get(part)!;
  if (says("=abroad") && says("=reach")) out.push("=reachabroad");
  // C-APPLY-1: the card ordered by phone is the phone service's number, not KV-keskus's.
  if (says("=order") && CALL[lang].test(normal) && CARD_ITSELF[lang].test(normal)) out.push("=orderbyphone");
  // C-ELIG-1, C-ELIG-2: the right to a card of someone abroad is a question of their insurance.
  if (says("=entitled") && says("=abroad")) out.push("=entitledabroad");
  // C-AUTO-1: a new decision that the card does not show yet.
  if (says("=notshown") && says("=decision")) out.push("=decisionnotshown");
  if (COST[lang].test(normal)) {
    if (CALL[lang].test(normal)) out.push("=callprice");
    // A card named, not Kela alone: "does Kela pay for glasses" is no price of the card.
    else if (CARD_ITSELF[lang].test(normal)) out.push("=cardprice");
  }
  return out;
}
