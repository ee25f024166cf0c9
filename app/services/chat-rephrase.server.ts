import { z } from "zod";
import type { ChatReply } from "~/chat/compose";
import { checkRephrasing } from "~/chat/faithfulness";
import { getEnv } from "~/env.server";
import { log } from "./logger.server";

/**
 * The optional model (off unless CHAT_REPHRASE_URL is set): an
 * OpenAI-compatible chat-completions endpoint that may only reword an answer
 * the bot already found in its answer base. The bot is complete without it.
 * Only rule-based answers are sent (never handovers), with the user's message
 * redacted; the result is checked (faithfulness.ts) and the original answer
 * is used whenever the call fails, is slow, or changes a fact.
 */
const LANGUAGE_NAMES = { fi: "Finnish", sv: "Swedish", en: "English" } as const;

const completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

export function rephraseEnabled(): boolean {
  return !!getEnv().CHAT_REPHRASE_URL;
}

function prompt(reply: ChatReply, question: string) {
  const language = LANGUAGE_NAMES[reply.lang];
  return [
    {
      role: "system",
      content:
        `You reword answers of a public-service chatbot so that they read naturally as a reply to the user's question. ` +
        `Write in ${language}. Use only the facts in ANSWER: do not add, drop or change any fact, number, date, name, address, ` +
        `link or condition, and add no advice of your own. Keep every number exactly as written. ` +
        (reply.lang === "sv" ? "Call the institution FPA and its online service MittFPA. " : "") +
        `Reply with the reworded answer only.`,
    },
    { role: "user", content: `QUESTION: ${question}\n\nANSWER: ${reply.answer}` },
  ];
}

export async function rephrase(reply: ChatReply, redactedQuestion: string): Promise<ChatReply> {
  const env = getEnv();
  if (!env.CHAT_REPHRASE_URL || reply.handoff) return reply;
  try {
    const response = await fetch(`${env.CHAT_REPHRASE_URL.replace(/\/$/, "")}/chat/completions`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(env.CHAT_REPHRASE_API_KEY ? { authorization: `Bearer ${env.CHAT_REPHRASE_API_KEY}` } : {}),
      },
      body: JSON.stringify({ model: env.CHAT_REPHRASE_MODEL, temperature: 0.2, max_tokens: 600, messages: prompt(reply, redactedQuestion) }),
      signal: AbortSignal.timeout(env.CHAT_REPHRASE_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const parsed = completion.safeParse(await response.json());
    if (!parsed.success) throw new Error("unexpected response");
    const text = parsed.data.choices[0]!.message.content.trim();
    const verdict = checkRephrasing(reply.answer, text, reply.lang);
    if (!verdict.ok) {
      log.warn("chat.rephrase_rejected", { reason: verdict.reason, intent: reply.intent });
      return reply;
    }
    return { ...reply, answer: text };
  } catch (error) {
    log.warn("chat.rephrase_failed", { error: error instanceof Error ? error.message : String(error) });
    return reply;
  }
}
