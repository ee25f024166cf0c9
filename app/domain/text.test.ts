import { describe, expect, it } from "vitest";
import { cleanText, withoutControlCharacters } from "./text";

describe("cleanText", () => {
  it("removes NUL and other control characters but keeps tabs and line breaks", () => {
    expect(cleanText("a\u0000b\u0007c\td\r\ne\u007f")).toBe("abc\td\r\ne");
  });
  it("replaces a lone surrogate with U+FFFD and keeps real emoji", () => {
    expect(cleanText("x\ud800y 👍")).toBe("x\ufffdy 👍");
  });
  it("withoutControlCharacters keeps the spaces around the text (a form's value as typed)", () => {
    expect(withoutControlCharacters(" a\u0000 ")).toBe(" a ");
  });
  it("cleanText trims, so a message of only control characters is empty", () => {
    expect(cleanText("  \u0000 \u0001 ")).toBe("");
  });
});
