import { assign, setup, type SnapshotFrom } from "xstate";
import { EIDAS_COUNTRIES } from "~/domain/kv-contact";
import {
  findPersonalDataInSubject,
  linkState,
  mayUseSecureEmail,
  type Audience,
  type LinkFacts,
  type LinkState,
  type SenderData,
} from "~/domain/secure-message";

/**
 * The secure-message journey to KV-keskus (K-SECURE-1, K-SECURE-2,
 * K-EIDAS-1, K-OMAKELA-1). Pure: the server sends one event per POST (or per
 * opened mail link) to the snapshot it keeps in the session, performs what
 * the new state asks for (mail a link, enqueue the message) and redirects to
 * the URL of the new state.
 *
 *   audience ──abroad, no OmaKela──▶ request.chooseMethod ──email──▶ enterEmail ──▶ linkSent
 *      │                                     └──eidas──▶ eidasIdentification
 *      └──otherwise──▶ useOmaKela
 *   OPEN_LINK (valid) ─▶ compose ──SEND (clean subject)──▶ sent;  OPEN_LINK (not valid) ─▶ linkRefused
 *   EIDAS_IDENTIFIED (EE/ES/IT) ─▶ compose
 */
export type SecureMessageContext = {
  audience: Audience | null;
  method: "email" | "eidas" | null;
  /** The address the user typed last, shown back on the "link sent" page. */
  email: string | null;
  sender: { via: "link"; linkId: string } | { via: "eidas"; country: string } | null;
  refusal: Exclude<LinkState, "valid"> | null;
  reference: string | null;
};

export type OpenedLink = LinkFacts & { id: string };

export type SecureMessageEvent =
  | { type: "ANSWER_AUDIENCE"; audience: Audience }
  | { type: "CHOOSE_METHOD"; method: "email" | "eidas" }
  | { type: "REQUEST_LINK"; email: string }
  /** A mail link was opened (or re-checked before sending); `link` is null for an unknown token. */
  | { type: "OPEN_LINK"; link: OpenedLink | null; at: string }
  | { type: "EIDAS_IDENTIFIED"; country: string }
  | { type: "SEND"; subject: string; sender: SenderData; reference: string };

const initialContext: SecureMessageContext = { audience: null, method: null, email: null, sender: null, refusal: null, reference: null };

