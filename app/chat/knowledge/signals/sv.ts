import type { Signals } from "./types";

/**
 * Swedish (also Finland-Swedish) cues per topic. FPA is Kela in Swedish;
 * people still write "Kela-kort" and "FPA-kortet", both are here. "!" strong,
 * "~" weak. These are NOT the evaluation questions.
 */
export const sv: Signals = {
  lost_card: [
    "!tappat kort", "!tappade", "!tappat", "!borttappat", "!försvunnit", "!försvann", "!kommit bort", "!kom bort", "!borta",
    "!förlorat", "!förlorade", "!stulen", "!stulet", "!stals", "!blev stulen", "!plånboken stulen", "!hittar inte kort",
    "!tappat bort", "!tappa", "!bortkommet", "!bortkommen", "!rånad", "tappade bort", "förlust", "hittar inte",
    "glömde kort", "inbrott", "väskan stulen", "redogörelse", "plånbok", "snodde", "!minns inte var jag lade", "!vet inte var kortet är", "!någon tog",
  ],
  apply_new_card: [
    "nytt fpa-kort", "ansöka om fpa-kort", "beställa fpa-kort", "beställa nytt kort", "ansöka om nytt kort",
    "ansökan om kort", "beställa kort", "!sv 157sr", "ansökan", "blankett", "ansökningsblankett", "beställa", "skaffa kort",
    "få fpa-kort", "nytt kort", "ersättande kort", "ett annat kort", "byta kort", "hur ansöker", "ansöka",
    "telefontjänsten 020 692 203", "serviceställe", "på nätet", "online", "~fpa-kort", "~kela-kort",
  ],
  card_price: [
    "!kostar kort", "vad kostar", "!kort pris", "pris", "gratis", "!avgiftsfri", "!avgiftsfritt", "!kostnadsfritt",
    "kostar", "!kostar fpa-kortet", "!är kort gratis", "kostnad", "avgift", "betala", "måste jag betala", "euro", "dyrt",
  ],
  damaged_card: [
    "!trasig", "!trasigt", "!sönder", "!gick sönder", "!skadad", "!skadat", "!felaktig", "!felaktigt", "!fungerar inte",
    "!funkar inte", "!läses inte", "!läsaren läser inte", "!sprucket", "!spricka", "!knäckt", "!böjt", "reklamation",
    "!reklamation till tillverkaren", "!reklamera", "!tillverkningsfel", "!tekniskt fel", "!i bitar", "bitar", "!nötts bort", "nött", "sliten text", "blekt", "fel på kort", "repat", "slitet",
    "smält", "tillverkaren", "60 dagar", "chippet", "duger inte", "tvättmaskin", "tvättade", "gått sönder", "avbrutet",
    "fel", "!fungerar inte på apotek", "!godkänns inte på apotek",
  ],
  delivery_time: [
    "!hur länge tar", "!hur lång tid", "!leveranstid", "!när kommer kort", "!när kommer", "!hur snabbt", "!tar det",
    "!kommer med posten", "!anländer", "!leverans", "!levereras", "!har inte kommit", "!inte kommit än", "!väntar på kort",
    "!dröjer", "!när får jag kort", "per post", "hem", "hemadress", "vilken adress", "skickas", "postas", "två veckor",
    "veckor", "väntat", "länge", "när", "brevlåda", "posten", "leverera", "kommer kort hem", "tid",
  ],
  delivery_abroad: [
    "!adress utomlands", "!utländsk adress", "!till utlandet", "!bor utomlands", "!utomlands", "!till norden",
    "!skicka utomlands", "!kort utomlands", "!bor i sverige", "!postas utomlands", "!adress saknas", "!ofullständig adress",
    "!ingen adress", "!inget postnummer", "!hemkommun 200", "!skickas kortet till", "!skickas kortet utomlands", "sverige", "i sverige", "norge", "estland", "tyskland",
    "spanien", "norden", "nordiska länder", "postnummer saknas", "manuell handläggning", "via serviceställe",
  ],
  card_orders: [
    "!beställda kort", "!mina beställda kort", "!beställningens status", "!status på beställningen", "!har kort beställts",
    "!mina beställningar", "!följa beställningen", "!syns beställningen", "beställt", "beställning", "status", "skede",
    "var ser jag", "kontrollera beställning",
  ],
  no_card_interim: [
    "!tillfälligt intyg", "!tillfälligt kort", "!på apoteket när kortet inte har kommit", "!apoteket innan kortet kommer",
    "!apoteket utan kort", "!kt-anteckning och tillfälligt intyg", "!intyg med kt-anteckning", "!temporärt intyg", "!tillfällig", "!tillfälligt", "!apotek",
    "!innan kort kommer", "!under tiden", "!i väntan på", "!sv 51sr", "!läkemedelsersättning", "mediciner", "medicin",
    "läkemedel", "recept", "receptmedicin", "ersättning på apotek", "utan kort", "har inget kort", "intyg", "brådskande",
    "bråttom", "genast", "snabbare", "fort", "i morgon", "idag", "gamla kort och beslut", "beslut om läkemedelsersättning",
    "hämta mediciner", "fullt pris",
  ],
  apply_for_child: [
    "!=agechild", "!för mitt barn", "!barns kort", "!barn", "!mitt barn", "!barns vägnar", "!son", "!dotter", "!vårdnadshavare",
    "!som vårdnadshavare", "!minderårig", "!barnens kort", "!ungen", "förälder", "föräldrar", "som förälder", "skolbarn",
    "parallellt kort", "kort för föräldrar", "8-åring", "10-åring", "småbarn", "grabben", "tjejen", "två barn", "skolelev",
    "sonen", "dottern",
  ],
  minor_15_17: [
    "!=ageteen", "!15 år", "!16 år", "!17 år", "!15-åring", "!16-åring", "!17-åring", "!ung", "!åldersgräns",
    "!under 15", "!fyllt 15", "!ansöka själv", "!ensam", "!själv", "!på egen hand", "!utan föräldrar",
    "!utan vårdnadshavare", "tonåring", "ungdom", "myndig", "18 år", "ålder", "år gammal", "gammal", "niondeklassare",
    "gymnasist", "fyller 15",
  ],
  other_person: [
    "!annan person", "!för någon annan", "!för en annan person", "~för min mamma", "~för min pappa", "~för min mormor",
    "!på grund av sjukdom", "!hög ålder", "!minnessjuk", "!demens", "!kan inte själv", "!klarar inte",
    "!ingen intressebevakare", "!har ingen intressebevakare", "!sköta sina ärenden", "skröplig", "!åldring", "!äldre person", "~mamma", "~pappa", "~mormor", "~farmor", "~morfar", "~farfar",
    "~mor", "~far", "sjuk", "kan inte", "på vårdhem", "servicehus", "på sjukhus", "granne", "vän", "make", "maka", "fru",
    "man", "anhörig", "släkting", "redogörelse", "uträtta ärenden för", "för", "vägnar", "på någons vägnar",
    "närståendevårdare", "skötsel",
  ],
  suomifi_mandate: [
    "!suomi.fi", "!suomi.fi-fullmakt", "!suomi.fi-fullmakter", "!elektronisk fullmakt", "!befullmäktiga", "befullmäktigad",
    "ge fullmakt", "fullmakt på nätet", "fullmakt online", "digital fullmakt",
  ],
  power_of_attorney: [
    "!fullmakt", "!med fullmakt", "!skriftlig fullmakt", "!fullmakt på papper", "!muntlig fullmakt", "!muntligt",
    "!fullmakt per fax", "!fullmakt med fax", "!fullmakt per e-post", "skriftlig", "underskrift", "undertecknad", "tillförlitlig",
    "befullmäktigad", "fax", "skannad", "bild av fullmakt",
  ],
  legal_guardian: [
    "!intressebevakare", "!som intressebevakare", "!intressebevakning", "!huvudman", "!huvudmannen", "!domstol",
    "!tingsrätten", "!förmyndare", "!god man", "förordnad", "allmän intressebevakare", "förmynderskap",
  ],
  photo_card: [
    "!kort med foto", "!fotokort", "!foto på kort", "!foto", "!bild på kort", "!gammalt kort med bild", "!utan foto",
    "!ingen bild", "bild", "med bild", "gammalt kort", "gäller gamla kort", "giltigt", "giltig", "2014", "nytt foto",
    "fotografi", "porträtt",
  ],
  photo_card_discounts: [
    "!rabatt", "!rabatter", "!pensionärsrabatt", "!pensionärsanteckning", "!frontveteran", "!veteran", "!minröjare",
    "!rabattanteckning", "65 år", "åldersrabatt", "senior", "seniorrabatt", "pass", "körkort", "buss", "tågbiljett",
    "pensionär", "anteckning",
  ],
  id_card_insurance: [
    "!identitetskort", "!polisens identitetskort", "!sjukförsäkringsuppgifter", "!id-kort", "!id-kort med sjukförsäkring", "!identitetskort med fpa-uppgifter", "!id-kort med fpa-uppgifter",
    "!legitimation", "polisen", "från polisen", "id-kort giltighet", "fem år", "2017", "fpa-uppgifter på id-kortet",
    "!lämna tillbaka id-kortet", "!lämna tillbaka identitetskortet", "!id-kortet till fpa",
  ],
  card_contents: [
    "!vad står på kort", "!vilka uppgifter", "!kort uppgifter", "!syns på kort", "!står på kort", "!anteckningar",
    "!kt-anteckning", "!arbetsplatskassa", "!kassans nummer", "!specialersättning", "!rätt till specialersättning",
    "!begränsad ersättning", "!försäkrad till", "!läkemedelskod", "!sjukdomskod", "!ae 201", "!utfärdandedatum",
    "anteckning", "kt", "kod", "nummer på kort", "vad betyder", "förkortning", "baksidan", "texten på kort",
    "tidsbegränsad",
  ],
  automatic_new_card: [
    "!automatiskt", "!utan ansökan", "!måste jag ansöka", "!kommer det automatiskt", "!namn ändrades", "!namnbyte",
    "!bytt efternamn", "!gifte mig", "!personbeteckningen ändrades", "!bytte arbetsplatskassa", "!av sig själv", "gifte",
    "skilsmässa", "arbetsplatskassa", "beslut om specialersättning", "nytt beslut", "positivt försäkringsbeslut",
    "skickas automatiskt", "utan separat ansökan", "efternamn", "nytt namn",
  ],
  newborn_card: [
    "!bebis", "!nyfödd", "!nyfött", "!föddes", "!född", "!namn registrerat", "!dop", "!namngivning", "!har inget namn",
    "!namn inte registrerat", "bebisen", "babyn", "baby", "förlossning", "minsta", "namnlös", "fått namn",
  ],
  newborn_no_card: [
    "!varför har bebisen inget kort", "!den nyfödda har inte fått kort", "!nyfödd har inget kort", "!varför har det nyfödda barnet inget kort",
    "bebisen har inget kort", "nyfödda inte fått",
  ],
  register_data: [
    "!fel adress", "!adressen fel", "!namn fel", "!fel uppgifter", "!felaktiga uppgifter", "!stavfel", "!rätta uppgifterna",
    "!rättelse", "!fel namn på kort", "rätta", "adressändring", "ny adress", "flyttanmälan", "postadress",
    "uppdatera uppgifter", "uppgifterna ändrats", "registret", "fel", "felstavat",
  ],
  not_eligible: [
    "!får inte kort", "!får inget kort", "!varför får jag inte", "!inte försäkrad", "!är inte försäkrad",
    "!försäkringsbeslut", "!beslut inte klart", "!väntar på beslut", "!försäkringen oklar", "!spärr för kortutskrift",
    "!adoption", "!adoptivbarn", "!adopterad", "!identifikationskod given av fpa", "!identifikationskod",
    "!ingen personbeteckning", "försäkring", "oklar", "spärr", "avslag", "nekad", "varför", "inte beviljad", "ingen rätt",
    "tillfällig kod",
  ],
  who_gets_card: [
    "!vem får fpa-kort", "!vem har rätt", "!rätt till fpa-kort", "!berättigad", "!kan jag få fpa-kort",
    "!sjukförsäkringslagen", "!försäkrad", "vem får", "vem kan få", "rätt till kort", "utlänning", "flyttade till finland",
    "flytt till finland", "jobbar i finland", "studerar i finland",
  ],
  moving_abroad: [
    "!flyttar utomlands", "!flytta utomlands", "!flytt utomlands", "!ska flytta", "!lämna tillbaka kort", "!återlämna",
    "!lämnar tillbaka", "!permanent", "!flyttar permanent", "!åker utomlands", "!jobba utomlands", "!flyttar från finland",
    "!flyttar till sverige", "flyttar", "flytt", "!skicka tillbaka kort", "skicka tillbaka", "för gott", "förstöra kort", "klippa kort", "vad gör jag med kort", "behålla kort",
    "vid flytt", "utomlands", "lämna tillbaka",
  ],
  intl_phone: [
    "!telefonnummer", "!ringa", "!ringer", "!telefon", "!per telefon", "!öppettider", "!öppettid", "!öppet", "!öppnar",
    "!betjäningstid", "~center för internationella ärenden", "~internationella ärenden", "!vart ringer",
    "!när kan man ringa", "!numret", "stängt", "stängd", "betjänar", "telefontid", "nå", "klockan", "kl",
    "ringa från utlandet", "+358", "telefontjänst", "samtal", "nummer", "~internationell", "~kv-keskus",
  ],
  intl_authority_phone: [
    "!myndighet", "!myndigheter", "!för myndigheter", "!som myndighet", "!statlig ersättning", "!ambulansflyg",
    "!sjukhusförflyttning", "!rätt till vård", "!förhandstillstånd", "!fakturering", "!sjukvårdskostnader",
    "!informationsbegäran", "!mellan stater", "!020 635 1808", "sjukhus", "välfärdsområde", "kommun", "ämbetsverk",
    "myndighetsnummer", "yrkesperson",
  ],
  intl_address: [
    "!postadress", "!e-postadress", "!fax", "!faxnummer", "!kontaktuppgifter", "!brev", "!vart skickar", "!pl 78",
    "!inter.helsinki", "adress", "e-post", "mejl", "mail", "skicka brev", "per post", "kontaktuppgift", "postbox",
    "besöksadress", "~center för internationella ärenden", "~internationella ärenden", "!e-postadress dit",
  ],
  phone_cost: [
    "!kostar det att ringa", "!samtalets pris", "!samtal kostar", "!avgiftsbelagt samtal", "!köande", "!kö", "!kön kostar",
    "!gratisnummer", "!vad kostar samtal", "!samtalsavgift", "avgiftsbelagd", "minutpris", "ringa kostar", "kostar", "pris",
    "!gratis att ringa", "!gratis att köa", "!köa i telefon", "!kostar det att köa", "dyrt", "köa",
  ],
  omakela_login: [
    "!mittfpa", "!omakela", "!logga in", "!loggar in", "!inloggning", "!nätbankskoder", "!bankkoder", "!mobilcertifikat",
    "!kommer inte in", "koder", "identifiera", "identifiering", "e-tjänst", "inga bankkoder", "utan bankkoder",
    "inloggningen fungerar inte", "nättjänst",
  ],
  omakela_language: [
    "!vilket språk", "!på vilket språk", "språk", "språkversion", "på engelska", "!mittfpa på engelska",
    "!mittfpa på svenska", "!mittfpa språk", "på svenska", "engelska", "finska", "språkalternativ", "byta språk", "mittfpa",
  ],
  secure_email: [
    "!skyddad e-post", "!skyddat meddelande", "!säker e-post", "!krypterad e-post", "!krypterat meddelande",
    "!skicka meddelande", "!meddelande till centret", "!länk", "!länk gäller", "!e-postlänk", "!avsändare", "bilagor",
    "bilaga", "dokument", "handling", "skickar meddelande", "skicka", "skriftligt", "meddelande", "30 dagar",
    "egen e-postadress", "e-post", "säkert",
  ],
  secure_email_subject: [
    "!ämne", "!ämnesfält", "!ämnesrad", "!namn i ämnesraden", "!skriva namn i ämnet", "!meddelandets rubrik", "!rubrik", "!vad i ämnet", "!namn i ämnet", "!personuppgifter i ämnet",
    "ämnesrad", "rubrikrad",
  ],
  eidas_login: [
    "!eidas", "!utländsk identifiering", "!utländsk e-legitimation", "!utländska koder", "!estnisk", "!eesti", "!spansk",
    "!italiensk", "!estniska koder", "!utländskt id-kort", "!eu-identifiering", "!smart-id", "!mobiil-id",
    "!inga finska koder", "estland", "italien", "spanien", "utländsk", "identifieringsverktyg", "bankid",
  ],
  brochures_english: [
    "!broschyr", "!broschyrer", "!broschyr på engelska", "!beställa broschyr", "!förmånsbroschyr", "!ordlista",
    "!material på engelska", "!information på engelska", "guide", "häfte", "trycksak", "engelskspråkig", "folder",
  ],
  greeting: [
    "!hej", "!hejsan", "!tjena", "!tja", "!hallå", "!god dag", "!godmorgon", "!god kväll", "!morjens", "!hur mår du",
    "!vem är du", "!är du en bot", "!vad kan du", "!vad kan du göra", "!hjälp", "!behöver hjälp", "hjälpa", "bot",
  ],
  thanks: [
    "!tack", "!tackar", "!tack så mycket", "!stort tack", "!tack för hjälpen", "!tusen tack", "okej", "bra att veta",
    "toppen", "super", "perfekt", "hjälpte",
  ],
  goodbye: ["!hejdå", "!adjö", "!vi ses", "!ha det bra", "!ha en bra dag", "!ha det", "!hörs"],
  human_handoff: [
    "!människa", "!en människa", "!riktig människa", "!kundtjänst", "!kundbetjänare", "!handläggare",
    "!prata med en människa", "!vill prata", "!koppla", "!ring mig", "!ring upp mig", "!riktig person", "!levande människa",
    "!inte en bot", "!vill inte prata med bot", "personal", "prata", "tala med", "expert", "du förstår inte",
    "personlig service", "rådgivning", "någon",
  ],
  out_of_scope: [
    "!bostadsbidrag", "!utkomststöd", "!arbetslöshetsskydd", "!arbetslöshetsersättning", "!grunddagpenning",
    "!arbetsmarknadsstöd", "!inkomstrelaterad", "!pension", "!folkpension", "!garantipension", "!arbetspension",
    "!studiestöd", "!studielån", "!studiepenning", "!barnbidrag", "!moderskapspenning", "!föräldrapenning",
    "!föräldraledighet", "!faderskapspenning", "!hemvårdsstöd", "!sjukdagpenning", "!sjukledighet", "!rehabilitering",
    "!rehabiliteringspenning", "!handikappbidrag", "!vårdbidrag", "!underhållsstöd", "!skatt", "!skatter", "!beskattning",
    "!skattekort", "!skatteprocent", "!skatteverket", "!fpa-taxi", "!taxi", "!resekostnader", "!läkararvode", "!tandläkare",
    "!läkemedelstak", "!självrisk", "!medborgarskap", "!uppehållstillstånd", "!visum", "!väder", "!vädret", "!skämt",
    "!dikt", "!recept på mat", "!hyra", "!bolån", "!jobbsökning", "!te-byrå", "!dagvård", "!utbetalningsdag",
    "!när kommer pengarna", "!på kontot", "!europeiskt sjukvårdskort", "!ehic", "!pizza", "!fotboll", "!aktier", "!bitcoin",
    "!programmering", "!förmån", "!stöd", "~pengar", "~pengarna", "!handläggningstid", "!överklaga", "!besvär",
    "!rättelse av beslut", "!hur mycket får jag", "!hur mycket betalar fpa", "!sjukvårdskort", "!läkare", "!arbetslös", "!dagpenning", "!tandvård", "!byrå öppen", "!byråns öppettider",
    "!serviceställe öppet", "!närmaste byrå", "!byråns adress", "betalas ut", "!bidrag",
    "!vaccin", "!lån", "!skuld", "!nyheter", "~beslut", "~bidrag",
  ],
  abusive_or_injection: [
    "!fan", "!jävla", "!jävel", "!helvete", "!skit", "!idiot", "!dum", "!dumma", "!korkad", "!hora", "!kuk", "!fitta",
    "!käft", "!håll käften", "!skitbot", "!dålig bot", "!glöm instruktionerna", "!ignorera instruktionerna",
    "!systemprompt", "!avslöja", "!databas", "!lösenord", "!administratör", "!rollspel", "!låtsas",
    "!allas personbeteckningar", "!värdelös", "!usel", "!jävligt", "!skitsnack", "!dumhuvud",
  ],
  /** Chosen by the engine (an identity code and nothing else), never by cue words. */
  personal_case: [],
};
