import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languages } from "./languages";

const root = join(__dirname, "../../locales");

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  if (!value || typeof value !== "object") throw new Error(`${prefix}: not a string or object`);
  return Object.entries(value).reduce<Record<string, string>>(
    (all, [key, inner]) => Object.assign(all, flatten(inner, prefix ? `${prefix}.${key}` : key)),
    {},
  );
}

const load = (lang: string, ns: string) => flatten(JSON.parse(readFileSync(join(root, lang, `${ns}.json`), "utf8")));
const namespacesOf = (lang: string) => readdirSync(join(root, lang)).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("locales", () => {
  it("every language has the same namespaces", () => {
    for (const lang of languages) expect(namespacesOf(lang), lang).toEqual(namespacesOf("fi"));
  });

  for (const ns of namespacesOf("fi")) {
    it(`${ns}: same keys in fi, sv and en, none empty, same {{variables}}`, () => {
      const fi = load("fi", ns);
      for (const lang of languages) {
        const other = load(lang, ns);
        const missing = Object.keys(fi).filter((k) => !(k in other));
        const extra = Object.keys(other).filter((k) => !(k in fi));
        expect({ lang, missing, extra }).toEqual({ lang, missing: [], extra: [] });
        for (const [key, text] of Object.entries(other)) {
          expect(text.trim(), `${lang}/${ns}:${key}`).not.toBe("");
          expect(variables(text), `${lang}/${ns}:${key}`).toEqual(variables(fi[key]!));
        }
      }
    });
  }

  it("Swedish texts call Kela FPA (GLOSSARY.md), except in proper names of addresses", () => {
    for (const ns of namespacesOf("sv")) {
      for (const [key, text] of Object.entries(load("sv", ns))) {
        const withoutEmails = text.replace(/[\w.-]+@kela\.fi/g, "").replace(/https?:\/\/\S+/g, "");
        expect(/\bKela\b|Kela-kort|OmaKela/.test(withoutEmails), `sv/${ns}:${key}: ${text}`).toBe(false);
      }
    }
  });
});

/** Every literal key the code asks for exists (a typo fails here, not in front of a user). */
describe("translation keys used in code", () => {
  const sourceDirs = ["app", "machines"].map((d) => join(__dirname, "../..", d));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(tsx?|ts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
    }
  };
  sourceDirs.forEach(walk);

  it("exist in every language", () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/\bt\(\s*"([a-zA-Z0-9_]+:)?([a-zA-Z0-9_.]+)"/g)) {
        const ns = match[1] ? match[1].slice(0, -1) : "common";
        const key = match[2]!;
        for (const lang of languages) {
          let all: Record<string, string>;
          try {
            all = load(lang, ns);
          } catch {
            missing.push(`${file}: ${lang}/${ns} does not exist`);
            continue;
          }
          const plural = Object.keys(all).some((k) => k.startsWith(`${key}_`));
          if (!(key in all) && !plural) missing.push(`${file.replace(/.*\/(app|machines)\//, "$1/")}: ${lang}/${ns}:${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
