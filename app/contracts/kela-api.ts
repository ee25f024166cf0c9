import { z } from "zod";

/**
 * Kela's back-end API as this portal uses it: one schema module for both the
 * client (which validates every response) and the MSW mock (typed by it), so
 * the two cannot drift apart. Persons are addressed by an opaque back-end id;
 * a personal identity code only ever travels in a POST body.
 */

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
export const isoMonth = z.string().regex(/^\d{4}-\d{2}$/, "YYYY-MM");
export const isoInstant = z.string().datetime({ offset: true });
const lang = z.enum(["fi", "sv", "en"]);

export const addressSchema = z.object({
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  /** ISO 3166-1 alpha-2 */
  country: z.string().length(2),
});
export type Address = z.infer<typeof addressSchema>;

export const personSchema = z.object({
  id: z.string().min(1),
  /** A Finnish personal identity code, or an identifier issued by Kela (C-ELIG-5). */
  identifier: z.object({ type: z.enum(["hetu", "kela"]), value: z.string().min(1) }),
  /** Null until a name is registered (a newborn, C-ELIG-3). */
  firstNames: z.string().nullable(),
  lastName: z.string().nullable(),
  birthDate: isoDate,
  language: lang,
  address: addressSchema.nullable(),
  /** Finnish municipality code; "200" means living abroad (C-DELIV-4). */
  municipalityCode: z.string().nullable(),
  /** A card-writing block registered for the person (C-ELIG-4). */
  cardWritingBlock: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;

export const specialRightSchema = z.object({
  /** Reimbursement group, e.g. "AE". */
  group: z.string(),
  /** Disease or medicine code, e.g. "201". */
  code: z.string(),
  /** Last month of validity. */
  lastValidMonth: isoMonth,
});
export type SpecialRight = z.infer<typeof specialRightSchema>;

export const workplaceFundSchema = z.object({ name: z.string(), number: z.string() });

export const automaticCardReason = z.enum([
  "name-registered",
  "name-changed",
  "identity-code-changed",
  "workplace-fund-changed",
  "special-reimbursement-decision",
  "positive-insurance-decision",
  "photo-card-data-changed",
]);
export type AutomaticCardReason = z.infer<typeof automaticCardReason>;

export const insuranceSchema = z.object({
  status: z.enum(["insured", "not_insured", "unclear", "pending"]),
  /** Fixed-term insurance: "insured until" on the card (C-VIEW-2). */
  insuredUntil: isoDate.nullable(),
  /** "Korvaus toimistosta": reimbursements claimed from Kela (C-TEMP-2, C-DELIV-3). */
  ktMarking: z.boolean(),
  workplaceFund: workplaceFundSchema.nullable(),
  specialRights: z.array(specialRightSchema),
  /** A change for which the register will order a new card by itself (C-AUTO-1). */
  automaticCardComing: z.object({ reason: automaticCardReason }).nullable(),
});
export type Insurance = z.infer<typeof insuranceSchema>;

export const cardContentsSchema = z.object({
  name: z.string(),
  identityCode: z.string(),
  issueDate: isoDate.nullable(),
  insuredUntil: isoDate.nullable(),
  specialRights: z.array(specialRightSchema),
  ktMarking: z.boolean(),
  workplaceFund: workplaceFundSchema.nullable(),
});

export const cardSchema = z.object({
  id: z.string(),
  type: z.enum(["photoless", "photo", "id_card"]),
  state: z.enum(["ordered", "sent_to_manufacturer", "delivered", "replaced", "returned", "expired", "cancelled"]),
  orderedAt: isoInstant,
  issuedAt: isoDate.nullable(),
  /** Photo cards: null means valid indefinitely (C-PHOTO-1); ID cards: at most 5 years (C-IDCARD-1). */
  validUntil: isoDate.nullable(),
  /** Ordered by the register itself; shown only once sent to the manufacturer (C-VIEW-1). */
  automatic: z.boolean(),
  sentToManufacturerAt: isoInstant.nullable(),
  /** Ordered as a complaint to the manufacturer (C-DEFECT-1). */
  complaint: z.boolean(),
  contents: cardContentsSchema,
  /** Markings that existed only on photo cards (C-PHOTO-2). */
  photoCardMarkings: z.array(z.enum(["pensioner", "front-veteran", "mine-clearer", "discounts"])),
});
export type Card = z.infer<typeof cardSchema>;
export const cardListSchema = z.object({ cards: z.array(cardSchema) });

const relatedPerson = z.object({ personId: z.string(), name: z.string().nullable(), birthDate: isoDate });
export type RelatedPerson = z.infer<typeof relatedPerson>;

/** Children under 18 in the person's custody (huoltaja, C-AUTH-2). */
export const custodySchema = z.object({ children: z.array(relatedPerson) });

/** Edunvalvonta: whom the person is a court-appointed guardian for, and their own guardian if any. */
export const guardianshipSchema = z.object({
  wards: z.array(relatedPerson),
  guardians: z.array(z.object({ personId: z.string(), name: z.string() })),
});

/** Suomi.fi mandates the person has received (valtuutettu, C-AUTH-4). */
export const mandatesSchema = z.object({
  received: z.array(
    z.object({
      principal: relatedPerson,
      /** Only "social-security-benefits" lets the holder apply for a Kela card. */
      scope: z.string(),
      validUntil: isoDate.nullable(),
    }),
  ),
});

export const personSearchRequest = z.union([
  z.object({ hetu: z.string() }),
  z.object({ eidas: z.object({ country: z.enum(["EE", "ES", "IT"]), id: z.string() }) }),
]);
export type PersonSearchRequest = z.infer<typeof personSearchRequest>;

export const problemSchema = z.object({ code: z.string(), message: z.string().optional() });

/**
 * Manual handling (a case for Kela's staff): card orders the portal may not
 * place automatically (C-DELIV-4), written powers of attorney (C-AUTH-4) and
 * "other person" declarations (C-AUTH-3). Created with an Idempotency-Key.
 */
export const caseTypeSchema = z.enum(["card-order-manual", "power-of-attorney", "other-person"]);
export const attachmentSchema = z.object({
  fileName: z.string(),
  contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]),
  size: z.number().int().nonnegative(),
  /** The file itself, base64. */
  content: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const createCaseRequest = z.object({
  type: caseTypeSchema,
  /** Whom the case is about (the back end's person id), when known. */
  personId: z.string().nullable(),
  /** Who submitted it, and on what basis. */
  submittedBy: z.object({ personId: z.string(), basis: z.string() }),
  /** Structured, type-specific details (no free-text identity codes). */
  details: z.record(z.unknown()),
  attachments: z.array(attachmentSchema).max(5),
});
export type CreateCaseRequest = z.infer<typeof createCaseRequest>;

export const caseSchema = z.object({
  caseId: z.string(),
  type: caseTypeSchema,
  state: z.enum(["received", "in-progress", "approved", "rejected"]),
  receivedAt: isoInstant,
});
export type KelaCase = z.infer<typeof caseSchema>;

/**
 * A secure message to KV-keskus (K-SECURE-1, K-EIDAS-1), created with an
 * Idempotency-Key. The sender is either the owner of a mailed link (the reply
 * address is the one the link was sent to) or a person identified with eIDAS.
 */
export const secureMessageSenderSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("email-link"), email: z.string().email(), name: z.string().min(1) }),
  z.object({ method: z.literal("eidas"), personId: z.string().min(1), country: z.enum(["EE", "ES", "IT"]), name: z.string().nullable() }),
]);
export const createSecureMessageRequest = z.object({
  /** The portal's reference shown on the user's receipt. */
  reference: z.string().min(1),
  lang,
  sender: secureMessageSenderSchema,
  /** K-SECURE-2: checked for personal data before sending. */
  subject: z.string().min(1).max(100),
  message: z.string().min(1),
  attachments: z.array(attachmentSchema).max(5),
});
export type CreateSecureMessageRequest = z.infer<typeof createSecureMessageRequest>;
export const secureMessageReceiptSchema = z.object({ messageId: z.string(), reference: z.string(), receivedAt: isoInstant });

