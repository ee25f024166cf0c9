import { HttpResponse } from "msw";
import { caseSchema, createCaseRequest, type KelaCase } from "~/contracts/kela-api";
import { now } from "~/services/clock.server";
import { mockState } from "../state";
import { createOnce, endpoint, nextId } from "./util";

/** Manual-handling cases: created once per idempotency key, readable by id. */
export const caseHandlers = [
  endpoint("post", "/cases", ({ request }) =>
    createOnce("cases", request, (body) => {
      const parsed = createCaseRequest.safeParse(body);
      if (!parsed.success) return HttpResponse.json({ code: "invalid_request" }, { status: 400 });
      const created: KelaCase = { caseId: nextId("KELA-CASE"), type: parsed.data.type, state: "received", receivedAt: now().toISOString() };
      return caseSchema.parse(created);
    }),
  ),
  endpoint("get", "/cases/:id", ({ params }) => {
    for (const received of mockState.received.get("cases")?.values() ?? []) {
      if (received.result.caseId === params.id) return HttpResponse.json(caseSchema.parse(received.result));
    }
    return HttpResponse.json({ code: "not_found" }, { status: 404 });
  }),
];
