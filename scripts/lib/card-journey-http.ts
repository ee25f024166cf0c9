/**
 * Many card applications over plain HTTP at once, for the two-instance test
 * and the benchmarks: who can apply (ORDERING_PAIRS), signing each pair in
 * (acting for the target when it is someone else), and the timed final
 * submit. The HTTP itself is PortalClient's (portal-client.ts).
 */
import { fixturePersons } from "../../mocks/fixtures/persons";
import { journeyToCheck, PortalClient, submitApplication } from "./portal-client";

/**
 * Who may order a card on the fixture date (DESIGN.md's fixture persons), by
 * person id: [actor, target]. Each pair can have one open draft at a time, so
 * these are as many applications as can wait to be submitted at once.
 */
export const ORDERING_PAIRS: readonly (readonly [string, string])[] = [
  ...["p-matti", "p-liisa", "p-eetu", "p-venla", "p-sven", "p-tiina", "p-aili", "p-pekka", "p-eino", "p-helena", "p-kalle", "p-henna", "p-kassa", "p-maija", "p-ville"].map(
    (id) => [id, id] as const,
  ),
  ["p-matti", "p-aino"],
  ["p-matti", "p-veeti"],
  ["p-liisa", "p-eetu"],
  ["p-pekka", "p-aili"],
  ["p-helena", "p-eino"],
];

/** One signed-in session (acting for the pair's target). Labels name person ids, never identity codes. */
export type Applicant = { label: string; client: PortalClient };

const hetuOf = (personId: string) => {
  const fixture = fixturePersons.find((f) => f.person.id === personId && f.person.identifier.type === "hetu");
  if (!fixture) throw new Error(`No fixture person ${personId} with an identity code`);
  return fixture.person.identifier.value;
};

/** Signs `actor` in at `baseUrl` (a balancer or an instance) and, for someone else, chooses to act for `target`. */
export async function signInApplicant(baseUrl: string, [actor, target]: readonly [string, string]): Promise<Applicant> {
  const label = actor === target ? actor : `${actor}→${target}`;
  const client = await PortalClient.signIn(baseUrl, hetuOf(actor));
  if (actor !== target) {
    const chosen = await client.post("/fi/act-for", { choice: target });
    if (chosen.status !== 302 || !chosen.location?.includes("chosen=1")) throw new Error(`${label}: acting for the target was refused (${chosen.status})`);
  }
  return { label, client };
}

/** Answers the journey up to "check your answers"; the draft id its form submits. */
export async function prepareDraft(applicant: Applicant): Promise<string> {
  try {
    return await journeyToCheck(applicant.client);
  } catch (error) {
    throw new Error(`${applicant.label}: ${error instanceof Error ? error.message : error}`);
  }
}

export type SubmitAnswer = { status: number; accepted: boolean; ms: number };

/** The final POST of the application, timed; accepted is the redirect to the confirmation. */
export async function submitDraft(applicant: Applicant, draft: string): Promise<SubmitAnswer> {
  const started = performance.now();
  const answer = await submitApplication(applicant.client, draft);
  return { status: answer.status, accepted: answer.status === 302 && answer.location === "/fi/kela-card/apply/confirmation", ms: performance.now() - started };
}
