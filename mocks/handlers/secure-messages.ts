import { HttpResponse } from "msw";
import { createSecureMessageRequest, secureMessageReceiptSchema } from "~/contracts/kela-api";
import { now } from "~/services/clock.server";
import { createOnce, endpoint, nextId } from "./util";

/** KV-keskus's secure-message inbox: one message per idempotency key (K-SECURE-1, K-EIDAS-1). */
export const secureMessageHandlers = [
  endpoint("post", "/secure-messages", ({ request }) =>
    createOnce("secure-messages", request, (body) => {
      const parsed = createSecureMessageRequest.safeParse(body);
      if (!parsed.success) return HttpResponse.json({ code: "invalid_request" }, { status: 400 });
      return secureMessageReceiptSchema.parse({
        messageId: nextId("KV-MSG"),
        reference: parsed.data.reference,
        receivedAt: now().toISOString(),
      });
    }),
  ),
];
