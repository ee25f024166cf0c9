import { afterAll, describe, expect, it } from "vitest";
import { caughtMail, decodeHeader, parseMail, stopMailCatcher } from "./mail-catcher.server";
import { sendMail } from "./mail.server";

afterAll(() => stopMailCatcher());

describe("mail over SMTP to the in-process catcher (mock mode)", () => {
  it("delivers a UTF-8 mail over SMTP and reads back its subject and text", async () => {
    const text = "Hei Åsa,\n\nLinkki: https://example.test/fi/secure-message/open?token=abc_DEF-123\n\n" + "pitkä rivi ".repeat(20);
    await sendMail({ to: "asa@example.fi", subject: "Linkki suojatun viestin lähettämiseen Kelaan", text, kind: "test" });
    const [mail] = await caughtMail({ to: "ASA@example.fi" });
    expect(mail).toMatchObject({ to: ["asa@example.fi"], subject: "Linkki suojatun viestin lähettämiseen Kelaan" });
    expect(mail!.text).toBe(text.trimEnd());
    expect(mail!.from).toBe("no-reply@kela.example");
    expect(await caughtMail({ to: "nobody@example.fi" })).toEqual([]);
  });

  it("reads encoded words, base64 bodies and the text part of a multipart mail", () => {
    expect(decodeHeader("=?UTF-8?Q?L=C3=A4nk_f=C3=B6r?= =?UTF-8?B?IEZQQQ==?=")).toBe("Länk för FPA");
    const raw = [
      "Subject: =?UTF-8?B?SMOkaQ==?=",
      'Content-Type: multipart/alternative; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from("Tämä on teksti").toString("base64"),
      "--b1",
      "Content-Type: text/html",
      "",
      "<p>html</p>",
      "--b1--",
    ].join("\r\n");
    expect(parseMail(raw)).toEqual({ subject: "Häi", text: "Tämä on teksti" });
  });
});
