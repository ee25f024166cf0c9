import { describe, expect, it } from "vitest";
import {
  checkMessageFields,
  findPersonalDataInSubject,
  isValidEmail,
  linkExpiresAt,
  linkState,
  mayUseSecureEmail,
  normalizeEmail,
} from "./secure-message";

describe("secure-message rules", () => {
  it("K-SECURE-1: a link expires exactly 30 days after it was created", () => {
    const created = new Date("2026-11-25T08:00:00Z");
    const expires = linkExpiresAt(created);
    expect(expires.toISOString()).toBe("2026-12-25T08:00:00.000Z");
    const link = { expiresAt: expires, closedAt: null };
    expect(linkState(link, new Date(expires.getTime() - 60_000))).toBe("valid");
    expect(linkState(link, expires)).toBe("expired");
    expect(linkState(link, new Date(expires.getTime() + 60_000))).toBe("expired");
  });

  it("K-SECURE-1: a used (closed) link and an unknown token are refused, with different reasons", () => {
    const at = new Date("2026-11-26T08:00:00Z");
    expect(linkState({ expiresAt: "2026-12-25T08:00:00Z", closedAt: "2026-11-25T09:00:00Z" }, at)).toBe("closed");
    expect(linkState(null, at)).toBe("unknown");
  });

  it("K-SECURE-1: secure email is for those living abroad who cannot use OmaKela", () => {
    expect(mayUseSecureEmail("abroadWithoutOmaKela")).toBe(true);
    expect(mayUseSecureEmail("canUseOmaKela")).toBe(false);
  });

  it("K-SECURE-2: a subject with a personal identity code is refused (any century sign, any case)", () => {
    const sender = { names: ["Matti Meikäläinen"] };
    expect(findPersonalDataInSubject("Kela card 150384-901U", sender)).toBe("hetu");
    expect(findPersonalDataInSubject("about 200518a903p please", sender)).toBe("hetu");
    expect(findPersonalDataInSubject("Pension question 2026", sender)).toBeNull();
  });

  it("K-SECURE-2: a subject with the sender's name is refused: whole name or a part, any case, with or without accents", () => {
    const sender = { names: ["Matti Meikäläinen"] };
    expect(findPersonalDataInSubject("Matti Meikäläinen: pension", sender)).toBe("name");
    expect(findPersonalDataInSubject("question from MATTI", sender)).toBe("name");
    expect(findPersonalDataInSubject("Meikalainen family", sender)).toBe("name");
    // A part inside another word is not the name ("Mattila" is a place name, too).
    expect(findPersonalDataInSubject("Office in Mattila", sender)).toBeNull();
    const lucia = { names: ["Lucía García López"] };
    expect(findPersonalDataInSubject("Pregunta de Lucia", lucia)).toBe("name");
    expect(findPersonalDataInSubject("Moving to Spain", lucia)).toBeNull();
  });

  it("K-SECURE-2: short name parts only count as the whole name; an email address is personal data", () => {
    const sender = { names: ["Li Wu"] };
    expect(findPersonalDataInSubject("Wu Li", sender)).toBeNull();
    expect(findPersonalDataInSubject("from li wu", sender)).toBe("name");
    expect(findPersonalDataInSubject("reply to someone@example.com", { names: [] })).toBe("email");
    expect(findPersonalDataInSubject("anything", { names: [null, undefined, ""] })).toBeNull();
  });

  it("email addresses: one mailbox, no header tricks; normalised to lower case", () => {
    expect(isValidEmail("kadri.tamm@example.ee")).toBe(true);
    expect(isValidEmail("kadri@example")).toBe(false);
    expect(isValidEmail("a@b.c, x@y.z")).toBe(false);
    expect(isValidEmail("a@b.com\r\nBcc: x@y.z")).toBe(false);
    expect(isValidEmail("<a@b.com>")).toBe(false);
    expect(isValidEmail(`${"a".repeat(250)}@b.com`)).toBe(false);
    expect(normalizeEmail("  Kadri.Tamm@Example.EE ")).toBe("kadri.tamm@example.ee");
  });

  it("the compose form asks a link user for a name; every field has a length limit", () => {
    expect(checkMessageFields({ name: "", subject: "", message: "" }, { askName: true })).toEqual({ name: "required", subject: "required", message: "required" });
    expect(checkMessageFields({ name: "", subject: "s", message: "m" }, { askName: false })).toEqual({});
    expect(checkMessageFields({ name: "n", subject: "s".repeat(101), message: "m".repeat(8001) }, { askName: true })).toEqual({ subject: "tooLong", message: "tooLong" });
  });
});
