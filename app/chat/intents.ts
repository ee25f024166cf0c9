/**
 * The intents the bot reports (DESIGN.md "Chat API", contract) and the finer
 * topics it answers inside them. Each topic cites the rule ids its answer is
 * written from (RULES.md, copied to knowledge/rules.md) and offers the flows
 * that fit it.
 */
export const CONTRACT_INTENTS = [
  "lost_card",
  "damaged_card",
  "delivery_time",
  "no_card_interim",
  "apply_for_child",
  "minor_15_17",
  "other_person",
  "suomifi_mandate",
  "power_of_attorney",
  "legal_guardian",
  "photo_card",
  "id_card_insurance",
  "card_contents",
  "automatic_new_card",
  "not_eligible",
  "moving_abroad",
  "intl_phone",
  "intl_authority_phone",
  "intl_address",
  "phone_cost",
  "omakela_login",
  "omakela_language",
  "secure_email",
  "secure_email_subject",
  "eidas_login",
  "brochures_english",
  "greeting",
  "human_handoff",
  "out_of_scope",
  "abusive_or_injection",
] as const;
export type ContractIntent = (typeof CONTRACT_INTENTS)[number];

/** Links that start a flow of the portal; `{lang}` is filled in. */
export const ACTIONS = {
  apply: "/{lang}/kela-card/apply",
  orders: "/{lang}/kela-card/orders",
  kelaCard: "/{lang}/kela-card",
  actFor: "/{lang}/act-for",
  /** A child's card: the guardian chooses the child on the act-for page (authority decided there, on the server). */
  applyForChild: "/{lang}/act-for",
  secureMessage: "/{lang}/secure-message",
  contact: "/{lang}/international",
  movingAbroad: "/{lang}/moving-abroad",
} as const;
export type ActionId = keyof typeof ACTIONS;

/** What kind of reply a topic gets. */
export type TopicKind = "answer" | "smalltalk" | "handoff";

export type Topic = {
  intent: ContractIntent;
  kind: TopicKind;
  rules: readonly string[];
  actions: readonly ActionId[];
  /** How common the question is (0..1): breaks near-ties towards the usual question. */
  prior: number;
  /** Another topic whose answer text this one shares. */
  answer?: string;
};

const answer = (intent: ContractIntent, rules: string[], actions: ActionId[], prior = 0.5): Topic => ({
  intent,
  kind: "answer",
  rules,
  actions,
  prior,
});

export const TOPICS = {
  lost_card: answer("lost_card", ["C-LOST-1", "C-APPLY-1", "C-CARD-1", "C-DELIV-5", "C-TEMP-1", "C-TEMP-2"], ["apply"], 1),
  apply_new_card: answer("lost_card", ["C-APPLY-1", "C-AUTH-1", "C-CARD-1", "C-DELIV-5"], ["apply", "actFor"], 0.9),
  card_price: answer("lost_card", ["C-CARD-1"], ["apply"], 0.6),
  damaged_card: answer("damaged_card", ["C-DEFECT-1"], ["apply"], 0.8),
  delivery_time: answer("delivery_time", ["C-DELIV-1", "C-DELIV-5", "C-DELIV-2", "C-DELIV-3", "C-TEMP-1"], ["orders"], 0.9),
  delivery_abroad: answer("delivery_time", ["C-DELIV-2", "C-DELIV-4"], ["contact", "apply"], 0.5),
  card_orders: answer("delivery_time", ["C-VIEW-1"], ["orders"], 0.6),
  no_card_interim: answer("no_card_interim", ["C-TEMP-1", "C-TEMP-2", "C-TEMP-3"], ["apply"], 0.7),
  apply_for_child: answer("apply_for_child", ["C-AUTH-2", "C-AUTH-5", "C-ELIG-6"], ["applyForChild"], 0.8),
  minor_15_17: answer("minor_15_17", ["C-AUTH-1", "C-AUTH-5"], ["apply"], 0.6),
  other_person: answer("other_person", ["C-AUTH-3"], ["actFor"], 0.6),
  suomifi_mandate: answer("suomifi_mandate", ["C-AUTH-4"], ["actFor"], 0.6),
  power_of_attorney: answer("power_of_attorney", ["C-AUTH-4"], ["actFor"], 0.6),
  legal_guardian: answer("legal_guardian", ["C-AUTH-2"], ["actFor"], 0.6),
  photo_card: answer("photo_card", ["C-PHOTO-1"], ["apply"], 0.5),
  photo_card_discounts: answer("photo_card", ["C-PHOTO-2"], ["kelaCard"], 0.3),
  id_card_insurance: answer("id_card_insurance", ["C-IDCARD-1", "C-CARD-1"], ["apply"], 0.4),
  card_contents: answer("card_contents", ["C-VIEW-2"], ["orders"], 0.5),
  automatic_new_card: answer("automatic_new_card", ["C-AUTO-1"], ["kelaCard"], 0.6),
  newborn_card: answer("automatic_new_card", ["C-ELIG-3", "C-AUTO-1"], ["kelaCard"], 0.5),
  /** "Why has the baby no card?" is a question about not getting one (not_eligible lists "no name"). */
  newborn_no_card: { ...answer("not_eligible", ["C-ELIG-3", "C-AUTO-1"], ["kelaCard"], 0.4), answer: "newborn_card" },
  register_data: answer("automatic_new_card", ["C-DATA-1", "C-RENEW-1", "C-AUTO-1"], ["kelaCard"], 0.4),
  not_eligible: answer("not_eligible", ["C-ELIG-2", "C-ELIG-3", "C-ELIG-4", "C-ELIG-5", "C-ELIG-6"], ["contact"], 0.6),
  who_gets_card: answer("not_eligible", ["C-ELIG-1", "C-CARD-1", "C-ELIG-2"], ["apply", "contact"], 0.5),
  moving_abroad: answer("moving_abroad", ["C-RETURN-1", "C-DELIV-2", "K-PHONE-1"], ["movingAbroad", "contact"], 0.7),
  // C-RETURN-1, C-RETURN-2: what to do with the old card (destroy or return it; returned cards are destroyed).
  old_card: answer("moving_abroad", ["C-RETURN-1", "C-RETURN-2"], ["kelaCard"], 0.4),
  intl_phone: answer("intl_phone", ["K-PHONE-1", "K-PHONE-2"], ["contact"], 0.8),
  intl_authority_phone: answer("intl_authority_phone", ["K-PHONE-3", "K-PHONE-1"], ["contact"], 0.3),
  intl_address: answer("intl_address", ["K-CONTACT-1", "K-SECURE-1"], ["contact", "secureMessage"], 0.5),
  phone_cost: answer("phone_cost", ["K-PHONE-2", "K-SECURE-1"], ["contact"], 0.4),
  omakela_login: answer("omakela_login", ["K-OMAKELA-1", "K-SECURE-1"], ["secureMessage"], 0.6),
  omakela_language: answer("omakela_language", ["K-OMAKELA-1"], ["contact"], 0.4),
  secure_email: answer("secure_email", ["K-SECURE-1", "K-SECURE-2", "K-EIDAS-1"], ["secureMessage"], 0.7),
  secure_email_subject: answer("secure_email_subject", ["K-SECURE-2"], ["secureMessage"], 0.4),
  eidas_login: answer("eidas_login", ["K-EIDAS-1"], ["secureMessage"], 0.4),
  brochures_english: answer("brochures_english", ["K-NEWS-1"], ["contact"], 0.3),
  greeting: { intent: "greeting", kind: "smalltalk", rules: [], actions: ["kelaCard", "contact"], prior: 0.5 },
  thanks: { intent: "greeting", kind: "smalltalk", rules: [], actions: [], prior: 0.5 },
  goodbye: { intent: "greeting", kind: "smalltalk", rules: [], actions: [], prior: 0.4 },
  human_handoff: { intent: "human_handoff", kind: "handoff", rules: ["K-PHONE-1", "K-SECURE-1"], actions: ["contact"], prior: 0.5 },
  out_of_scope: { intent: "out_of_scope", kind: "handoff", rules: ["K-PHONE-1", "K-SECURE-1"], actions: ["contact"], prior: 0.3 },
  abusive_or_injection: { intent: "abusive_or_injection", kind: "handoff", rules: ["K-PHONE-1"], actions: ["contact"], prior: 0.1 },
  /** Only an identity code and nothing to answer: the bot cannot look at anyone's case. */
  personal_case: { intent: "out_of_scope", kind: "handoff", rules: ["K-PHONE-1", "K-SECURE-1"], actions: ["contact"], prior: 0 },
} satisfies Record<string, Topic>;

