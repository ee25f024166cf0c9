import { describe, expect, it } from "vitest";
import { initialTransition, transition, type SnapshotFrom } from "xstate";
import { getShortestPaths } from "xstate/graph";
import type { Actor } from "~/domain/authority";
import { proxyAuthorityMachine, type ProxyEvent } from "./proxyAuthority";

type Snapshot = SnapshotFrom<typeof proxyAuthorityMachine>;

const today = { year: 2026, month: 11, day: 25 };
const matti: Actor = { personId: "p-matti", relations: [{ basis: "huoltaja", personId: "p-aino" }, { basis: "huoltaja", personId: "p-veeti" }] };
const pekka: Actor = { personId: "p-pekka", relations: [{ basis: "edunvalvoja", personId: "p-aili" }] };
const helena: Actor = {
  personId: "p-helena",
  relations: [{ basis: "valtuutettu", personId: "p-eino", scope: "social-security-benefits", validUntil: "2029-12-31" }],
};
const pdf = { fileName: "valtakirja.pdf", contentType: "application/pdf", size: 2048 };
const aili = { personId: "p-aili", hetu: "300935-9177" };
const eino = { personId: "p-eino", hetu: "071240-9217" };

const ev = {
  selfAdult: { type: "ACT_FOR_SELF", age: 42 },
  selfUnder15: { type: "ACT_FOR_SELF", age: 14 },
  chooseAino: { type: "CHOOSE", actor: matti, target: { personId: "p-aino", age: 8 }, today },
  chooseEetu: { type: "CHOOSE", actor: matti, target: { personId: "p-eetu", age: 16 }, today },
  changePerson: { type: "CHANGE_PERSON" },
  oral: { type: "SHOW_ORAL_AUTHORISATION" },
  startPoa: { type: "START_POWER_OF_ATTORNEY" },
  startOther: { type: "START_OTHER_PERSON" },
  poa: { type: "SUBMIT_POWER_OF_ATTORNEY", target: eino, declaration: "Eino gave me a written power of attorney on 1 June 2026.", document: pdf },
  otherOk: {
    type: "SUBMIT_OTHER_PERSON",
    target: { ...eino, age: 85, hasEdunvalvoja: false },
    reason: "old-age",
    declaration: "My father is in hospital and cannot use the service.",
  },
  otherWithEdunvalvoja: {
    type: "SUBMIT_OTHER_PERSON",
    target: { ...aili, age: 91, hasEdunvalvoja: true },
    reason: "illness",
    declaration: "She is ill.",
  },
  confirm: { type: "CONFIRM", receiptId: "r-1" },
  cancel: { type: "CANCEL" },
} satisfies Record<string, ProxyEvent>;

function run(...events: ProxyEvent[]): Snapshot {
  let [snapshot] = initialTransition(proxyAuthorityMachine);
  for (const event of events) [snapshot] = transition(proxyAuthorityMachine, snapshot, event);
  return snapshot;
}

const ALL_STATES = [
  "choosing",
  "self.mayApply",
  "self.mustAskGuardian",
  "representing",
  "refused",
  "oralAuthorisation",
  "powerOfAttorney.editing",
  "powerOfAttorney.checking",
  "otherPerson.editing",
  "otherPerson.refused",
  "otherPerson.checking",
  "submitted",
];

