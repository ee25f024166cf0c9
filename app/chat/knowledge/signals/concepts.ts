import type { Lang } from "~/i18n/languages";
import type { TopicId } from "../../intents";

/**
 * Cue phrases made of concepts (features.ts) rather than words: the same
 * in every language where a concept says it all, beside a word of the
 * language where the concept needs one ("=langask" next to a phone line
 * or a service). Merged into each language's signals.
 */
type ConceptCues = Partial<Record<TopicId, readonly string[]>>;

const everywhere: ConceptCues = {
  // C-AUTH-5: a child or a young person who would apply alone asks about the age limit.
  minor_15_17: ["!=agealone", "!=agechild =self", "!=ageteen =self"],
  // C-ELIG-2: not insured or a decision pending is the answer, whatever is asked next.
  not_eligible: ["!=uninsured"],
  photo_card: ["!=photo"],
  // C-VIEW-2: what the card shows.
  card_contents: ["!=contents"],
  // C-AUTH-4: an oral authorisation is recorded in the case documents.
  power_of_attorney: ["!=oral"],
  damaged_card: ["!=defect"],
  // C-RETURN-1: a lost card found again: destroy it or return it.
  old_card: ["!=found"],
  // C-ELIG-1, C-ELIG-2: the right to a card while abroad.
  who_gets_card: ["!=entitledabroad"],
  // A call back asked for: a person.
  human_handoff: ["!=callme"],
  // C-APPLY-1: ordering the card by phone.
  apply_new_card: ["!=orderbyphone"],
  // C-AUTO-1: after a new decision the card comes by itself.
  automatic_new_card: ["!=decisionnotshown"],
  // C-CARD-1 and K-PHONE-2: the price of the card, the cost of a call.
  card_price: ["!=cardprice"],
  phone_cost: ["!=callprice"],
  intl_phone: ["!=linelang", "!=reachabroad"],
  omakela_language: ["!=servicelang"],
  // C-DELIV-5: how long until the card comes.
  delivery_time: ["!=arrival"],
};

const withWords: Record<Lang, ConceptCues> = {
  fi: {
    omakela_language: ["!=langask omakela", "!=langask verkkopalvelu", "!=langask asiointipalvelu", "!=langask sovellus", "!=langask toimii"],
    intl_phone: ["!=langask numero", "!=langask puhelinnumero", "!=langask soittaa", "!=langask linja", "!=langask puhelinpalvelu", "!=langask palvelu", "!=langask asiakaspalvelu"],
    brochures_english: ["!=langask esite", "!=langask esitteet"],
  },
  sv: {
    omakela_language: ["!=langask mittfpa", "!=langask nättjänst", "!=langask e-tjänst", "!=langask appen", "!=langask fungerar"],
    intl_phone: ["!=langask nummer", "!=langask telefonnummer", "!=langask ringa", "!=langask linje", "!=langask telefonservice", "!=langask service", "!=langask betjäning", "!=langask kundtjänst"],
    brochures_english: ["!=langask broschyr", "!=langask broschyrer"],
  },
  en: {
    omakela_language: ["!=langask omakela", "!=langask online service", "!=langask website", "!=langask app", "!=langask work"],
    intl_phone: ["!=langask number", "!=langask phone number", "!=langask call", "!=langask line", "!=langask phone service", "!=langask service", "!=langask customer service"],
    brochures_english: ["!=langask brochure", "!=langask brochures"],
  },
};

export function conceptCues(lang: Lang): ConceptCues {
  const out: Record<string, string[]> = {};
  for (const source of [everywhere, withWords[lang]]) for (const [topic, cues] of Object.entries(source)) (out[topic] ??= []).push(...cues);
  return out;
}
