import { assign, setup } from "xstate";
import type { CalendarDate } from "~/domain/calendar";
import {
  canApplyFor,
  isAcceptableDocument,
  mayApplyAlone,
  OTHER_PERSON_REASONS,
  otherPersonRefusal,
  type Actor,
  type OtherPersonReason,
  type OtherPersonRefusal,
  type Refusal,
  type RepresentationBasis,
  type Target,
} from "~/domain/authority";

/**
 * Acting on someone else's behalf (issue 5): choosing whom to act for, and
 * the two declarations that go to Kela's manual handling (written power of
 * attorney, C-AUTH-4; "other person", C-AUTH-3). Pure: every event carries
 * what the server just got from the back end, and the server persists the
 * snapshot of a declaration flow in its own database. A snapshot from the
 * browser is never used.
 */

export type PersonRef = { personId: string; hetu: string };
export type DocumentMeta = { fileName: string; contentType: string; size: number };

export type PowerOfAttorneyDraft = { kind: "power-of-attorney"; target: PersonRef; declaration: string; document: DocumentMeta };
export type OtherPersonDraft = { kind: "other-person"; target: PersonRef; reason: OtherPersonReason; declaration: string };
export type ProxyDraft = PowerOfAttorneyDraft | OtherPersonDraft;

export type ProxyContext = {
  representing: { personId: string; basis: RepresentationBasis } | null;
  refusal: Refusal | OtherPersonRefusal | null;
  draft: ProxyDraft | null;
  /** The portal's receipt of a submitted declaration. */
  receiptId: string | null;
};

export type ProxyEvent =
  /** Act for oneself; `age` from one's own identity code on the app clock. */
  | { type: "ACT_FOR_SELF"; age: number }
  /** Act for `target`: the actor's relations and the target's age are fresh from the back end. */
  | { type: "CHOOSE"; actor: Actor; target: Target; today: CalendarDate }
  | { type: "CHANGE_PERSON" }
  | { type: "SHOW_ORAL_AUTHORISATION" }
  | { type: "START_POWER_OF_ATTORNEY" }
  | { type: "START_OTHER_PERSON" }
  | { type: "SUBMIT_POWER_OF_ATTORNEY"; target: PersonRef; declaration: string; document: DocumentMeta }
  | {
      type: "SUBMIT_OTHER_PERSON";
      target: PersonRef & { age: number; hasEdunvalvoja: boolean };
      reason: OtherPersonReason;
      declaration: string;
    }
  | { type: "CONFIRM"; receiptId: string }
  | { type: "CANCEL" };


const decide = (event: ProxyEvent) => (event.type === "CHOOSE" ? canApplyFor(event.actor, event.target, event.today) : null);
const decidedBasis = (event: ProxyEvent, basis: RepresentationBasis) => {
  const decision = decide(event);
  return !!decision?.allowed && decision.basis === basis;
};
function otherPersonDraft(event: ProxyEvent): OtherPersonDraft | null {
  if (event.type !== "SUBMIT_OTHER_PERSON") return null;
  const { personId, hetu } = event.target;
  return { kind: "other-person", target: { personId, hetu }, reason: event.reason, declaration: event.declaration };
}
const otherPersonFacts = (event: ProxyEvent) =>
  event.type === "SUBMIT_OTHER_PERSON" ? otherPersonRefusal(event.target) : undefined;

