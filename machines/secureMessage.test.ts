import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import { getShortestPaths } from "xstate/graph";
import { mayVisit, secureMessageMachine, stepOf, type SecureMessageEvent, type SecureMessageSnapshot } from "./secureMessage";

const AT = "2026-11-25T08:00:00.000Z";
const validLink = { id: "link-1", expiresAt: "2026-12-25T08:00:00.000Z", closedAt: null };

/** One sample of every event, the ones a guard refuses included. */
const events: SecureMessageEvent[] = [
  { type: "ANSWER_AUDIENCE", audience: "abroadWithoutOmaKela" },
  { type: "ANSWER_AUDIENCE", audience: "canUseOmaKela" },
  { type: "CHOOSE_METHOD", method: "email" },
  { type: "CHOOSE_METHOD", method: "eidas" },
  { type: "REQUEST_LINK", email: "kadri@example.ee" },
  { type: "OPEN_LINK", link: validLink, at: AT },
  { type: "OPEN_LINK", link: null, at: AT },
  { type: "EIDAS_IDENTIFIED", country: "EE" },
  { type: "EIDAS_IDENTIFIED", country: "DE" },
  { type: "SEND", subject: "Question about my pension", sender: { names: ["Kadri Tamm"] }, reference: "KV-1" },
  { type: "SEND", subject: "Kadri asks", sender: { names: ["Kadri Tamm"] }, reference: "KV-2" },
];

const start = () => initialTransition(secureMessageMachine)[0];
const run = (...sequence: SecureMessageEvent[]) => sequence.reduce<SecureMessageSnapshot>((s, e) => transition(secureMessageMachine, s, e)[0], start());
const leaves = (snapshot: SecureMessageSnapshot) => JSON.stringify(snapshot.value);

describe("secureMessage machine (xstate/graph)", () => {
  it("reaches every state by some path of the sample events", () => {
    const paths = getShortestPaths(secureMessageMachine, { events, serializeState: (s) => leaves(s as SecureMessageSnapshot) });
    const reached = new Set(paths.map((p) => leaves(p.state as SecureMessageSnapshot)));
    const expected = [
      '"audience"',
      '"useOmaKela"',
      '{"request":"chooseMethod"}',
      '{"request":"enterEmail"}',
      '{"request":"linkSent"}',
      '{"request":"eidasIdentification"}',
      '"compose"',
      '"linkRefused"',
      '"sent"',
    ];
    expect([...reached].sort()).toEqual([...expected].sort());
    // Every state maps to a page of its own.
    const steps = new Set(paths.map((p) => stepOf(p.state as SecureMessageSnapshot)));
    expect(steps.size).toBe(expected.length);
  });

  it("the shortest way to a receipt goes through a valid link or eIDAS, never around the subject check", () => {
    const paths = getShortestPaths(secureMessageMachine, {
      events,
      serializeState: (s) => leaves(s as SecureMessageSnapshot),
      toState: (s) => (s as SecureMessageSnapshot).matches("sent"),
    });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const types = path.steps.map((step) => step.event.type);
      expect(types.at(-1)).toBe("SEND");
      expect(types.some((t) => t === "OPEN_LINK" || t === "EIDAS_IDENTIFIED")).toBe(true);
    }
  });
});

describe("secureMessage guards", () => {
  it("K-SECURE-1: only people living abroad who cannot use OmaKela get to ask for a link", () => {
    expect(stepOf(run({ type: "ANSWER_AUDIENCE", audience: "abroadWithoutOmaKela" }))).toBe("method");
    expect(stepOf(run({ type: "ANSWER_AUDIENCE", audience: "canUseOmaKela" }))).toBe("use-omakela");
  });

  it("K-OMAKELA-1: the others are sent to OmaKela and cannot reach the method or email pages", () => {
    const omakela = run({ type: "ANSWER_AUDIENCE", audience: "canUseOmaKela" });
    expect(mayVisit(omakela, "method")).toBe(false);
    expect(mayVisit(omakela, "email")).toBe(false);
    expect(mayVisit(omakela, "use-omakela")).toBe(true);
    // Changing the answer is always possible.
    expect(stepOf(transition(secureMessageMachine, omakela, { type: "ANSWER_AUDIENCE", audience: "abroadWithoutOmaKela" })[0])).toBe("method");
  });

  it("K-SECURE-1: a link opens the compose form only while valid (30 days) and unused", () => {
    expect(stepOf(run({ type: "OPEN_LINK", link: validLink, at: AT }))).toBe("write");
    const expired = run({ type: "OPEN_LINK", link: validLink, at: "2026-12-25T08:00:00.000Z" });
    expect([stepOf(expired), expired.context.refusal]).toEqual(["link-invalid", "expired"]);
    const closed = run({ type: "OPEN_LINK", link: { ...validLink, closedAt: AT }, at: AT });
    expect(closed.context.refusal).toBe("closed");
    const unknown = run({ type: "OPEN_LINK", link: null, at: AT });
    expect(unknown.context.refusal).toBe("unknown");
    // From a refused link one may ask for a new one.
    expect(mayVisit(unknown, "email")).toBe(true);
    expect(stepOf(transition(secureMessageMachine, unknown, { type: "REQUEST_LINK", email: "a@example.com" })[0])).toBe("link-sent");
  });

  it("K-EIDAS-1: Estonian, Spanish and Italian eIDs open the compose form; others do not", () => {
    for (const country of ["EE", "ES", "IT"]) {
      const snapshot = run({ type: "EIDAS_IDENTIFIED", country });
      expect(stepOf(snapshot)).toBe("write");
      expect(snapshot.context.sender).toEqual({ via: "eidas", country });
    }
    expect(stepOf(run({ type: "EIDAS_IDENTIFIED", country: "DE" }))).toBe("method");
    expect(stepOf(run({ type: "ANSWER_AUDIENCE", audience: "abroadWithoutOmaKela" }, { type: "CHOOSE_METHOD", method: "eidas" }))).toBe("eidas");
  });

  it("K-SECURE-2: a subject with the sender's name or an identity code is refused; a clean one is sent", () => {
    const compose = run({ type: "OPEN_LINK", link: validLink, at: AT });
    const send = (subject: string) =>
      transition(secureMessageMachine, compose, { type: "SEND", subject, sender: { names: ["Matti Meikäläinen"] }, reference: "KV-9" })[0];
    expect(stepOf(send("Matti's pension"))).toBe("write");
    expect(stepOf(send("Pension 150384-901U"))).toBe("write");
    const sent = send("Pension while living in Spain");
    expect(stepOf(sent)).toBe("sent");
    expect(sent.context.reference).toBe("KV-9");
  });

  it("a step not reached yet is not visitable; earlier answered ones are (the back button)", () => {
    const fresh = start();
    for (const step of ["method", "email", "link-sent", "write", "sent", "link-invalid"] as const) expect(mayVisit(fresh, step)).toBe(false);
    const linkSent = run(
      { type: "ANSWER_AUDIENCE", audience: "abroadWithoutOmaKela" },
      { type: "CHOOSE_METHOD", method: "email" },
      { type: "REQUEST_LINK", email: "a@example.com" },
    );
    expect(stepOf(linkSent)).toBe("link-sent");
    expect(linkSent.context.email).toBe("a@example.com");
    for (const step of ["start", "method", "email", "link-sent"] as const) expect(mayVisit(linkSent, step)).toBe(true);
    expect(mayVisit(linkSent, "write")).toBe(false);
  });
});
