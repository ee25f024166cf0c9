import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokensCss } from "./tokens-css";

describe("Suomi.fi design tokens", () => {
  it("app/styles/tokens.generated.css is up to date with the package (run `npm run tokens`)", () => {
    expect(readFileSync("app/styles/tokens.generated.css", "utf8")).toBe(tokensCss());
  });
});
