import { getInitialSnapshot, transition, type SnapshotFrom } from "xstate";
import { getShortestPaths } from "xstate/graph";
import { describe, expect, it } from "vitest";
import type { CardFacts } from "~/domain/card/facts";
import { applicationOf, canVisit, LOST_CARD_MACHINE_VERSION, lostCardMachine, type JourneyEvent } from "./lostCard";

type Snapshot = SnapshotFrom<typeof lostCardMachine>;

const TODAY = "2026-11-25";
const card = (id: string, orderedOn: string, extra: Partial<CardFacts["cards"][number]> = {}): CardFacts["cards"][number] => ({
  id,
  type: "photoless",
  state: "delivered",
  validUntil: null,
  automatic: false,
  complaint: false,
  photoCardMarkings: [],
  orderedOn,
  ...extra,
});

/** An insured person with a home address in Finland and a card ordered in 2023. */
const base: CardFacts = {
  today: TODAY,
  identifierType: "hetu",
  hasName: true,
  cardWritingBlock: false,
  insuranceStatus: "insured",
  ktMarking: false,
  automaticCardReason: null,
  livesAbroad: false,
  address: "complete",
  cards: [card("c-old", "2023-05-10"), card("c-recent", "2026-11-05")],
};
const f = (extra: Partial<CardFacts>): CardFacts => ({ ...base, ...extra });

const register = (facts: CardFacts): JourneyEvent => ({ type: "REGISTER", facts });
const input = { actorId: "p-actor", targetId: "p-target" };

function run(...events: JourneyEvent[]): Snapshot {
  let snapshot = getInitialSnapshot(lostCardMachine, input);
  for (const event of events) [snapshot] = transition(lostCardMachine, snapshot, event);
  return snapshot;
}
const stateOf = (s: Snapshot) => (typeof s.value === "string" ? s.value : JSON.stringify(s.value));

const lostToCheck: JourneyEvent[] = [
  register(base),
  { type: "ANSWER_REASON", reason: "lost" },
  { type: "ANSWER_LOSS", explanation: "Lost it on the bus" },
  { type: "ANSWER_URGENCY", urgent: false },
  { type: "ANSWER_ADDRESS", address: "confirmed" },
];

describe("lostCard machine: graph", () => {
  it("shortest paths reach every state of the machine", () => {
    const events: JourneyEvent[] = [
      register(base),
      { type: "REGISTER", facts: base, mayApply: false },
      register(f({ identifierType: "kela" })),
      register(f({ insuranceStatus: "pending" })),
      register(f({ hasName: false })),
      register(f({ cardWritingBlock: true })),
      register(f({ automaticCardReason: "name-changed" })),
      register(f({ cards: [card("c-photo", "2009-06-01", { type: "photo" })] })),
      register(f({ ktMarking: true })),
      register(f({ address: "foreign", livesAbroad: true })),
      { type: "ANSWER_REASON", reason: "lost" },
      { type: "ANSWER_REASON", reason: "defective" },
      { type: "ANSWER_REASON", reason: "data-changed" },
      { type: "ANSWER_REASON", reason: "damaged" },
      { type: "ANSWER_LOSS", explanation: "Lost on the bus" },
      { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-recent" },
      { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-old" },
      { type: "ANSWER_DATA_CORRECTED", corrected: true },
      { type: "ANSWER_DATA_CORRECTED", corrected: false },
      { type: "ANSWER_URGENCY", urgent: true },
      { type: "ANSWER_URGENCY", urgent: false },
      { type: "ANSWER_ADDRESS", address: "confirmed" },
      { type: "ANSWER_ADDRESS", address: "incorrect" },
      { type: "CONTINUE" },
      { type: "SUBMIT" },
    ];
    const paths = getShortestPaths(lostCardMachine, {
      input,
      events,
      // A state with the facts it was reached with (the rules branch on them), not every answer.
      serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.facts]),
    });
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    const all = new Set<string>();
    const walk = (node: { key: string; states: Record<string, unknown>; always?: unknown[] }, prefix: string[]) => {
      const children = Object.values(node.states) as (typeof node)[];
      // A state left at once by an eventless ("always") transition is never a resting state.
      if (!children.length && !node.always?.length) {
        const [top, ...rest] = [...prefix, node.key].slice(1);
        all.add(JSON.stringify(rest.length ? { [top!]: rest[0] } : top));
      }
      for (const child of children) walk(child, [...prefix, node.key]);
    };
    walk(lostCardMachine.root as never, []);
    expect(all.size).toBe(23);
    expect([...all].filter((s) => !reached.has(s))).toEqual([]);
  });

  it("has a version for drafts", () => {
    expect(LOST_CARD_MACHINE_VERSION).toBeGreaterThan(0);
  });
});

