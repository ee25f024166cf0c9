import { HttpResponse } from "msw";
import { cardOrderRequest, cardOrderSchema, type Card, type CardOrder } from "~/contracts/kela-api";
import { addDays, helsinkiDayOf } from "~/domain/card/facts";
import { USUAL_DELIVERY_DAYS } from "~/domain/card/delivery";
import { now } from "~/services/clock.server";
import { fixturePersons } from "../fixtures/persons";
import { receivedOf } from "../state";
import { createOnce, endpoint, nextId } from "./util";

const KIND = "card-orders";

/** New cards ordered through the portal: created once per idempotency key. */
export const cardOrderHandlers = [
  endpoint("post", "/card-orders", ({ request }) =>
    createOnce(KIND, request, (body) => {
      const parsed = cardOrderRequest.safeParse(body);
      if (!parsed.success) return HttpResponse.json({ code: "invalid_request" }, { status: 400 });
      const order = parsed.data;
      if (!fixturePersons.some((f) => f.person.id === order.personId)) {
        return HttpResponse.json({ code: "unknown_person" }, { status: 422 });
      }
      const at = now();
      const created: CardOrder = {
        orderId: nextId("KELA-ORDER"),
        personId: order.personId,
        state: "ordered",
        orderedAt: at.toISOString(),
        complaint: order.complaint,
        delivery: order.delivery,
        estimatedDelivery: addDays(helsinkiDayOf(at), USUAL_DELIVERY_DAYS),
      };
      return cardOrderSchema.parse(created);
    }),
  ),
];

/**
 * The cards the mock back end has ordered for a person through the portal,
 * as its card list shows them (C-VIEW-1: a portal order is not automatic, so
 * it shows at once, in state "ordered").
 */
export function placedCardsOf(personId: string): Card[] {
  const fixture = fixturePersons.find((f) => f.person.id === personId);
  if (!fixture) return [];
  const { person, insurance } = fixture;
  return receivedOf(KIND)
    .map((received) => cardOrderSchema.parse(received.result))
    .filter((order) => order.personId === personId)
    .map((order) => ({
      id: order.orderId,
      type: "photoless",
      state: order.state,
      orderedAt: order.orderedAt,
      issuedAt: null,
      validUntil: null,
      automatic: false,
      sentToManufacturerAt: null,
      complaint: order.complaint,
      contents: {
        name: [person.lastName, person.firstNames].filter(Boolean).join(" ").toUpperCase(),
        identityCode: person.identifier.value,
        issueDate: null,
        insuredUntil: insurance.insuredUntil,
        specialRights: insurance.specialRights,
        ktMarking: insurance.ktMarking,
        workplaceFund: insurance.workplaceFund,
      },
      photoCardMarkings: [],
    }));
}
