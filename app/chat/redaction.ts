import { containsHetu, redactHetus } from "~/domain/hetu";

/**
 * Personal identity codes in a chat message: detected, replaced before the
 * message is analysed, stored or logged, and never echoed (the bot never
 * repeats what the user wrote).
 */
export const HETU_PLACEHOLDER = "[HETU]";

export function redactMessage(message: string): { text: string; hadHetu: boolean } {
  const hadHetu = containsHetu(message);
  return { text: hadHetu ? redactHetus(message, HETU_PLACEHOLDER) : message, hadHetu };
}

/** The message for analysis: without the placeholder, which is no word of any language. */
export function withoutPlaceholders(text: string): string {
  return text.split(HETU_PLACEHOLDER).join(" ");
}
