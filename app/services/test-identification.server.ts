import { getEnv } from "~/env.server";
import { fixturePersons, testIdentities } from "../../mocks/fixtures/persons";

/**
 * The test identification of DESIGN.md: in mock mode only, the fixture persons
 * stand in for Suomi.fi and eIDAS identification. Outside mock mode every
 * function here refuses, so the shortcut cannot exist in production.
 */
export function testIdentificationEnabled(): boolean {
  return getEnv().MOCKS;
}

function assertEnabled(): void {
  if (!testIdentificationEnabled()) throw new Response("Not found", { status: 404 });
}

/** The persons a tester can identify as (everyone with a Finnish identity code). */
export function listTestIdentities() {
  assertEnabled();
  return testIdentities;
}

/** The eIDAS identifier the test identification returns for a country. */
export function testEidasIdentity(country: "EE" | "ES" | "IT"): { country: "EE" | "ES" | "IT"; id: string } | null {
  assertEnabled();
  const fixture = fixturePersons.find((f) => f.eidas?.country === country);
  return fixture?.eidas ?? null;
}