describe("lostCard machine: eligibility before any question", () => {
  it("C-ELIG-1: an insured person with a name and a Finnish identity code may start with the reason", () => {
    expect(run(register(base)).value).toBe("reason");
  });

  it("C-AUTH-5: someone who may not apply alone (under 15) is sent to a guardian, at any step", () => {
    expect(run({ type: "REGISTER", facts: base, mayApply: false }).value).toBe("askGuardian");
    const atCheck = run(...lostToCheck);
    const stopped = transition(lostCardMachine, atCheck, { type: "REGISTER", facts: base, mayApply: false })[0];
    expect(stopped.value).toBe("askGuardian");
    expect(transition(lostCardMachine, stopped, { type: "GOTO", step: "check" })[0].value).toBe("askGuardian");
    expect(transition(lostCardMachine, stopped, { type: "SUBMIT" })[0].value).toBe("askGuardian");
  });

  it("C-ELIG-2: not insured, unclear or pending insurance stops the journey", () => {
    for (const status of ["not_insured", "unclear", "pending"] as const) {
      expect(run(register(f({ insuranceStatus: status }))).value, status).toBe("notInsured");
    }
  });

  it("C-ELIG-3: no name yet stops the journey", () => {
    expect(run(register(f({ hasName: false }))).value).toBe("noName");
  });

  it("C-ELIG-4: a card-writing block stops the journey", () => {
    expect(run(register(f({ cardWritingBlock: true }))).value).toBe("cardWritingBlock");
  });

  it("C-ELIG-5: an identifier issued by Kela stops the journey (checked first)", () => {
    expect(run(register(f({ identifierType: "kela", insuranceStatus: "pending" }))).value).toBe("kelaIdentifier");
  });

  it("C-AUTO-1: a card coming automatically needs no application", () => {
    expect(run(register(f({ automaticCardReason: "special-reimbursement-decision" }))).value).toBe("automaticCard");
  });

  it("C-PHOTO-1 / C-IDCARD-1: holders of a valid photo card or an old ID card are told first, and may continue", () => {
    const photo = run(register(f({ cards: [card("c-photo", "2009-06-01", { type: "photo" })] })));
    expect(photo.value).toBe("olderCard");
    expect(transition(lostCardMachine, photo, { type: "CONTINUE" })[0].value).toBe("reason");
    const id = run(register(f({ cards: [card("c-id", "2016-08-15", { type: "id_card", state: "expired", validUntil: "2021-08-22" })] })));
    expect(id.value).toBe("olderCard");
    // An expired photo card is just an old card.
    expect(run(register(f({ cards: [card("c-photo", "2009-06-01", { type: "photo", validUntil: "2020-01-01" })] }))).value).toBe("reason");
  });

  it("C-ELIG-2: fresh register facts stop a journey already under way, and it resumes when settled", () => {
    const midway = run(...lostToCheck.slice(0, 3));
    expect(midway.value).toBe("urgency");
    const stopped = transition(lostCardMachine, midway, register(f({ insuranceStatus: "pending" })))[0];
    expect(stopped.value).toBe("notInsured");
    expect(transition(lostCardMachine, stopped, { type: "GOTO", step: "urgency" })[0].value).toBe("notInsured");
    const resumed = transition(lostCardMachine, stopped, register(base))[0];
    expect(resumed.value).toBe("reason");
    expect(resumed.context.answers.lossExplanation).toBe("Lost it on the bus");
  });
});