export const proxyAuthorityMachine = setup({
  types: {
    context: {} as ProxyContext,
    events: {} as ProxyEvent,
  },
  guards: {
    /** C-AUTH-1, C-AUTH-5: 15 or over may apply alone. */
    C_AUTH_1_mayApplyAlone: ({ event }) => event.type === "ACT_FOR_SELF" && mayApplyAlone(event.age),
    /** C-AUTH-2 (and C-AUTH-5 for ages 15-17): huoltaja of a child under 18 in custody. */
    C_AUTH_2_huoltajaOfMinor: ({ event }) => decidedBasis(event, "huoltaja"),
    /** C-AUTH-2: court-appointed guardian (edunvalvoja) of the person. */
    C_AUTH_2_edunvalvojaOfWard: ({ event }) => decidedBasis(event, "edunvalvoja"),
    /** C-AUTH-4: a valid Suomi.fi mandate for social security benefits. */
    C_AUTH_4_suomiFiMandate: ({ event }) => decidedBasis(event, "valtuutettu"),
    /** C-AUTH-4: a written power of attorney, declared and attached as PDF/JPEG/PNG of at most 10 MB. */
    C_AUTH_4_writtenPowerOfAttorneyAttached: ({ event }) =>
      event.type === "SUBMIT_POWER_OF_ATTORNEY" && event.declaration.trim() !== "" && isAcceptableDocument(event.document),
    /** C-AUTH-3: "other person" is not for someone who has an edunvalvoja. */
    C_AUTH_3_hasEdunvalvoja: ({ event }) => otherPersonFacts(event) === "has-edunvalvoja",
    /** C-AUTH-2 over C-AUTH-3: a minor's huoltaja applies for them. */
    C_AUTH_2_minorHasHuoltaja: ({ event }) => otherPersonFacts(event) === "minor",
    /** C-AUTH-3: cannot apply because of illness, old age or similar, and a declaration of why. */
    C_AUTH_3_cannotActThemself: ({ event }) =>
      event.type === "SUBMIT_OTHER_PERSON" &&
      otherPersonFacts(event) === null &&
      OTHER_PERSON_REASONS.includes(event.reason) &&
      event.declaration.trim() !== "",
  },
  actions: {
    assignRepresenting: assign({
      representing: ({ event }) => {
        const decision = decide(event);
        if (event.type !== "CHOOSE" || !decision?.allowed || decision.basis === "self") return null;
        return { personId: event.target.personId, basis: decision.basis };
      },
      refusal: null,
    }),
    assignSelf: assign({ representing: null, refusal: null }),
    assignRefusal: assign({
      representing: null,
      refusal: ({ event }) => {
        const decision = decide(event);
        return decision && !decision.allowed ? decision.reason : "no-authority";
      },
    }),
    storePowerOfAttorney: assign({
      draft: ({ event }) =>
        event.type === "SUBMIT_POWER_OF_ATTORNEY"
          ? { kind: "power-of-attorney" as const, target: event.target, declaration: event.declaration, document: event.document }
          : null,
      refusal: null,
    }),
    storeOtherPerson: assign({ draft: ({ event }) => otherPersonDraft(event), refusal: null }),
    refuseOtherPerson: assign({ draft: ({ event }) => otherPersonDraft(event), refusal: ({ event }) => otherPersonFacts(event) ?? null }),
    storeReceipt: assign({ receiptId: ({ event }) => (event.type === "CONFIRM" ? event.receiptId : null) }),
    clearAll: assign({ representing: null, refusal: null, draft: null, receiptId: null }),
  },
}).createMachine({
  id: "proxyAuthority",
  context: { representing: null, refusal: null, draft: null, receiptId: null },
  initial: "choosing",
  states: {
    choosing: {
      on: {
        ACT_FOR_SELF: [
          { guard: "C_AUTH_1_mayApplyAlone", target: "self.mayApply", actions: "assignSelf" },
          // C-AUTH-5: under 15 the person is told to ask a guardian.
          { target: "self.mustAskGuardian", actions: "assignSelf" },
        ],
        CHOOSE: [
          { guard: "C_AUTH_2_huoltajaOfMinor", target: "representing", actions: "assignRepresenting" },
          { guard: "C_AUTH_2_edunvalvojaOfWard", target: "representing", actions: "assignRepresenting" },
          { guard: "C_AUTH_4_suomiFiMandate", target: "representing", actions: "assignRepresenting" },
          { target: "refused", actions: "assignRefusal" },
        ],
        SHOW_ORAL_AUTHORISATION: "oralAuthorisation",
        START_POWER_OF_ATTORNEY: "powerOfAttorney",
        START_OTHER_PERSON: "otherPerson",
      },
    },
    self: {
      initial: "mayApply",
      states: { mayApply: {}, mustAskGuardian: {} },
      on: { CHANGE_PERSON: { target: "choosing", actions: "clearAll" } },
    },
    representing: { on: { CHANGE_PERSON: { target: "choosing", actions: "clearAll" } } },
    refused: { on: { CHANGE_PERSON: { target: "choosing", actions: "clearAll" } } },
    // C-AUTH-4: oral authorisation is given by phone or at an office only; nothing to submit online.
    oralAuthorisation: { on: { CANCEL: "choosing" } },
    // The details form can be sent again from any step of a flow (the "Change" links lead to it).
    powerOfAttorney: {
      initial: "editing",
      on: {
        SUBMIT_POWER_OF_ATTORNEY: { guard: "C_AUTH_4_writtenPowerOfAttorneyAttached", target: ".checking", actions: "storePowerOfAttorney" },
        CANCEL: { target: "choosing", actions: "clearAll" },
      },
      states: {
        editing: {},
        checking: { on: { CONFIRM: { target: "#proxyAuthority.submitted", actions: "storeReceipt" } } },
      },
    },
    otherPerson: {
      initial: "editing",
      on: {
        SUBMIT_OTHER_PERSON: [
          { guard: "C_AUTH_3_hasEdunvalvoja", target: ".refused", actions: "refuseOtherPerson" },
          { guard: "C_AUTH_2_minorHasHuoltaja", target: ".refused", actions: "refuseOtherPerson" },
          { guard: "C_AUTH_3_cannotActThemself", target: ".checking", actions: "storeOtherPerson" },
        ],
        CANCEL: { target: "choosing", actions: "clearAll" },
      },
      states: {
        editing: {},
        refused: {},
        checking: { on: { CONFIRM: { target: "#proxyAuthority.submitted", actions: "storeReceipt" } } },
      },
    },
    submitted: { type: "final" },
  },
});

export type ProxyAuthorityMachine = typeof proxyAuthorityMachine;