export const secureMessageMachine = setup({
  types: { context: {} as SecureMessageContext, events: {} as SecureMessageEvent },
  guards: {
    /** K-SECURE-1: secure email is for customers living abroad who cannot use OmaKela. */
    K_SECURE_1_livesAbroadWithoutOmaKela: ({ event }) => event.type === "ANSWER_AUDIENCE" && mayUseSecureEmail(event.audience),
    /** K-SECURE-1: a link works for 30 days from its creation, until a message is sent with it. */
    K_SECURE_1_linkValidFor30Days: ({ event }) => event.type === "OPEN_LINK" && linkState(event.link, new Date(event.at)) === "valid",
    /** K-EIDAS-1: Estonian, Spanish and Italian identification means only. */
    K_EIDAS_1_supportedCountry: ({ event }) =>
      event.type === "EIDAS_IDENTIFIED" && (EIDAS_COUNTRIES as readonly string[]).includes(event.country),
    /** K-SECURE-2: no name or other personal data in the subject. */
    K_SECURE_2_subjectWithoutPersonalData: ({ event }) =>
      event.type === "SEND" && findPersonalDataInSubject(event.subject, event.sender) === null,
    choseEidas: ({ event }) => event.type === "CHOOSE_METHOD" && event.method === "eidas",
  },
  actions: {
    rememberAudience: assign({ audience: ({ event }) => (event.type === "ANSWER_AUDIENCE" ? event.audience : null) }),
    rememberMethod: assign({ method: ({ event }) => (event.type === "CHOOSE_METHOD" ? event.method : null) }),
    rememberEmail: assign({ method: "email", email: ({ event, context }) => (event.type === "REQUEST_LINK" ? event.email : context.email) }),
    rememberLink: assign({
      sender: ({ event }) => (event.type === "OPEN_LINK" && event.link ? { via: "link" as const, linkId: event.link.id } : null),
      refusal: null,
      reference: null,
    }),
    rememberRefusal: assign({
      sender: null,
      refusal: ({ event }) => {
        if (event.type !== "OPEN_LINK") return null;
        const state = linkState(event.link, new Date(event.at));
        return state === "valid" ? null : state;
      },
    }),
    rememberEidas: assign({
      method: "eidas",
      sender: ({ event }) => (event.type === "EIDAS_IDENTIFIED" ? { via: "eidas" as const, country: event.country } : null),
      refusal: null,
      reference: null,
    }),
    rememberReference: assign({ reference: ({ event }) => (event.type === "SEND" ? event.reference : null) }),
  },
}).createMachine({
  id: "secureMessage",
  initial: "audience",
  context: initialContext,
  on: {
    // The first question may be answered again from anywhere (the back button, a new message).
    ANSWER_AUDIENCE: [
      { guard: "K_SECURE_1_livesAbroadWithoutOmaKela", target: ".request", actions: "rememberAudience" },
      { target: ".useOmaKela", actions: "rememberAudience" },
    ],
    // A link asked for: first time, again (mail not arrived, typo), after a refused or used link.
    // The email page (mayVisit) is open only to those who chose email or hold a link.
    REQUEST_LINK: { target: ".request.linkSent", actions: "rememberEmail" },
    OPEN_LINK: [
      { guard: "K_SECURE_1_linkValidFor30Days", target: ".compose", actions: "rememberLink" },
      { target: ".linkRefused", actions: "rememberRefusal" },
    ],
    EIDAS_IDENTIFIED: [
      { guard: "K_EIDAS_1_supportedCountry", target: ".compose", actions: "rememberEidas" },
      { target: ".request.chooseMethod" },
    ],
  },
  states: {
    audience: {},
    /** K-OMAKELA-1: everyone else uses OmaKela. */
    useOmaKela: {},
    request: {
      initial: "chooseMethod",
      on: {
        CHOOSE_METHOD: [
          { guard: "choseEidas", target: ".eidasIdentification", actions: "rememberMethod" },
          { target: ".enterEmail", actions: "rememberMethod" },
        ],
      },
      states: {
        chooseMethod: {},
        enterEmail: {},
        linkSent: {},
        eidasIdentification: {},
      },
    },
    compose: {
      on: { SEND: { guard: "K_SECURE_2_subjectWithoutPersonalData", target: "sent", actions: "rememberReference" } },
    },
    linkRefused: {},
    sent: {},
  },
});

export type SecureMessageSnapshot = SnapshotFrom<typeof secureMessageMachine>;

/** The pages of the journey, below /{lang}/secure-message. */
export type SecureMessageStep = "start" | "use-omakela" | "method" | "email" | "link-sent" | "eidas" | "write" | "link-invalid" | "sent";

/** The page for a state (the journey object decides; routes only redirect). */
export function stepOf(snapshot: SecureMessageSnapshot): SecureMessageStep {
  if (snapshot.matches("useOmaKela")) return "use-omakela";
  if (snapshot.matches({ request: "chooseMethod" })) return "method";
  if (snapshot.matches({ request: "enterEmail" })) return "email";
  if (snapshot.matches({ request: "linkSent" })) return "link-sent";
  if (snapshot.matches({ request: "eidasIdentification" })) return "eidas";
  if (snapshot.matches("compose")) return "write";
  if (snapshot.matches("linkRefused")) return "link-invalid";
  if (snapshot.matches("sent")) return "sent";
  return "start";
}

/**
 * Whether a page may be shown for this snapshot: earlier answered questions
 * (the back button), and the current step; never a step not yet reached.
 */
export function mayVisit(snapshot: SecureMessageSnapshot, step: SecureMessageStep): boolean {
  const { audience, method } = snapshot.context;
  switch (step) {
    case "start":
    case "use-omakela":
      return true;
    case "method":
      return audience !== null && mayUseSecureEmail(audience);
    case "email":
      // Chosen on the method page, or a link already asked for or refused (asking again).
      return method === "email" || snapshot.matches("linkRefused");
    default:
      return stepOf(snapshot) === step;
  }
}
