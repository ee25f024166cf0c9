import type { Lang } from "~/i18n/languages";

/**
 * Function words that carry no topic. They are dropped before retrieval and,
 * because every sentence has some, they are also the strongest cue for
 * language detection. Negations ("ei", "inte", "not") are deliberately NOT
 * here: "the card does not work" is a different question from "does OmaKela
 * work in Swedish".
 */
export const stopwords: Record<Lang, readonly string[]> = {
  fi: [
    "ja", "tai", "sekä", "mutta", "että", "et", "jos", "kun", "koska", "vaikka", "niin", "myös", "vain", "vielä", "jo",
    "on", "ole", "olen", "olet", "olemme", "olette", "ovat", "oli", "olisi", "ollut", "olla", "oon", "oot", "olis",
    "se", "sen", "sitä", "siitä", "siihen", "sillä", "siinä", "ne", "niitä", "niiden", "tämä", "tää", "tätä", "tässä", "tämän", "nää",
    "minä", "mä", "mää", "mie", "minun", "mun", "minulla", "mulla", "minulle", "mulle", "minua", "mua", "minulta", "multa",
    "sinä", "sä", "sun", "sinun", "sinulla", "sulla", "sinulle", "sulle", "hän", "hänen", "hänellä", "hänelle", "me", "meidän", "meillä",
    "te", "teidän", "he", "heidän", "heillä", "oma", "oman", "omaa", "omalle",
    "mikä", "mitä", "mistä", "mihin", "missä", "miten", "kuinka", "millä", "mille", "minkä", "mitkä", "joka", "jotka", "jonka", "jota",
    "voi", "voin", "voinko", "voiko", "voisin", "voisiko", "voitko", "voiks", "voinks", "pitää", "pitäisi", "täytyy", "tarvitsee",
    "saa", "saako", "saanko", "saan", "saisin", "saisinko", "saaks", "saanks", "kannattaa", "pystyy", "pystynkö",
    "nyt", "sitten", "sit", "siis", "kyllä", "joo", "no", "nii", "vaan", "ihan", "tosi", "kans", "kanssa", "ku",
    "ko", "kö", "han", "hän", "pa", "pä", "kin", "kaan", "kään", "jne", "esim", "eli", "vai", "kai", "kiva", "hyvä",
    "tietää", "tiedä", "haluaisin", "haluan", "haluun", "pitäis", "pitäiskö", "pitääkö", "tehdä", "teen", "tekee", "teenkö",
    "asia", "asiaa", "asiasta", "asiat", "jotain", "jotenkin", "joku", "jonkun", "mitään", "mikään", "kaikki",
    "ennen", "kuin", "kertoa", "kerro", "kerrotko", "kerrotteko", "kysyä", "kysymys", "kysyisin", "olisiko", "onko", "onks", "oisko", "mites", "mitenkä",
  ],
  sv: [
    "och", "eller", "men", "att", "om", "eftersom", "så", "också", "bara", "redan", "än", "ju", "väl", "nu", "då",
    "är", "var", "vara", "varit", "blir", "bli", "blev", "har", "hade", "ha", "haft", "kan", "kunde", "kunna", "ska", "skall", "skulle",
    "måste", "får", "fick", "få", "vill", "ville", "behöver", "behövs", "gör", "göra", "gjorde", "borde", "bör",
    "jag", "mig", "mej", "min", "mitt", "mina", "du", "dig", "dej", "din", "ditt", "dina", "han", "hon", "honom", "henne", "hans", "hennes",
    "vi", "oss", "vår", "vårt", "våra", "ni", "er", "era", "de", "dem", "dom", "deras", "sin", "sitt", "sina", "man",
    "den", "det", "denna", "detta", "dessa", "en", "ett", "som", "vad", "vilken", "vilket", "vilka", "hur", "var", "vem",
    "i", "på", "av", "för", "åt", "med", "till", "från", "hos", "vid", "under", "över", "efter", "före", "genom", "mot", "ut", "in", "upp",
    "ja", "jo", "nej", "typ", "liksom", "alltså", "lite", "mycket", "någon", "något", "några", "något", "alla", "allt",
    "veta", "vet", "undrar", "fråga", "frågor", "berätta", "säga", "kolla", "gärna", "snälla",
  ],
  en: [
    "and", "or", "but", "that", "if", "because", "so", "also", "only", "just", "already", "still", "then", "now", "too",
    "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "having",
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "need", "needs", "get", "got", "gets", "getting",
    "i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "we", "us", "our",
    "they", "them", "their", "it", "its", "this", "these", "those", "there", "here", "a", "an", "the", "some", "any",
    "what", "which", "who", "whom", "how", "where", "whose",
    "of", "in", "on", "at", "to", "from", "by", "with", "for", "about", "into", "onto", "over", "under", "up", "out", "as",
    "many", "one", "please", "pls", "plz", "yes", "yeah", "ok", "okay", "like", "really", "very", "much", "lot",
    "know", "tell", "want", "wanna", "gonna", "im", "ive", "ill", "whats", "hows", "wheres", "whos", "thats", "theres", "youre", "thing", "something", "anything", "question", "ask",
  ],
};