describe("lostCard machine: the questions", () => {
  it("C-LOST-1: a lost card asks an explanation; an empty one or one with an identity code is not accepted", () => {
    const atLoss = run(register(base), { type: "ANSWER_REASON", reason: "lost" });
    expect(atLoss.value).toBe("lossExplanation");
    expect(transition(lostCardMachine, atLoss, { type: "ANSWER_LOSS", explanation: "   " })[0].value).toBe("lossExplanation");
    expect(transition(lostCardMachine, atLoss, { type: "ANSWER_LOSS", explanation: "code 150384-901U" })[0].value).toBe("lossExplanation");
    expect(transition(lostCardMachine, atLoss, { type: "ANSWER_LOSS", explanation: "x".repeat(1001) })[0].value).toBe("lossExplanation");
    const next = transition(lostCardMachine, atLoss, { type: "ANSWER_LOSS", explanation: "  Stolen with my wallet " })[0];
    expect(next.value).toBe("urgency");
    expect(next.context.answers.lossExplanation).toBe("Stolen with my wallet");
  });

  it("C-DEFECT-1: a card ordered within 60 days is a complaint, an older one a normal order", () => {
    const atCard = run(register(base), { type: "ANSWER_REASON", reason: "defective" });
    expect(atCard.value).toBe("defectiveCard");
    const recent = transition(lostCardMachine, atCard, { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-recent" })[0];
    expect(recent.value).toEqual({ defectiveOutcome: "complaint" });
    const old = transition(lostCardMachine, atCard, { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-old" })[0];
    expect(old.value).toEqual({ defectiveOutcome: "normalOrder" });
    // Day 60 is still inside the window, day 61 is not.
    const edge = (orderedOn: string) =>
      run(register(f({ cards: [card("c-x", orderedOn)] })), { type: "ANSWER_REASON", reason: "defective" }, { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-x" }).value;
    expect(edge("2026-09-26")).toEqual({ defectiveOutcome: "complaint" });
    expect(edge("2026-09-25")).toEqual({ defectiveOutcome: "normalOrder" });
    // A card that is not the person's is not accepted.
    expect(transition(lostCardMachine, atCard, { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-someone-else" })[0].value).toBe("defectiveCard");
  });

  it("C-DATA-1 / C-RENEW-1: changed data must be corrected in the register first", () => {
    const atData = run(register(base), { type: "ANSWER_REASON", reason: "data-changed" });
    expect(atData.value).toBe("dataChanged");
    expect(transition(lostCardMachine, atData, { type: "ANSWER_DATA_CORRECTED", corrected: false })[0].value).toBe("dataNotCorrected");
    expect(transition(lostCardMachine, atData, { type: "ANSWER_DATA_CORRECTED", corrected: true })[0].value).toBe("urgency");
  });

  it("C-TEMP-1 / C-TEMP-2: needing the card sooner tells about the temporary certificate, except with the KT marking", () => {
    const urgent = { type: "ANSWER_URGENCY", urgent: true } as const;
    expect(run(register(base), { type: "ANSWER_REASON", reason: "damaged" }, urgent).value).toBe("temporaryCertificate");
    expect(run(register(f({ ktMarking: true })), { type: "ANSWER_REASON", reason: "damaged" }, urgent).value).toBe("noTemporaryCertificate");
    expect(run(register(base), { type: "ANSWER_REASON", reason: "damaged" }, { type: "ANSWER_URGENCY", urgent: false }).value).toBe("delivery");
  });

  it("C-DATA-1: an address the user says is wrong stops the journey; no address needs no confirmation", () => {
    const atDelivery = run(register(base), { type: "ANSWER_REASON", reason: "damaged" }, { type: "ANSWER_URGENCY", urgent: false });
    expect(transition(lostCardMachine, atDelivery, { type: "ANSWER_ADDRESS", address: "incorrect" })[0].value).toBe("addressIncorrect");
    expect(transition(lostCardMachine, atDelivery, { type: "ANSWER_ADDRESS", address: "no-address" })[0].value).toBe("delivery");
    const noAddress = run(register(f({ address: "missing" })), { type: "ANSWER_REASON", reason: "damaged" }, { type: "ANSWER_URGENCY", urgent: false });
    expect(transition(lostCardMachine, noAddress, { type: "ANSWER_ADDRESS", address: "confirmed" })[0].value).toBe("delivery");
    expect(transition(lostCardMachine, noAddress, { type: "ANSWER_ADDRESS", address: "no-address" })[0].value).toBe("check");
  });
});

describe("lostCard machine: check your answers and submission", () => {
  it("a change from check your answers returns there; a new reason asks its follow-up first", () => {
    const atCheck = run(...lostToCheck);
    expect(atCheck.value).toBe("check");
    const atUrgency = transition(lostCardMachine, atCheck, { type: "GOTO", step: "urgency" })[0];
    expect(atUrgency.value).toBe("urgency");
    expect(transition(lostCardMachine, atUrgency, { type: "ANSWER_URGENCY", urgent: false })[0].value).toBe("check");
    const atReason = transition(lostCardMachine, atCheck, { type: "GOTO", step: "reason" })[0];
    const defective = transition(lostCardMachine, atReason, { type: "ANSWER_REASON", reason: "defective" })[0];
    expect(defective.value).toBe("defectiveCard");
    expect(defective.context.answers.lossExplanation).toBeNull();
    const outcome = transition(lostCardMachine, defective, { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-old" })[0];
    expect(transition(lostCardMachine, outcome, { type: "CONTINUE" })[0].value).toBe("check");
    const damaged = transition(lostCardMachine, atReason, { type: "ANSWER_REASON", reason: "damaged" })[0];
    expect(damaged.value).toBe("check");
  });

  it("a step not yet allowed cannot be reached with GOTO", () => {
    const atReason = run(register(base));
    for (const step of ["check", "delivery", "urgency", "lossExplanation", "addressIncorrect"] as const) {
      expect(transition(lostCardMachine, atReason, { type: "GOTO", step })[0].value, step).toBe("reason");
      expect(canVisit(step, atReason.context), step).toBe(false);
    }
    expect(transition(lostCardMachine, atReason, { type: "SUBMIT" })[0].value).toBe("reason");
  });

  it("C-DELIV-1: a complete application is ordered for home delivery", () => {
    const done = transition(lostCardMachine, run(...lostToCheck), { type: "SUBMIT" })[0];
    expect(done.value).toBe("ordered");
    expect(done.status).toBe("done");
    expect(applicationOf(done.context)).toEqual({
      reason: "lost",
      lossExplanation: "Lost it on the bus",
      replacesCardId: null,
      complaint: false,
      urgent: false,
      delivery: { method: "home", viaOffice: false, manualReasons: [] },
    });
  });

  it("C-DELIV-3: with the KT marking the card is ordered via the office", () => {
    const events = [register(f({ ktMarking: true })), ...lostToCheck.slice(1)];
    const done = transition(lostCardMachine, run(...events), { type: "SUBMIT" })[0];
    expect(done.value).toBe("ordered");
    expect(applicationOf(done.context).delivery).toEqual({ method: "office", viaOffice: true, manualReasons: [] });
  });

  it("C-DELIV-4: a foreign, incomplete or missing address, or living abroad, goes to manual handling", () => {
    for (const extra of [{ address: "foreign", livesAbroad: true }, { address: "incomplete" }, { livesAbroad: true }] as Partial<CardFacts>[]) {
      const events = [register(f(extra)), ...lostToCheck.slice(1)];
      expect(transition(lostCardMachine, run(...events), { type: "SUBMIT" })[0].value, JSON.stringify(extra)).toBe("manualHandling");
    }
    const missing = [register(f({ address: "missing" })), ...lostToCheck.slice(1, 4), { type: "ANSWER_ADDRESS", address: "no-address" } as const];
    expect(transition(lostCardMachine, run(...missing), { type: "SUBMIT" })[0].value).toBe("manualHandling");
  });

  it("C-DEFECT-1: the application of a recent defective card is a complaint", () => {
    const done = run(
      register(base),
      { type: "ANSWER_REASON", reason: "defective" },
      { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-recent" },
      { type: "CONTINUE" },
      { type: "ANSWER_URGENCY", urgent: false },
      { type: "ANSWER_ADDRESS", address: "confirmed" },
      { type: "SUBMIT" },
    );
    expect(done.value).toBe("ordered");
    expect(applicationOf(done.context)).toMatchObject({ reason: "defective", replacesCardId: "c-recent", complaint: true });
  });

  it("C-ELIG-6: the application is for the input's target person only", () => {
    const done = transition(lostCardMachine, run(...lostToCheck), { type: "SUBMIT" })[0];
    expect(done.context.targetId).toBe("p-target");
    expect(done.context.actorId).toBe("p-actor");
  });

  it(`stays at check when the facts changed under it (a chosen card no longer in use)`, () => {
    const events = [
      register(base),
      { type: "ANSWER_REASON", reason: "defective" },
      { type: "ANSWER_DEFECTIVE_CARD", cardId: "c-recent" },
      { type: "CONTINUE" },
      { type: "ANSWER_URGENCY", urgent: false },
      { type: "ANSWER_ADDRESS", address: "confirmed" },
      register(f({ cards: [card("c-old", "2023-05-10")] })),
    ] as JourneyEvent[];
    const atCheck = run(...events);
    expect(stateOf(atCheck)).toBe("check");
    expect(stateOf(transition(lostCardMachine, atCheck, { type: "SUBMIT" })[0])).toBe("check");
  });
});