const flat = (value: unknown): string =>
  typeof value === "string" ? value : Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}.${flat(v)}`).join(",");

describe("proxyAuthority machine", () => {
  it("reaches every state (xstate/graph shortest paths)", () => {
    const paths = getShortestPaths(proxyAuthorityMachine, {
      events: Object.values(ev) as ProxyEvent[],
      serializeState: (snapshot) => flat(snapshot.value),
    });
    const reached = new Set(paths.map((path) => flat(path.state.value)));
    expect([...reached].sort()).toEqual([...ALL_STATES].sort());
    // Every path replays with plain transitions to the same state (the server does exactly this).
    for (const path of paths) {
      expect(flat(run(...path.steps.map((step) => step.event).slice(1)).value)).toBe(flat(path.state.value));
    }
  });

  it("C-AUTH-1: a person of 15 or over acts for themself and may apply", () => {
    expect(run(ev.selfAdult).matches({ self: "mayApply" })).toBe(true);
  });

  it("C-AUTH-5: a person under 15 is told to ask a guardian", () => {
    expect(run(ev.selfUnder15).matches({ self: "mustAskGuardian" })).toBe(true);
  });

  it("C-AUTH-2: a huoltaja chooses a child in custody; the context names the child and the basis", () => {
    const snapshot = run(ev.chooseAino);
    expect(snapshot.value).toBe("representing");
    expect(snapshot.context.representing).toEqual({ personId: "p-aino", basis: "huoltaja" });
  });

  it("C-AUTH-5: a huoltaja may also act for a child aged 15-17", () => {
    const snapshot = run({ type: "CHOOSE", actor: matti, target: { personId: "p-veeti", age: 17 }, today });
    expect(snapshot.context.representing).toEqual({ personId: "p-veeti", basis: "huoltaja" });
  });

  it("C-AUTH-2: an edunvalvoja chooses the ward", () => {
    const snapshot = run({ type: "CHOOSE", actor: pekka, target: { personId: "p-aili", age: 91 }, today });
    expect(snapshot.context.representing).toEqual({ personId: "p-aili", basis: "edunvalvoja" });
  });

  it("C-AUTH-4: a Suomi.fi mandate holder chooses the mandate giver; another scope is refused", () => {
    expect(run({ type: "CHOOSE", actor: helena, target: { personId: "p-eino", age: 85 }, today }).context.representing).toEqual({
      personId: "p-eino",
      basis: "valtuutettu",
    });
    const taxOnly: Actor = { ...helena, relations: [{ basis: "valtuutettu", personId: "p-eino", scope: "tax-matters", validUntil: null }] };
    const refused = run({ type: "CHOOSE", actor: taxOnly, target: { personId: "p-eino", age: 85 }, today });
    expect(refused.value).toBe("refused");
    expect(refused.context.refusal).toBe("mandate-scope");
  });

  it("C-AUTH-2: a person the back end did not list is refused (tampering), and nothing of theirs is kept", () => {
    const snapshot = run(ev.chooseEetu);
    expect(snapshot.value).toBe("refused");
    expect(snapshot.context).toMatchObject({ representing: null, refusal: "no-authority" });
    // Choosing oneself through CHOOSE is not a representation either.
    expect(run({ type: "CHOOSE", actor: matti, target: { personId: "p-matti", age: 42 }, today }).value).toBe("refused");
  });

  it("C-ELIG-6: representing is always about exactly one person, replaced (not added to) by the next choice", () => {
    const snapshot = run(ev.chooseAino, ev.changePerson, { type: "CHOOSE", actor: matti, target: { personId: "p-veeti", age: 14 }, today });
    expect(snapshot.context.representing).toEqual({ personId: "p-veeti", basis: "huoltaja" });
  });

  it("C-AUTH-4: a written power of attorney: details with an accepted document, check, confirm", () => {
    const checking = run(ev.startPoa, ev.poa);
    expect(checking.matches({ powerOfAttorney: "checking" })).toBe(true);
    expect(checking.context.draft).toMatchObject({ kind: "power-of-attorney", target: eino, document: pdf });
    const done = run(ev.startPoa, ev.poa, ev.confirm);
    expect(done.value).toBe("submitted");
    expect(done.status).toBe("done");
    expect(done.context.receiptId).toBe("r-1");
  });

  it("C-AUTH-4: no document of an accepted type and size, or no declaration: the flow stays on the form", () => {
    const exe = { ...ev.poa, document: { ...pdf, contentType: "application/x-msdownload" } };
    expect(run(ev.startPoa, exe).matches({ powerOfAttorney: "editing" })).toBe(true);
    const huge = { ...ev.poa, document: { ...pdf, size: 10 * 1024 * 1024 + 1 } };
    expect(run(ev.startPoa, huge).matches({ powerOfAttorney: "editing" })).toBe(true);
    expect(run(ev.startPoa, { ...ev.poa, declaration: "  " }).matches({ powerOfAttorney: "editing" })).toBe(true);
  });

  it("C-AUTH-3: other person: a declaration for someone with no edunvalvoja goes to checking and can be sent", () => {
    expect(run(ev.startOther, ev.otherOk).matches({ otherPerson: "checking" })).toBe(true);
    expect(run(ev.startOther, ev.otherOk, ev.confirm).value).toBe("submitted");
  });

  it("C-AUTH-3: other person is refused with the reason when the person has an edunvalvoja; changing goes back to the form", () => {
    const refused = run(ev.startOther, ev.otherWithEdunvalvoja);
    expect(refused.matches({ otherPerson: "refused" })).toBe(true);
    expect(refused.context.refusal).toBe("has-edunvalvoja");
    expect(run(ev.startOther, ev.otherWithEdunvalvoja, ev.confirm).matches({ otherPerson: "refused" })).toBe(true);
    // Corrected details (another person) go on from the refusal.
    expect(run(ev.startOther, ev.otherWithEdunvalvoja, ev.otherOk).matches({ otherPerson: "checking" })).toBe(true);
  });

  it("C-AUTH-3: other person is refused for a minor (the huoltaja applies), and needs a reason and a declaration", () => {
    const minor = { ...ev.otherOk, target: { ...ev.otherOk.target, age: 12 } };
    expect(run(ev.startOther, minor).context.refusal).toBe("minor");
    expect(run(ev.startOther, { ...ev.otherOk, declaration: "" }).matches({ otherPerson: "editing" })).toBe(true);
    expect(run(ev.startOther, { ...ev.otherOk, reason: "bored" as never }).matches({ otherPerson: "editing" })).toBe(true);
  });

  it("details sent again from the check page replace the draft; a refused change keeps the old one; CANCEL forgets it", () => {
    const again = run(ev.startPoa, ev.poa, { ...ev.poa, declaration: "Changed text." });
    expect(again.matches({ powerOfAttorney: "checking" })).toBe(true);
    expect(again.context.draft).toMatchObject({ declaration: "Changed text." });
    const refused = run(ev.startPoa, ev.poa, { ...ev.poa, declaration: "" });
    expect(refused.context.draft).toMatchObject({ declaration: ev.poa.declaration });
    const cancelled = run(ev.startPoa, ev.poa, ev.cancel);
    expect(cancelled.value).toBe("choosing");
    expect(cancelled.context.draft).toBeNull();
  });

  it("C-AUTH-4: oral authorisation is information only: no event submits anything from there", () => {
    const oral = run(ev.oral, ev.poa, ev.otherOk, ev.confirm);
    expect(oral.value).toBe("oralAuthorisation");
    expect(oral.context.receiptId).toBeNull();
  });
});
