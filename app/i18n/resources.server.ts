import { languages, type Lang } from "./languages";
import type { Messages } from "./translate";

// Every locales/{lang}/{ns}.json, bundled into the server build only.
const files = import.meta.glob<{ default: Record<string, unknown> }>("../../locales/*/*.json", { eager: true });

export const resources: Record<Lang, Messages> = { fi: {}, sv: {}, en: {} };
for (const [path, module] of Object.entries(files)) {
  const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
  if (!match) continue;
  const [, lang, ns] = match as unknown as [string, Lang, string];
  if ((languages as readonly string[]).includes(lang)) resources[lang][ns] = module.default;
}

export const namespaces = Object.keys(resources.fi);

/** The namespaces a page needs, for the browser's translator. */
export function pickMessages(lang: Lang, ns: readonly string[]): Messages {
  const picked: Messages = {};
  for (const name of ns) {
    const value = resources[lang][name];
    if (value === undefined) throw new Error(`Unknown locale namespace "${name}"`);
    picked[name] = value;
  }
  return picked;
}