/**
 * A new Kela card ordered through the portal (seed 001, 2.1). Created with an
 * Idempotency-Key: the same key returns the same order and never orders twice.
 * Name, identity code and address are the register's (C-DATA-1): the order
 * names the person by id only.
 */
export const cardOrderReason = z.enum(["lost", "defective", "data-changed", "damaged"]);
export const cardOrderRequest = z.object({
  /** The person the card is for (C-ELIG-6: never anyone else). */
  personId: z.string().min(1),
  submittedBy: z.object({ personId: z.string().min(1), basis: z.string() }),
  /** C-CARD-1: new cards are always photoless. */
  cardType: z.literal("photoless"),
  reason: cardOrderReason,
  /** C-LOST-1 */
  lossExplanation: z.string().max(1000).nullable(),
  /** C-DEFECT-1: the defective card, and whether the order is a complaint to the manufacturer. */
  replacesCardId: z.string().nullable(),
  complaint: z.boolean(),
  /** C-DELIV-1: home; C-DELIV-2, C-DELIV-3: via the Kela office. */
  delivery: z.enum(["home", "office"]),
  language: lang,
  channel: z.literal("portal"),
});
export type CardOrderRequest = z.infer<typeof cardOrderRequest>;

export const cardOrderSchema = z.object({
  orderId: z.string(),
  personId: z.string(),
  state: z.enum(["ordered", "sent_to_manufacturer"]),
  orderedAt: isoInstant,
  complaint: z.boolean(),
  delivery: z.enum(["home", "office"]),
  /** C-DELIV-5 */
  estimatedDelivery: isoDate,
});
export type CardOrder = z.infer<typeof cardOrderSchema>;
