import type { Person } from "~/contracts/kela-api";

/** "Matti Meikäläinen", or null when no name is registered yet (C-ELIG-3). */
export function displayName(person: Pick<Person, "firstNames" | "lastName">): string | null {
  if (!person.firstNames && !person.lastName) return null;
  return [person.firstNames, person.lastName].filter(Boolean).join(" ");
}
