import { suomifiDesignTokens as tokens } from "suomifi-design-tokens";

/**
 * The Suomi.fi design tokens as CSS custom properties (the package ships JS
 * and SCSS only; we use plain CSS). `npm run tokens` writes
 * app/styles/tokens.generated.css; a test fails when it is out of date.
 */
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([a-z])(\d)/g, "$1-$2").toLowerCase();

export function tokensCss(): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(tokens.colors)) lines.push(`  --fi-color-${kebab(name)}: ${value};`);
  for (const [name, value] of Object.entries(tokens.spacing)) lines.push(`  --fi-spacing-${kebab(name)}: ${value};`);
  for (const [name, value] of Object.entries(tokens.radiuses)) lines.push(`  --fi-radius-${kebab(name)}: ${value};`);
  for (const [name, value] of Object.entries(tokens.shadows)) lines.push(`  --fi-shadow-${kebab(name)}: ${value};`);
  for (const [name, value] of Object.entries(tokens.transitions)) lines.push(`  --fi-transition-${kebab(name)}: ${value};`);
  const typography = tokens.values.typography as unknown as Record<string, { fontFamily: string; fontSize: { value: number; unit: string | null }; lineHeight: { value: number }; fontWeight: number }>;
  for (const [name, t] of Object.entries(typography)) {
    const size = `${t.fontSize.value}${t.fontSize.unit ?? "px"}`;
    lines.push(`  --fi-text-${kebab(name)}: ${t.fontWeight} ${size}/${t.lineHeight.value} ${t.fontFamily};`);
  }
  return `/* Generated from suomifi-design-tokens by scripts/tokens-css.ts. Do not edit. */\n:root {\n${lines.join("\n")}\n}\n`;
}

if (process.argv[1]?.endsWith("tokens-css.ts")) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync("app/styles/tokens.generated.css", tokensCss());
}
