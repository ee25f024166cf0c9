/**
 * Text typed by a user, made safe to store and show: control characters other than tab and line
 * breaks are removed (PostgreSQL cannot store U+0000 in text, and none of them is ever meant), and a
 * lone UTF-16 surrogate becomes U+FFFD so the text is valid UTF-8.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function withoutControlCharacters(value: string): string {
  return value.replace(LONE_SURROGATE, "\ufffd").replace(CONTROL, "");
}

/** The same, trimmed: a message or field of only spaces and control characters is empty. */
export function cleanText(value: string): string {
  return withoutControlCharacters(value).trim();
}
