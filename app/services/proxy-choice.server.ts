import { initialTransition, transition } from "xstate";
import { ageOf } from "~/domain/authority";
import { helsinkiDate } from "~/domain/calendar";
import { containsHetu } from "~/domain/hetu";
import { displayName } from "~/domain/person";
import { proxyAuthorityMachine, type ProxyContext } from "../../machines/proxyAuthority";
import { audit } from "./audit.server";
import { personOrNull, relationsOf } from "./acting-for.server";
import { now } from "./clock.server";
import { httpError } from "./forms.server";
import { updateSession, type Session, type SessionUser } from "./session.server";

export type ChoiceResult = { kind: "self" } | { kind: "representing"; personId: string; name: string | null; basis: string };

/**
 * A posted id is only ever compared with the back end's list; in the audit log it is kept short and
 * plain, and never an identity code (someone may type one where a person id goes).
 */
const auditableId = (value: string) => (/^[\w-]{1,64}$/.test(value) && !containsHetu(value) ? value : "unknown");

/**
 * Sets whom the signed-in person acts for. The posted `choice` is only an id
 * to look up in the back end's fresh list of the actor's relations (C-AUTH-2,
 * C-AUTH-4); the machine decides on those facts. Anything else is refused
 * with 403 and audited, before any data of the claimed person is fetched.
 */
export async function chooseWhomToActFor(user: SessionUser, session: Session, choice: string): Promise<ChoiceResult> {
  if (choice === "self" || choice === user.personId) {
    await updateSession(session, { ...session.data, actingFor: undefined });
    return { kind: "self" };
  }
  const relations = await relationsOf(user.personId);
  const related = relations.some((relation) => relation.personId === choice);
  const person = related ? await personOrNull(choice) : null;

  let decided: ProxyContext["representing"] = null;
  if (person) {
    const today = helsinkiDate(now());
    const [initial] = initialTransition(proxyAuthorityMachine);
    const [next] = transition(proxyAuthorityMachine, initial, {
      type: "CHOOSE",
      actor: { personId: user.personId, relations },
      target: { personId: person.id, age: ageOf(person, today) },
      today,
    });
    if (next.matches("representing")) decided = next.context.representing;
  }

  if (!person || !decided) {
    await audit({
      actorId: user.personId,
      targetId: auditableId(choice),
      basis: "none",
      action: "act-for.denied",
      outcome: "denied",
      details: { reason: related ? "rule" : "not-offered" },
    });
    throw httpError(403, "no_authority");
  }
  const name = displayName(person);
  await updateSession(session, { ...session.data, actingFor: { personId: decided.personId, name, basis: decided.basis } });
  await audit({ actorId: user.personId, targetId: decided.personId, basis: decided.basis, action: "act-for.start", outcome: "allowed" });
  return { kind: "representing", personId: decided.personId, name, basis: decided.basis };
}
