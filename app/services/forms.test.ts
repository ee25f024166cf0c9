import { describe, expect, it } from "vitest";
import { anonymousVisitor, BASE, postForm } from "../../tests/helpers/http";
import { readForm } from "./forms.server";

async function status(request: Request) {
  try {
    await readForm(request);
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("readForm", () => {
  it("accepts a same-origin form with the session's CSRF token", async () => {
    const visitor = await anonymousVisitor();
    const { form } = await readForm(postForm("/fi/x", visitor, { a: "1" }, { headers: { origin: BASE } }));
    expect(form.get("a")).toBe("1");
  });

  it("takes control characters out of every text value (PostgreSQL cannot store U+0000), keeping spaces and files", async () => {
    const visitor = await anonymousVisitor();
    const { form } = await readForm(postForm("/fi/x", visitor, { a: " x\u0000y ", b: "rivi\r\ntoinen\u0007" }));
    expect(form.get("a")).toBe(" xy ");
    expect(form.get("b")).toBe("rivi\r\ntoinen");

    const multipart = new FormData();
    multipart.set("csrf", visitor.csrf);
    multipart.set("subject", "Aihe\u0000");
    multipart.set("document", new File([Buffer.from("%PDF-1.4\n")], "valtakirja.pdf", { type: "application/pdf" }));
    const encoded = new Response(multipart);
    const body = Buffer.from(await encoded.arrayBuffer());
    const request = new Request(`${BASE}/fi/x`, {
      method: "POST",
      headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length), cookie: visitor.cookie, origin: BASE },
      body,
    });
    const read = (await readForm(request, { files: { maxFiles: 1, maxFileBytes: 1024 } })).form;
    expect(read.get("subject")).toBe("Aihe");
    const file = read.get("document") as File;
    expect(file.name).toBe("valtakirja.pdf");
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe("%PDF-1.4\n");
  });

  it("refuses a missing or wrong CSRF token with 403", async () => {
    const visitor = await anonymousVisitor();
    expect(await status(postForm("/fi/x", visitor, { a: "1" }, { csrf: false }))).toBe(403);
    expect(await status(postForm("/fi/x", visitor, { a: "1", csrf: "forged" }, { csrf: false }))).toBe(403);
    expect(await status(postForm("/fi/x", undefined, { a: "1" }))).toBe(403);
  });

  it("refuses another origin, other content types and oversized bodies", async () => {
    const visitor = await anonymousVisitor();
    expect(await status(postForm("/fi/x", visitor, { a: "1" }, { headers: { origin: "https://evil.example" } }))).toBe(403);
    const json = new Request(`${BASE}/fi/x`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "2", cookie: visitor.cookie },
      body: "{}",
    });
    expect(await status(json)).toBe(415);
    expect(await status(postForm("/fi/x", visitor, { big: "x".repeat(70_000) }))).toBe(413);
  });
});
