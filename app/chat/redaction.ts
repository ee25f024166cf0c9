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

const CODE_WORDS =
  /\b(henkilötunnu\w*|hetu\w*|sotu\w*|personbeteckning\w*|personnummer\w*|(personal )?identity code|personal (id )?(code|number)|id (code|number)|social security number|ssn|henkilönumer\w*|personnumret)\b/giu;

/**
 * The text the bot analyses: identity codes removed, and with them the words that named them
 * ("my identity code is …, where is my card?" asks only where the card is).
 */
export function analysisText(message: string): { text: string; redacted: string; hadHetu: boolean } {
  const { text: redacted, hadHetu } = redactMessage(message);
  const text = hadHetu ? withoutPlaceholders(redacted).replace(CODE_WORDS, " ") : withoutPlaceholders(redacted);
  return { text, redacted, hadHetu };
}
