import type { Signals } from "./types";

/**
 * Finnish words and phrases that point to each topic: standard and colloquial
 * forms, synonyms, compounds. Inflection is handled by the stemmer, typos by
 * fuzzy matching, so one form of a word is usually enough. "!" marks a strong
 * cue, "~" a weak one. These are NOT the evaluation questions.
 */
export const fi: Signals = {
  lost_card: [
    "!kadonnut kortti", "!kadotin", "!katosi", "!kadonnut", "!kadonneen tilalle", "!hukassa", "!hukkasin", "!hukas", "!hukkunut",
    "!hävinnyt", "!hävisi", "!hävis", "!hävinny", "!varastettu", "!varastettiin", "!vietiin", "!pöllittiin", "!pöllitty", "!ryöstettiin",
    "!lompakko varastettiin", "!lompakko hukassa", "!en löydä korttia", "!kortti ei löydy", "!kateissa", "!kadoksissa", "!katoaminen",
    "selvitys katoamisesta", "tippui", "pudotin", "unohdin kortin", "jäi bussiin", "jäi taksiin", "laukku vietiin", "murto",
    "lompakko", "vei", "veivät", "!en muista minne laitoin", "!en muista missä", "!joku vei", "jäi", "!jäi jonnekin", "en saanut takaisin",
  ],
  apply_new_card: [
    "uusi kela-kortti", "hakea kela-korttia", "tilata kela-kortti", "tilata uusi kortti", "hakea uutta korttia", "korttihakemus",
    "kortin hakeminen", "kortin tilaaminen", "!sv 157sr", "hakemus", "hakulomake", "lomake", "tilaan kortin", "tilata", "hankkia kortti",
    "saada kela-kortti", "uusi kortti", "korvaava kortti", "kortti tilalle", "toinen kortti", "vaihtaa kortti", "miten haen", "hakea",
    "puhelinpalvelu 020 692 203", "toimistossa", "palvelupiste", "netissä", "verkossa", "~kela-kortti",
  ],
  card_price: [
    "!maksaako kortti", "!kortin hinta", "hinta", "ilmainen", "maksuton", "ilmaiseksi", "paljonko maksaa", "maksaa", "kustannus",
    "!onko kortti ilmainen", "!maksaako kela-kortti", "!kortti maksullinen",
    "veloitetaanko", "pitääkö maksaa", "maksullinen kortti", "euroa", "hintainen", "kallis",
  ],
  damaged_card: [
    "!rikki", "!rikkinäinen", "!viallinen", "!vika", "!vioittunut", "!ei toimi", "!ei toimi apteekissa", "!ei lue", "!lukija ei lue",
    "!haljennut", "!halki", "!poikki", "!murtunut", "reklamaatio", "!reklamaatio valmistajalle", "reklamoida", "!valmistusvirhe", "!tekninen vika", "!taittui",
    "taipunut", "naarmuuntunut", "kulunut", "sulanut", "vahingoittunut", "valitus", "valmistaja", "60 päivää", "sirussa vika", "siru",
    "ei kelpaa", "teksti kulunut", "!halkeama", "särö", "!tekstit kuluneet pois", "haalistunut", "kulunut pois", "!lukija ei tunnista", "ei tunnista", "pesukoneessa", "pesin", "hajonnut", "hajosi", "meni rikki", "lohkesi", "ei toimi kunnolla",
  ],
  delivery_time: [
    "!kauanko kestää", "!kauan kestää", "!kuinka nopeasti", "nopeasti", "!toimitusaika", "!milloin kortti tulee", "!milloin tulee", "!kuinka pian", "!kestää",
    "!tulee postissa", "!saapuu", "!toimitus", "!toimitetaan", "!ei ole tullut", "!ei ole vielä tullut", "!odotan korttia", "!viipyy",
    "!milloin saan kortin", "postitse", "kotiin", "kotiosoite", "mihin osoitteeseen", "lähetetään", "postitetaan", "kaksi viikkoa",
    "viikkoa", "odottanut", "kauan", "milloin", "postilaatikko", "posti", "kotiovelle", "toimittaa", "tuleeko kortti kotiin",
  ],
  delivery_abroad: [
    "!ulkomaan osoite", "!ulkomaille", "!asun ulkomailla", "!ulkomailla", "!pohjoismaihin", "!lähettää ulkomaille",
    "!kortti ulkomaille", "!asun ruotsissa", "!postitetaanko ulkomaille", "!osoite puuttuu", "!puutteellinen osoite", "!ei osoitetta",
    "!ei postinumeroa", "!kotikunta 200", "ruotsiin", "ruotsissa", "norjassa", "virossa", "saksassa", "espanjassa", "pohjoismaat",
    "ulkomaanosoite", "!lähetetäänkö kortti ulkomaille", "!lähetetäänkö kortti", "viroon", "norjaan", "ruotsiin", "postinumero puuttuu", "käsin käsittely", "toimiston kautta",
  ],
  card_orders: [
    "!tilatut kortit", "!tilaamani kortit", "!tilauksen tila", "!tilauksen tilanne", "!missä vaiheessa tilaus", "!onko kortti tilattu",
    "!tilaukseni", "!tilaushistoria", "!seurata tilausta", "!näkyykö tilaus", "tilattu", "tilaus", "tilanne", "vaihe", "näen",
    "mistä näen", "tarkistaa tilaus",
  ],
  no_card_interim: [
    "!tilapäinen todistus", "!väliaikainen todistus", "!kt-merkintä ja väliaikainen todistus", "!todistus kt-merkinnällä", "!väliaikainen kortti", "!tilapäinen", "!väliaikainen", "!apteekki", "!apteekissa",
    "!ennen kuin kortti tulee", "!sillä välin", "!odotusaikana", "!apteekissa kun kortti ei ole tullut",
    "!apteekki ennen kortin tuloa", "!apteekissa ilman korttia", "!sv 51sr", "lääkekorvaus", "lääkkeet", "lääke", "resepti",
    "reseptilääke", "korvaus apteekissa", "ilman korttia", "ei ole korttia", "todistus", "kiireellinen", "kiire", "heti", "nopeammin",
    "pikaisesti", "huomenna", "tänään", "vanha kortti ja päätös", "lääkekorvauspäätös", "hakea lääkkeet", "täysi hinta",
  ],
  apply_for_child: [
    "!=agechild", "!lapselle", "!lapselleni", "!pojalle", "!pojalleni", "!tyttärelle", "!tyttärelleni", "!lapsen kortti", "!lapsi", "!lapseni", "!lapsen puolesta", "!poika", "!tyttö", "!tytär", "!huoltaja",
    "!huoltajana", "!alaikäinen", "!lasten kortit", "!muksu", "!skidi", "!mukula", "vanhempi", "vanhemmat", "vanhempana",
    "kouluikäinen", "rinnakkainen kortti", "vanhemmille kortti", "penska", "8-vuotias", "10-vuotias", "pikkulapsi", "taapero",
    "äiti ja lapsi", "isä ja lapsi", "kaksi lasta", "koululainen",
  ],
  minor_15_17: [
    "!=ageteen", "!15-vuotias", "!16-vuotias", "!17-vuotias", "!15 vuotta", "!nuori", "!ikäraja", "!alle 15", "!täytin 15", "!hakea itse",
    "!yksin", "!itsenäisesti", "!ilman vanhempia", "!ilman huoltajaa", "teini", "nuori hakea itse", "täysi-ikäinen", "18-vuotias",
    "ikä", "vuotias", "vanha", "ysiluokkalainen", "lukiolainen", "täytän 15", "omin päin",
  ],
  other_person: [
    "!muu henkilö", "!toisen puolesta", "!toisen henkilön puolesta", "äidin puolesta", "isän puolesta", "mummon puolesta",
    "!sairauden vuoksi", "!korkean iän vuoksi", "!muistisairas", "!dementia", "!ei pysty itse", "!ei kykene", "!ei edunvalvojaa", "!ei ole edunvalvojaa", "!hoitaa asioitaan", "huonokuntoinen",
    "!vanhus", "!iäkäs", "~äiti", "~isä", "~mummo", "~isoäiti", "~isoisä", "~vaari", "~ukki", "~pappa", "~mummi", "sairas", "ei pysty",
    "hoitokodissa", "palvelutalossa", "sairaalassa", "naapuri", "ystävä", "puoliso", "vaimo", "aviomies", "omainen", "sukulainen",
    "selvitys", "asioida toisen puolesta", "puolesta", "ei osaa", "huonokuntoinen", "vanhempi ihminen", "omaishoitaja",
  ],
  suomifi_mandate: [
    "!suomi.fi", "!suomi.fi-valtuudet", "!suomi.fi valtuus", "!valtuudet", "!valtuus", "!sähköinen valtuutus", "!e-valtuutus",
    "!valtuuttaa", "valtuutettu", "valtuutus", "anna valtuus", "antaa valtuudet", "valtuutus verkossa", "valtuuksia", "valtuuttanut",
  ],
  power_of_attorney: [
    "!valtakirja", "!valtakirjalla", "!kirjallinen valtakirja", "!paperinen valtakirja", "!suullinen valtuutus", "!suullisesti",
    "!valtakirja faksilla", "!valtakirja sähköpostilla", "kirjallinen", "allekirjoitus", "allekirjoitettu", "luotettava",
    "valtuuttaa kirjallisesti", "valtuutus puhelimessa", "valtuutettu", "faksi", "skannattu", "kuva valtakirjasta",
  ],
  legal_guardian: [
    "!edunvalvoja", "!edunvalvojana", "!edunvalvonta", "!edunvalvonnassa", "!päämies", "!päämiehen", "!tuomioistuin",
    "!käräjäoikeus", "!holhous", "!holhooja", "määrätty", "yleinen edunvalvoja", "edunvalvojaksi", "holhottava",
  ],
  photo_card: [
    "!kuvallinen", "!kuvallinen kortti", "!kuvakortti", "!valokuva", "!kuva kortissa", "!vanha kortti kuvalla", "!kuvaton",
    "!ei ole kuvaa", "kuva", "kuvalla", "vanha kortti", "onko vanha kortti voimassa", "voimassa", "2014", "uusi kuva", "kuva korttiin",
    "valokuvallinen", "kasvokuva",
  ],
  photo_card_discounts: [
    "!alennus", "!alennukset", "!eläkeläisalennus", "!eläkeläismerkintä", "!rintamaveteraani", "!veteraani", "!miinanraivaaja",
    "!alennusmerkintä", "65-vuotias", "ikäalennus", "seniori", "seniorialennus", "passi", "ajokortti", "bussi", "junalippu",
    "eläkeläinen", "merkintä",
  ],
  id_card_insurance: [
    "!henkilökortti", "!poliisin henkilökortti", "!sairausvakuutustiedot", "!sairausvakuutustiedoin", "!henkkari", "!id-kortti",
    "!henkilökortti sairausvakuutus", "!henkilökortti jossa kelan tiedot", "!kela-tiedot henkilökortissa", "poliisi", "poliisilta", "henkilökortin voimassaolo", "viisi vuotta", "2017", "kela-tiedot henkilökortissa",
    "!palauttaa henkilökortti", "!henkilökortti kelaan", "!henkilökortin palautus",
  ],
  card_contents: [
    "!mitä kortissa lukee", "!mitä tietoja kortissa", "!kortin tiedot", "!kortissa näkyy", "!kortissa lukee", "!merkinnät",
    "!kt-merkintä", "!työpaikkakassa", "!kassan numero", "!erityiskorvausoikeus", "!erityiskorvaus", "!rajoitettu korvausoikeus",
    "!vakuutettu saakka", "!lääkekoodi", "!sairauskoodi", "!ae 201", "!myöntämispäivä", "merkintä", "kt", "koodi", "numero kortissa",
    "~mitä tarkoittaa", "lyhenne", "tunnus kortissa", "takapuoli", "kortin teksti", "kortissa oleva", "mitä kortissa", "määräaikainen",
  ],
  automatic_new_card: [
    "!automaattisesti", "!ilman hakemusta", "!tarvitseeko hakea", "!tuleeko automaattisesti", "!nimi muuttui", "!nimenmuutos",
    "!sukunimi muuttui", "!menin naimisiin", "!henkilötunnus muuttui", "!henkilötunnus vaihtui", "!siirryin työpaikkakassaan",
    "!itsestään", "naimisiin", "avioero", "työpaikkakassasta", "erityiskorvauspäätös", "uusi päätös", "myönteinen vakuuttamispäätös",
    "lähetetäänkö automaattisesti", "ilman eri hakemusta", "tarviiko hakea", "tuleeko uusi kortti itsestään", "sukunimi", "nimi vaihtui",
  ],
  newborn_card: [
    "!vauva", "!vastasyntynyt", "!vastasyntyneelle", "!syntyi", "!syntynyt", "!nimi rekisteröity", "!ristiäiset", "!nimiäiset",
    "!ei ole nimeä", "!nimeä ei ole vielä", "vauvalle", "vauvan kortti", "synnytys", "kuopus", "nimetön", "nimi annettu",
  ],
  newborn_no_card: [
    "!miksi vauva ei ole saanut korttia", "!vastasyntynyt ei ole saanut korttia", "!vauvalla ei ole korttia",
    "!miksi vastasyntyneellä ei ole korttia", "vauva ei saanut", "vastasyntyneellä ei korttia",
  ],
  register_data: [
    "!väärä osoite", "!osoite väärin", "!nimi väärin", "!tiedot väärin", "!väärät tiedot", "!virheelliset tiedot",
    "!kirjoitusvirhe", "!korjata tiedot", "!tietojen korjaus", "!nimen korjaus", "!kortissa väärä nimi", "virheellinen", "korjaus",
    "korjata", "osoitteenmuutos", "uusi osoite", "muuttoilmoitus", "postiosoite", "päivittää tiedot", "tiedot muuttuneet", "rekisteri",
    "väärin", "väärä",
  ],
  not_eligible: [
    "!en saa korttia", "!ei saa korttia", "!miksi en saa", "!miksi ei saa", "!ei vakuutettu", "!en ole vakuutettu",
    "!vakuuttamispäätös kesken", "!päätös kesken", "!odottaa päätöstä", "!vakuutus epäselvä", "!kortinkirjoituksen esto",
    "!adoptio", "!adoptiolapsi", "!adoptoitu", "!kelan antama tunniste", "!tunniste", "!ei henkilötunnusta", "vakuutus", "vakuuttaminen",
    "epäselvä", "esto", "hylätty", "kielteinen", "evätty", "miksi", "ei saa", "ei myönnetä", "ei oikeutta", "väliaikainen tunnus",
  ],
  who_gets_card: [
    "!kuka saa kela-kortin", "!kenellä on oikeus", "!oikeus kela-korttiin", "!oikeutettu", "!saanko kela-kortin",
    "!sairausvakuutuslaki", "!vakuutettu", "kenelle kortti", "oikeus korttiin", "ulkomaalainen",
    "muutin suomeen", "muutto suomeen", "työskentelen suomessa", "opiskelija suomessa",
  ],
  moving_abroad: [
    "!muutan ulkomaille", "!muutto ulkomaille", "!muuttaa ulkomaille", "!muuttamassa", "!palauttaa kortti", "!palautus", "!palautan",
    "!pysyvästi", "!muutan pysyvästi", "!lähden ulkomaille", "!ulkomaille töihin", "!muutan pois suomesta", "!muuttaa pois",
    "muutan", "muutto", "!lähetä kortti takaisin", "!pysyvästi ulkomaille", "lopullisesti", "tuhota kortti", "leikata kortti", "hävittää kortti", "mitä teen kortille", "saako kortin pitää",
    "muuttaessa", "ulkomaille", "palauttaa", "pois suomesta",
  ],
  intl_phone: [
    "!puhelinnumero", "!soittaa", "!soitan", "!puhelin", "!puhelimitse", "!aukioloajat", "!aukioloaika", "!auki", "!aukeaa",
    "!palveluaika", "~kv-keskus", "~kansainvälisten asioiden keskus", "!mihin soitan", "!milloin voi soittaa", "!numero",
    "!puh", "!nro", "!ruotsinkielinen palvelu", "!suomenkielinen palvelu", "!englanninkielinen palvelu", "ruotsinkielinen",
    "suljettu", "kiinni", "avoinna", "palvelee", "puhelinaika", "tavoittaa", "kello", "klo", "soittaa ulkomailta", "+358",
    "puhelinpalvelu", "soitto", "numeroon", "kansainväliset asiat", "kansainvälinen",
  ],
  intl_authority_phone: [
    "!viranomainen", "!viranomaiset", "!viranomaisille", "!viranomaisena", "!valtion korvaus", "!ambulanssilento",
    "!sairaalasiirto", "!hoito-oikeus", "!ennakkolupa", "!laskutus", "!sairaanhoitokustannukset", "!tietopyyntö",
    "!valtioiden välinen", "!020 635 1808", "sairaala", "hyvinvointialue", "kunta", "virasto", "viranomaisnumero", "ammattilainen",
  ],
  intl_address: [
    "!postiosoite", "!sähköpostiosoite", "!faksi", "!faksinumero", "!yhteystiedot", "!kirje", "!mihin lähetän", "!pl 78",
    "!inter.helsinki", "osoite", "sähköposti", "postitse", "lähettää kirje", "email", "yhteystieto", "~kv-keskus",
    "~kansainvälisten asioiden keskus", "!sähköpostiosoite kv-keskukselle",
    "postilokero", "käyntiosoite",
  ],
  phone_cost: [
    "!maksaako soittaminen", "!puhelun hinta", "!puhelu maksaa", "!maksullinen puhelu", "!jonottaminen", "!jonotus",
    "!jono maksaa", "!ilmainen numero", "!paljonko puhelu", "!puhelumaksu", "maksullinen", "minuuttihinta", "soittaminen maksaa",
    "!soittaminen ilmaista", "!jonottaminen ilmaista", "!puhelinjono",
    "maksaa", "hinta", "kallis", "jono",
  ],
  omakela_login: [
    "!omakela", "!kirjautua", "!kirjaudun", "!kirjautuminen", "!sisäänkirjautuminen", "!verkkopankkitunnukset", "!pankkitunnukset",
    "!mobiilivarmenne", "!en pääse kirjautumaan", "tunnukset", "tunnistautua", "tunnistautuminen", "verkkopalvelu",
    "ei pankkitunnuksia", "ilman pankkitunnuksia", "en pääse", "kirjautuminen ei onnistu", "oma kela", "sähköinen asiointi",
  ],
  omakela_language: [
    "!millä kielellä", "kielellä", "kieli", "kieliversio", "englanninkielinen", "!omakela englanniksi", "!omakela ruotsiksi",
    "!omakelan kieli",
    "ruotsiksi", "englanniksi", "suomeksi", "kielivaihtoehdot", "vaihtaa kieli", "omakela",
  ],
  secure_email: [
    "!suojattu sähköposti", "!suojattu viesti", "!turvaposti", "!turvallinen sähköposti", "!salattu sähköposti", "!salattu viesti",
    "!lähettää viesti", "!viesti kv-keskukseen", "!linkki", "!linkki voimassa", "!sähköpostilinkki", "!lähettäjä", "liitteet",
    "liite", "dokumentti", "asiakirja", "lähetän viestin", "viestin lähettäminen", "kirjallisesti", "viesti", "30 päivää",
    "oma sähköpostiosoite", "sähköposti", "turvallisesti", "viestiä",
  ],
  secure_email_subject: [
    "!otsikko", "!otsikkokenttä", "!aihe", "!aihekenttä", "!viestin otsikko", "!mitä otsikkoon", "!nimi otsikkoon",
    "!henkilötiedot otsikkoon", "otsikkoon", "aiherivi", "otsikkorivi",
  ],
  eidas_login: [
    "!eidas", "!ulkomainen tunnistus", "!ulkomainen tunnistautuminen", "!ulkomaiset tunnukset", "!virolainen", "!eesti",
    "!espanjalainen", "!italialainen", "!virolaiset tunnukset", "!ulkomainen henkilökortti", "!eu-tunnistus", "!smart-id",
    "!mobiil-id", "!ei suomalaisia tunnuksia", "viro", "italia", "espanja", "ulkomaalainen tunnistus", "tunnistusväline",
  ],
  brochures_english: [
    "!esite", "!esitteet", "!englanninkielinen esite", "!tilata esite", "!etuusesite", "!sanasto", "!materiaali englanniksi",
    "!tietoa englanniksi", "opas", "vihko", "brosyyri", "lehtinen", "painettu", "englanninkielistä tietoa",
  ],
  greeting: [
    "!hei", "!moi", "!terve", "!tervehdys", "!päivää", "!hyvää päivää", "!huomenta", "!iltaa", "!moro", "!morjens", "!hoi",
    "!mitä kuuluu", "~kuka olet", "!oletko botti", "~mitä osaat", "~mitä voit tehdä", "!apua", "!tarvitsen apua", "auta", "botti",
    "hei siellä",
  ],
  thanks: [
    "!kiitos", "!kiitti", "!kiitoksia", "!kiitos avusta", "!thx", "!kiitos paljon", "!kiitti paljon", "selvä", "hyvä tietää",
    "mahtavaa", "loistavaa", "auttoi", "ok",
  ],
  goodbye: ["!näkemiin", "!heihei", "!moimoi", "!heippa", "!kuulemiin", "!nähdään", "!hyvää päivänjatkoa", "!hyvää jatkoa", "!moikka"],
  human_handoff: [
    "!ihminen", "!ihmiselle", "!ihmisen kanssa", "!oikea ihminen", "!asiakaspalvelija", "!asiakaspalvelu", "!virkailija",
    "!virkailijalle", "!puhua ihmiselle", "!haluan puhua", "!yhdistä", "!soittopyyntö", "!soittakaa minulle", "!oikea henkilö",
    "!elävä ihminen", "!ei botti", "!en halua bottia", "työntekijä", "puhua", "jutella", "asiantuntija", "et ymmärrä", "ihmisasiakaspalvelu",
    "joku", "henkilökohtainen palvelu", "neuvonta",
  ],
  out_of_scope: [
    "!asumistuki", "!toimeentulotuki", "!työttömyysturva", "!työttömyyskorvaus", "!peruspäiväraha", "!työmarkkinatuki",
    "!ansiosidonnainen", "!eläke", "!kansaneläke", "!takuueläke", "!työeläke", "!opintotuki", "!opintolaina", "!opintoraha",
    "!lapsilisä", "!äitiysraha", "!vanhempainraha", "!vanhempainvapaa", "!isyysraha", "!kotihoidontuki", "!sairauspäiväraha",
    "!sairausloma", "!kuntoutus", "!kuntoutusraha", "!vammaistuki", "!hoitotuki", "!elatustuki", "!vero", "!verotus",
    "!veroprosentti", "!verokortti", "!verottaja", "!kela-taksi", "!taksi", "!matkakorvaus", "!lääkärikorvaus", "!hammaslääkäri",
    "!lääkekatto", "!omavastuu", "!kansalaisuus", "!oleskelulupa", "!viisumi", "!sää", "!vitsi", "!runo", "!resepti ruokaan",
    "!vuokra", "!asuntolaina", "!työnhaku", "!te-toimisto", "!päivähoito", "!maksupäivä", "!milloin rahat tulevat", "!tilille",
    "!eurooppalainen sairaanhoitokortti", "!ehic", "!pizza", "!jalkapallo", "!osakkeet", "!bitcoin", "!ohjelmointi", "!etuus",
    "!tuki", "~raha", "~rahat", "!korvaus lääkäristä", "!käsittelyaika", "!valitus päätöksestä", "!valittaa päätöksestä", "!muutoksenhaku", "!oikaisuvaatimus", "!kuinka paljon saan", "!paljonko saan", "!paljonko kela maksaa", "!lääkekorvauksen määrä", "!paljonko lääkekorvausta", "!kuinka paljon lääkekorvausta", "!hakemuksen käsittely", "!sairaanhoitokortti",
    "!lääkäri", "!työttömyys", "!työtön", "!päiväraha", "!hammashoito", "!hammaslääkäri", "!toimisto auki",
    "!toimiston aukioloajat", "!palvelupiste auki", "!lähin toimisto", "!toimiston osoite", "maksetaan", "!avustus", "!rokote", "!koronarokote", "!laina", "!velka", "!uutiset", "~päätös", "~rahaa",
  ],
  abusive_or_injection: [
    "!vittu", "!perkele", "!saatana", "!paska", "!helvetti", "!idiootti", "!tyhmä", "!ääliö", "!kusipää", "!mulkku", "!haista",
    "!turpa kiinni", "!paskabotti", "!huono botti", "!unohda ohjeet", "!ohita ohjeet", "!järjestelmäkehote", "!paljasta", "!tietokanta",
    "!salasana", "!ylläpitäjä", "!roolipeli", "!esitä olevasi", "!kaikkien henkilötunnukset", "!hyödytön", "!surkea", "!vitun",
    "!saatanan", "!perseestä", "!typerä", "!debiili",
  ],
  /** Chosen by the engine (an identity code and nothing else), never by cue words. */
  personal_case: [],
};