export type TopicId = keyof typeof TOPICS;

/**
 * Narrower topics and the broader ones they refine: "what may I write in the subject of a secure
 * email" names secure email but asks about the subject; "what do I do at the pharmacy if the card
 * hasn't arrived" names delivery but asks about managing meanwhile. Named next to a broader topic it
 * refines, with comparable evidence, the narrower topic is the question (retrieval.ts), and the
 * broader one is no rival for the confidence (understand.ts).
 */
export const REFINES: Partial<Record<TopicId, readonly TopicId[]>> = {
  secure_email_subject: ["secure_email"],
  eidas_login: ["secure_email"],
  // Not lost_card: its answer tells of the temporary certificate too, and a lost card is the question.
  no_card_interim: ["delivery_time", "card_orders"],
  power_of_attorney: ["other_person", "apply_new_card"],
  suomifi_mandate: ["other_person", "apply_new_card"],
  legal_guardian: ["other_person", "apply_new_card"],
  id_card_insurance: ["no_card_interim", "photo_card"],
  minor_15_17: ["apply_for_child", "apply_new_card"],
  intl_authority_phone: ["intl_phone"],
  phone_cost: ["intl_phone"],
  omakela_language: ["omakela_login"],
  // "I found my lost card": the old card is the question, not the loss (fusion.ts, preferFoundCard).
  old_card: ["lost_card"],
};
export const TOPIC_IDS = Object.keys(TOPICS) as TopicId[];

/**
 * What a conversation is about, broadly: the card (for oneself or for someone one acts for), or
 * contacting KV-keskus. A follow-up that could be either ("does it cost anything?": the card, or a
 * call) is read in the family of the earlier question.
 */
export type Family = "card" | "contact" | "other";
const CONTACT = new Set<ContractIntent>([
  "moving_abroad", "intl_phone", "intl_authority_phone", "intl_address", "phone_cost", "omakela_login", "omakela_language", "secure_email",
  "secure_email_subject", "eidas_login", "brochures_english",
]);
export function familyOf(topic: TopicId): Family {
  const { intent, kind } = TOPICS[topic];
  if (kind !== "answer") return "other";
  return CONTACT.has(intent) ? "contact" : "card";
}

/** Where on the portal each rule is explained (a source's link). */
export function pageOfRule(ruleId: string): string {
  if (ruleId.startsWith("C-AUTH")) return "/{lang}/act-for";
  if (ruleId.startsWith("C-RETURN")) return "/{lang}/moving-abroad";
  if (ruleId.startsWith("C-VIEW-1")) return "/{lang}/kela-card/orders";
  if (ruleId.startsWith("K-SECURE") || ruleId.startsWith("K-EIDAS")) return "/{lang}/secure-message";
  if (ruleId.startsWith("K-")) return "/{lang}/international";
  return "/{lang}/kela-card";
}
