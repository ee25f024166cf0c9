import { json, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { cleanText } from "~/domain/text";
import { langFromAcceptLanguage, langOfPath, languages } from "~/i18n/languages";
import { chatRateLimit, handleChatMessage, MAX_MESSAGE_LENGTH, ownerOf } from "~/services/chat.server";
import { getSession } from "~/services/session.server";

/**
 * POST /api/chat (DESIGN.md "Chat API", contract):
 * {"message", "lang"?, "conversationId"?} → the bot's reply and the conversation id.
 * Bad input (not JSON, empty, over 2000 characters) → 400 {"error": …}.
 */
const body = z.object({
  message: z.string(),
  lang: z.enum(languages).optional(),
  conversationId: z.string().max(100).optional(),
});

/** Far more than any valid body; larger ones are not even read. */
const MAX_BODY_BYTES = 64 * 1024;
const headers = { "Cache-Control": "no-store" };
const fail = (status: number, error: string, extra: Record<string, string> = {}) => json({ error }, { status, headers: { ...headers, ...extra } });

/** A browser always sends Origin with a cross-site POST: another site's page may not chat in the user's name. */
function crossOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function langOfReferer(request: Request) {
  try {
    return langOfPath(new URL(request.headers.get("referer") ?? "", request.url).pathname);
  } catch {
    return null;
  }
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return fail(405, "method_not_allowed", { Allow: "POST" });
  if (crossOrigin(request)) return fail(403, "cross_origin");
  const limit = await chatRateLimit(request);
  if (!limit.allowed) return fail(429, "rate_limited", { "Retry-After": String(limit.retryAfterSeconds) });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return fail(400, "message_too_long");

  let parsed: z.infer<typeof body>;
  try {
    const result = body.safeParse(JSON.parse(await request.text()));
    if (!result.success) return fail(400, "invalid_body");
    parsed = result.data;
  } catch {
    return fail(400, "invalid_json");
  }
  const message = cleanText(parsed.message);
  if (!message) return fail(400, "empty_message");
  if ([...message].length > MAX_MESSAGE_LENGTH) return fail(400, "message_too_long");

  // Without `lang`, a message that does not show its language is answered in the page's or browser's language.
  const hint = langOfReferer(request) ?? langFromAcceptLanguage(request.headers.get("accept-language"));
  const session = await getSession(request);
  const reply = await handleChatMessage({
    message,
    lang: parsed.lang,
    hint,
    conversationId: parsed.conversationId,
    ownerHash: ownerOf(session),
  });
  return json(reply, { headers });
}

export function loader() {
  return fail(405, "method_not_allowed", { Allow: "POST" });
}
