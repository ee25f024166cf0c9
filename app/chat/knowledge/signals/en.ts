import type { Signals } from "./types";

/**
 * English cues per topic, including the way non-native speakers and people
 * abroad tend to write. "!" strong, "~" weak. These are NOT the evaluation
 * questions.
 */
export const en: Signals = {
  lost_card: [
    "!lost card", "!lost my card", "!lost", "!lose", "!misplaced", "!missing", "!stolen", "!was stolen", "!got stolen", "!robbed",
    "!wallet stolen", "!can't find my card", "!cannot find", "!disappeared", "!gone", "!vanished", "vanish", "!can't remember where i put", "!don't know where my card is", "!lost wallet", "!pickpocketed",
    "!left my card", "dropped", "forgot my card", "burglary", "bag stolen", "explanation of the loss", "where is my card gone",
    "replace lost", "replacement for lost", "wallet", "nicked", "pinched", "swiped", "took my wallet",
  ],
  apply_new_card: [
    "new kela card", "apply for a kela card", "order a kela card", "order a new card", "apply for a new card", "card application",
    "get a kela card", "!sv 157sr", "application", "form", "application form", "order", "apply", "new card", "replacement card",
    "another card", "replace card", "swap card", "how do i apply", "phone service 020 692 203", "service point", "online", "request a card",
    "~kela card",
  ],
  card_price: [
    "!does the card cost", "!how much does the card cost", "price", "free", "!free of charge", "cost", "costs", "fee",
    "!card free", "!kela card cost", "!price of the card",
    "charge", "pay", "do i have to pay", "euros", "expensive",
  ],
  damaged_card: [
    "!broken", "!damaged", "!faulty", "!defective", "!not working", "!doesn't work", "!does not work", "!stopped working",
    "!won't read", "!can't be read", "!cracked", "!snapped", "!bent", "complaint", "!complaint to the manufacturer", "!manufacturing fault", "!technical fault",
    "!chip", "scratched", "worn", "melted", "manufacturer", "60 days", "washing machine", "washed", "broke", "split", "fault",
    "doesn't scan", "reader", "!worn off", "faded", "text is gone", "not readable", "rejected at the pharmacy", "!doesn't work at the pharmacy", "!not accepted at the pharmacy",
  ],
  delivery_time: [
    "!how long does it take", "!how long", "!delivery time", "!when will the card arrive", "!when will i get", "!how soon",
    "!take to arrive", "!arrive", "!delivery", "!delivered", "!hasn't arrived", "!not arrived yet", "!still waiting", "!waiting for my card",
    "!when does it come", "by post", "home", "home address", "which address", "sent", "mailed", "two weeks", "weeks", "waited",
    "long", "when", "!how quickly", "!how fast", "fast", "!reach my home", "!get to me", "mailbox", "post", "mail", "shipping", "deliver",
  ],
  delivery_abroad: [
    "!address abroad", "!foreign address", "!sent abroad", "!live abroad", "!living abroad", "!nordic countries", "!send abroad",
    "!card abroad", "!live in sweden", "!mailed abroad", "!no address", "!incomplete address", "!address missing",
    "!no postal code", "!municipality code 200", "!card be sent to", "!send the card to", "sweden", "norway", "estonia", "germany", "spain", "nordic", "manual handling",
    "via an office", "overseas", "outside finland",
  ],
  card_orders: [
    "!ordered cards", "!my ordered cards", "!order status", "!status of my order", "!has my card been ordered", "!my orders",
    "!track my order", "!track", "!see my order", "ordered", "status", "stage", "where can i see", "check my order", "tracking",
  ],
  no_card_interim: [
    "!at the pharmacy if the card hasn't arrived", "!pharmacy before the card arrives", "!pharmacy without a card",
    "!temporary certificate", "!temporary card", "!kt marking and a temporary certificate", "!temporary certificate with the kt marking", "!interim certificate", "!temporary", "!pharmacy", "!chemist", "!before the card arrives",
    "!in the meantime", "!meanwhile", "!while waiting", "!sv 51sr", "!medicine reimbursement", "medicines", "medicine", "prescription",
    "drugs", "reimbursement at the pharmacy", "without a card", "don't have a card", "certificate", "urgent", "urgently", "right away",
    "faster", "quickly", "tomorrow", "today", "old card and the decision", "medicine decision", "pick up medicine", "full price",
  ],
  apply_for_child: [
    "!=agechild", "!for my child", "!child's card", "!child", "!my kid", "!on behalf of my child", "!son", "!daughter", "!guardian of a child",
    "!as a parent", "!minor", "!children's cards", "!kids", "parent", "parents", "school child", "parallel card", "card for parents",
    "8-year-old", "10 year old", "toddler", "baby boy", "two children", "pupil", "my boy", "my girl", "custody",
  ],
  minor_15_17: [
    "!=ageteen", "!15 years old", "!16 years old", "!17 years old", "!15-year-old", "!16-year-old", "!17-year-old", "!teenager", "!age limit",
    "!under 15", "!turned 15", "!apply myself", "!on my own", "!by myself", "!alone", "!without my parents", "!without a guardian",
    "young person", "youth", "adult", "18", "age", "years old", "old enough", "high school", "turning 15", "teen",
  ],
  other_person: [
    "!another person", "!someone else", "!on behalf of someone", "~for my mother", "~for my father", "~for my grandmother",
    "!because of illness", "!old age", "!dementia", "!cannot apply themself", "!unable to", "!no guardian", "!has no legal guardian", "!has no guardian", "!handle her own affairs", "!handle his own affairs",
    "!handle their affairs", "frail", "!elderly",
    "~mother", "~father", "~grandmother", "~grandma", "~grandfather", "~grandpa", "sick", "ill", "can't",
    "nursing home", "care home", "hospital", "neighbour", "friend", "spouse", "wife", "husband", "relative", "family member",
    "declaration", "act for", "behalf", "carer", "caregiver", "alzheimer",
  ],
  suomifi_mandate: [
    "!suomi.fi", "!suomi.fi mandate", "!e-authorisation", "!e-authorization", "!mandate", "!mandates", "!authorise", "!authorize",
    "authorised person", "authorized", "give a mandate", "electronic authorisation", "online authorisation", "digital authorization",
  ],
  power_of_attorney: [
    "!power of attorney", "!written power of attorney", "!paper power of attorney", "!oral authorisation", "!verbally",
    "!orally", "!power of attorney by fax", "!power of attorney by email", "written", "signature", "signed", "reliable",
    "authorised in writing", "authorisation by phone", "attorney", "fax", "scanned", "proxy", "letter of authority",
  ],
  legal_guardian: [
    "!edunvalvoja", "!court-appointed guardian", "!legal guardian", "!guardianship", "!appointed by a court", "!court", "!ward",
    "!trustee", "!conservator", "!guardian", "appointed", "public guardian", "legal representative",
  ],
  photo_card: [
    "!photo card", "!card with a photo", "!photo", "!picture on the card", "!old card with a picture", "!photoless",
    "!no photo", "picture", "with photo", "old card", "is my old card valid", "valid", "still valid", "2014", "new photo", "photograph",
  ],
  photo_card_discounts: [
    "!discount", "!discounts", "!pensioner discount", "!pensioner marking", "!front-line veteran", "!veteran", "!mine-clearer",
    "!discount marking", "65", "age discount", "senior", "senior discount", "passport", "driving licence", "driver's license",
    "bus", "train ticket", "pensioner", "marking",
  ],
  id_card_insurance: [
    "!id card", "!identity card", "!police id card", "!health insurance data", "!health insurance information",
    "!id card with health insurance", "!id card with kela info", "!kela info on my id card", "!national id", "police", "from the police", "id card validity", "five years", "2017",
    "!return the id card", "!give the id card back", "!id card to kela",
  ],
  card_contents: [
    "!what does the card show", "!what is on the card", "!information on the card", "!shown on the card", "!markings",
    "!kt marking", "!workplace fund", "!fund number", "!special reimbursement", "!special reimbursement right", "!printed on the card", "what is printed",
    "!restricted reimbursement", "!insured until", "!medicine code", "!disease code", "!ae 201", "!issue date", "marking", "kt",
    "code", "number on the card", "~what does it mean", "abbreviation", "back of the card", "text on the card", "fixed-term",
  ],
  automatic_new_card: [
    "!automatically", "!without applying", "!do i need to apply", "!will i get it automatically", "!name changed", "!name change",
    "!changed my surname", "!got married", "!identity code changed", "!joined a workplace fund", "!by itself", "married",
    "divorce", "left the workplace fund", "special reimbursement decision", "new decision", "positive insurance decision",
    "sent automatically", "no application needed", "surname", "new name", "maiden name",
  ],
  newborn_card: [
    "!baby", "!newborn", "!new born", "!was born", "!born", "!name registered", "!christening", "!naming", "!has no name",
    "!name not registered", "infant", "birth", "youngest", "nameless", "named",
  ],
  newborn_no_card: [
    "!why hasn't the newborn got a card", "!newborn has no card", "!baby has no card", "!why doesn't the baby have a card",
    "baby hasn't got a card", "newborn didn't get",
  ],
  register_data: [
    "!wrong address", "!address is wrong", "!name is wrong", "!wrong information", "!incorrect information", "!typo",
    "!correct my details", "!correction", "!wrong name on the card", "correct", "change of address", "new address",
    "notification of move", "mailing address", "update my details", "details changed", "register", "wrong", "misspelled",
    "spelled wrong", "incorrect",
  ],
  not_eligible: [
    "!not get a card", "!no card", "!why can't i get", "!why don't i get", "!not insured", "!i am not insured",
    "!insurance decision", "!decision pending", "!waiting for a decision", "!insurance unclear", "!card-writing block",
    "!adoption", "!adopted child", "!adopted", "!identifier issued by kela", "!kela identifier", "!no personal identity code",
    "insurance", "unclear", "block", "rejected", "denied", "refused", "why", "not eligible", "not entitled", "temporary identifier",
  ],
  who_gets_card: [
    "!who gets a kela card", "!who is entitled", "!right to a kela card", "!eligible", "!can i get a kela card",
    "!health insurance act", "!insured", "who can get", "entitled", "foreigner", "moved to finland", "moving to finland",
    "working in finland", "studying in finland", "eligibility",
  ],
  moving_abroad: [
    "!moving abroad", "!move abroad", "!relocating", "!emigrate", "!emigrating", "!return the card", "!give back the card",
    "!returning", "!permanently", "!moving permanently", "!leaving finland", "!work abroad", "!move out of finland",
    "!moving to sweden", "moving", "move", "!send the card back", "send back", "!for good", "destroy the card", "cut the card", "what do i do with the card", "keep the card",
    "when moving", "abroad", "return", "leave finland",
  ],
  intl_phone: [
    "!phone number", "!call", "!calling", "!phone", "!by phone", "!opening hours", "!open", "!opens", "!service hours",
    "~centre for international affairs", "~international affairs", "!which number", "!when can i call", "!number", "!telephone",
    "closed", "hours", "reach", "o'clock", "call from abroad", "+358", "phone service", "helpline", "hotline", "ring", "kv-keskus",
    "international",
  ],
  intl_authority_phone: [
    "!authority", "!authorities", "!for authorities", "!as an authority", "!state compensation", "!ambulance flight",
    "!hospital transfer", "!right to treatment", "!prior authorisation", "!billing", "!medical costs", "!information request",
    "!between states", "!020 635 1808", "hospital", "wellbeing services county", "municipality", "agency", "official", "professional",
  ],
  intl_address: [
    "!postal address", "!email address", "!fax", "!fax number", "!contact details", "!contact information", "!letter",
    "!where do i send", "!pl 78", "!inter.helsinki", "address", "email", "e-mail", "send a letter", "by post", "contact", "po box",
    "visiting address", "~centre for international affairs", "~kv-keskus", "!email address of",
  ],
  phone_cost: [
    "!does calling cost", "!cost of a call", "!call costs", "!charged call", "!queuing", "!queueing", "!queue", "!free number",
    "!free to call", "!cost to call", "!pay for calling", "!phone queue", "!waiting on the phone",
    "!how much does it cost to call", "!call charge", "charged", "per minute", "calling costs", "cost", "price", "expensive", "toll-free",
  ],
  omakela_login: [
    "!omakela", "!log in", "!login", "!sign in", "!logging in", "!online banking credentials", "!bank credentials",
    "!mobile certificate", "!can't log in", "credentials", "identify", "identification", "online service", "no bank codes",
    "without finnish bank", "login doesn't work", "e-service", "bank id",
  ],
  omakela_language: [
    "!which language", "!what languages", "language", "language version", "in english", "!omakela in english", "!omakela in swedish",
    "!omakela language", "in swedish", "english", "finnish", "language options", "change language", "omakela",
  ],
  secure_email: [
    "!secure email", "!secure e-mail", "!secure message", "!encrypted email", "!encrypted message", "!send a message",
    "!message to the centre", "!link", "!link valid", "!email link", "!sender", "attachments", "attachment", "document",
    "documents", "send message", "send", "in writing", "message", "30 days", "own email address", "email", "securely", "write to",
  ],
  secure_email_subject: [
    "!subject", "!subject field", "!subject line", "!message title", "!title", "!what to write in the subject",
    "!name in the subject", "!personal data in the subject", "heading", "headline",
  ],
  eidas_login: [
    "!eidas", "!foreign identification", "!foreign eid", "!foreign electronic id", "!estonian", "!eesti", "!spanish", "!italian",
    "!estonian id", "!foreign id card", "!eu identification", "!smart-id", "!mobiil-id", "!no finnish credentials",
    "estonia", "italy", "spain", "foreign", "identification means", "electronic identity",
  ],
  brochures_english: [
    "!brochure", "!brochures", "!brochure in english", "!order a brochure", "!benefit brochure", "!glossary",
    "!material in english", "!information in english", "!leaflet", "!leaflets", "guide", "booklet", "pamphlet",
  ],
  greeting: [
    "!hello", "!hi", "!hey", "!hiya", "!good morning", "!good afternoon", "!good evening", "!greetings", "!howdy", "!how are you",
    "~who are you", "!are you a bot", "~what can you do", "!help", "!i need help", "assist", "bot", "yo",
  ],
  thanks: [
    "!thanks", "!thank you", "!thx", "!ty", "!many thanks", "!thanks a lot", "!cheers", "!appreciate it", "great", "got it",
    "good to know", "perfect", "helpful", "helped",
  ],
  goodbye: ["!bye", "!goodbye", "!good bye", "!see you", "!see ya", "!have a nice day", "!take care", "!farewell"],
  human_handoff: [
    "!human", "!a human", "!real person", "!real human", "!customer service", "!customer service agent", "!agent", "!representative",
    "!talk to a person", "!speak to someone", "!speak to a human", "!connect me", "!call me back", "!callback", "!live person",
    "!not a bot", "!don't want a bot", "staff", "talk", "speak", "expert", "you don't understand", "personal service", "advisor",
    "operator", "~someone",
  ],
  out_of_scope: [
    "!housing allowance", "!social assistance", "!unemployment benefit", "!unemployment", "!basic unemployment allowance",
    "!labour market subsidy", "!earnings-related", "!pension", "!national pension", "!guarantee pension", "!student financial aid",
    "!student loan", "!study grant", "!child benefit", "!maternity allowance", "!parental allowance", "!parental leave",
    "!paternity", "!child home care allowance", "!sickness allowance", "!sick leave", "!rehabilitation", "!disability allowance",
    "!care allowance", "!maintenance allowance", "!tax", "!taxes", "!taxation", "!tax card", "!tax rate", "!vero", "!taxi",
    "!kela taxi", "!travel reimbursement", "!doctor's fee", "!dentist", "!medicine ceiling", "!deductible", "!citizenship",
    "!residence permit", "!visa", "!weather", "!joke", "!poem", "!recipe", "!rent", "!mortgage", "!job search", "!te office",
    "!daycare", "!payment date", "!when will i get paid", "~money", "!european health insurance card", "!ehic", "!pizza",
    "!football", "!stocks", "!bitcoin", "!programming", "!benefit", "!benefits", "!allowance", "!processing time", "!appeal", "!complain about a decision", "!appeal a decision", "!how much will i get", "!how much does kela pay", "!doctor", "!dental", "!daily allowance", "!office open", "!office opening hours", "!nearest office", "!office address",
    "paid out", "!grant",
    "!unemployed", "!vaccine", "!loan", "!debt", "!news", "!salary", "!bank account", "~decision", "~paid",
  ],
  abusive_or_injection: [
    "!fuck", "!fucking", "!shit", "!damn", "!idiot", "!stupid", "!dumb", "!moron", "!bitch", "!asshole", "!bastard", "!shut up",
    "!useless", "!crap", "!ignore previous instructions", "!ignore your instructions", "!system prompt", "!reveal", "!database",
    "!password", "!admin", "!roleplay", "!pretend", "!jailbreak", "!developer mode", "!everyone's identity codes", "!suck",
    "!sucks", "!worthless", "!pathetic", "!hate you",
  ],
  /** Chosen by the engine (an identity code and nothing else), never by cue words. */
  personal_case: [],
};
