import type { Lang } from "./languages";

/** Messages of some namespaces: { common: { nav: { home: "Etusivu" } }, ... }. */
export type Messages = Record<string, unknown>;
export type TVars = Record<string, string | number>;
export type TFunction = (key: string, vars?: TVars) => string;

export const defaultNamespace = "common";

/**
 * A small translator over the same JSON files i18next reads on the server:
 * "ns:dotted.key", `{{name}}` interpolation and `_one`/`_other` plural suffixes
 * chosen by Intl.PluralRules. It keeps i18next out of the browser bundle.
 */
export function createT(lang: Lang, messages: Messages, onMissing?: (key: string) => void): TFunction {
  const plural = pluralRules(lang);
  return (key, vars) => {
    const [ns, path] = splitKey(key);
    let template: unknown;
    if (vars && typeof vars.count === "number") {
      template = lookup(messages, ns, `${path}_${plural.select(vars.count)}`) ?? lookup(messages, ns, `${path}_other`);
    }
    template ??= lookup(messages, ns, path);
    if (typeof template !== "string") {
      onMissing?.(key);
      return key;
    }
    return interpolate(template, vars);
  };
}

// An Intl object costs far more to make than to use: one per language.
const plurals = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** Whether a key resolves to a string (used for optional texts). */
export function hasKey(messages: Messages, key: string): boolean {
  const [ns, path] = splitKey(key);
  return typeof lookup(messages, ns, path) === "string";
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(":");
  return colon === -1 ? [defaultNamespace, key] : [key.slice(0, colon), key.slice(colon + 1)];
}

function lookup(messages: Messages, ns: string, path: string): unknown {
  let node: unknown = messages[ns];
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function interpolate(template: string, vars?: TVars): string {
  if (!vars) return template;
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}
