import { HttpResponse } from "msw";
import {
  cardListSchema,
  custodySchema,
  guardianshipSchema,
  insuranceSchema,
  mandatesSchema,
  personSchema,
  personSearchRequest,
  type RelatedPerson,
} from "~/contracts/kela-api";
import { now } from "~/services/clock.server";
import { displayName, fixturePersons, type FixturePerson } from "../fixtures/persons";
import { placedCardsOf } from "./card-orders";
import { endpoint } from "./util";

const byId = (id: string | readonly string[] | undefined) => fixturePersons.find((f) => f.person.id === id);

function related(f: FixturePerson): RelatedPerson {
  return { personId: f.person.id, name: displayName(f.person), birthDate: f.person.birthDate };
}

function notFound() {
  return HttpResponse.json({ code: "not_found" }, { status: 404 });
}

/** Persons, insurance, cards and the relations that give authority to act for someone. */
export const personHandlers = [
  endpoint("post", "/persons/search", async ({ request }) => {
    const query = personSearchRequest.safeParse(await request.json().catch(() => null));
    if (!query.success) return HttpResponse.json({ code: "invalid_request" }, { status: 400 });
    const q = query.data;
    const found =
      "hetu" in q
        ? fixturePersons.find((f) => f.person.identifier.type === "hetu" && f.person.identifier.value === q.hetu.toUpperCase())
        : fixturePersons.find((f) => f.eidas?.country === q.eidas.country && f.eidas?.id === q.eidas.id);
    return found ? HttpResponse.json(personSchema.parse(found.person)) : notFound();
  }),
  endpoint("get", "/persons/:id", ({ params }) => {
    const f = byId(params.id);
    return f ? HttpResponse.json(personSchema.parse(f.person)) : notFound();
  }),
  endpoint("get", "/persons/:id/insurance", ({ params }) => {
    const f = byId(params.id);
    return f ? HttpResponse.json(insuranceSchema.parse(f.insurance)) : notFound();
  }),
  endpoint("get", "/persons/:id/cards", ({ params }) => {
    const f = byId(params.id);
    // Cards ordered through the portal (POST /card-orders) join the fixture cards.
    return f ? HttpResponse.json(cardListSchema.parse({ cards: [...f.cards(now()), ...placedCardsOf(f.person.id)] })) : notFound();
  }),
  endpoint("get", "/persons/:id/custody", ({ params }) => {
    const f = byId(params.id);
    if (!f) return notFound();
    const children = (f.custodyOf ?? []).map(byId).filter((c): c is FixturePerson => !!c).map(related);
    return HttpResponse.json(custodySchema.parse({ children }));
  }),
  endpoint("get", "/persons/:id/guardianship", ({ params }) => {
    const f = byId(params.id);
    if (!f) return notFound();
    const wards = (f.guardianOf ?? []).map(byId).filter((w): w is FixturePerson => !!w).map(related);
    const guardians = fixturePersons
      .filter((g) => g.guardianOf?.includes(f.person.id))
      .map((g) => ({ personId: g.person.id, name: displayName(g.person) ?? "" }));
    return HttpResponse.json(guardianshipSchema.parse({ wards, guardians }));
  }),
  endpoint("get", "/persons/:id/mandates", ({ params }) => {
    const f = byId(params.id);
    if (!f) return notFound();
    const received = (f.mandatesFrom ?? []).flatMap((m) => {
      const principal = byId(m.principalId);
      return principal ? [{ principal: related(principal), scope: m.scope, validUntil: m.validUntil }] : [];
    });
    return HttpResponse.json(mandatesSchema.parse({ received }));
  }),
  endpoint("get", "/health", () => HttpResponse.json({ status: "ok" })),
];
