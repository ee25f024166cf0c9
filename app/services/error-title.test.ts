import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { errorTitlePrefix, prefixFirstTitle } from "./error-title.server";

const context = (actionData: Record<string, unknown> | null, lang = "sv") =>
  ({ staticHandlerContext: { actionData, loaderData: { root: { lang } } } }) as unknown as Parameters<typeof errorTitlePrefix>[0];

async function through(prefix: string, chunks: Buffer[]): Promise<string> {
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(prefixFirstTitle(prefix))) out.push(Buffer.from(chunk));
  return Buffer.concat(out).toString("utf8");
}

describe("error title prefix (GOV.UK: Virhe: / Fel: / Error:)", () => {
  it("applies only when some route's action data has a non-empty errors object, in the root's language", () => {
    expect(errorTitlePrefix(context(null))).toBeNull();
    expect(errorTitlePrefix(context({ "routes/x": { ok: true } }))).toBeNull();
    expect(errorTitlePrefix(context({ "routes/x": { errors: {} } }))).toBeNull();
    expect(errorTitlePrefix(context({ "routes/x": { errors: { reason: undefined } } }))).toBeNull();
    expect(errorTitlePrefix(context({ "routes/x": { errors: { reason: "Välj" }, values: {} } }))).toBe("Fel: ");
    expect(errorTitlePrefix(context({ "routes/x": { errors: { a: "x" } } }, "fi"))).toBe("Virhe: ");
    expect(errorTitlePrefix(context({ "routes/x": { errors: { a: "x" } } }, "en"))).toBe("Error: ");
  });

  it("prefixes the first <title> only, even when the tag and a multi-byte letter straddle chunks", async () => {
    const html = "<html><head><meta charset=utf-8><title>Miksi tarvitset uuden kortin? – Kela-kortti ja kansainväliset asiat</title></head><body><title>not this</title>ä</body></html>";
    const bytes = Buffer.from(html, "utf8");
    for (const size of [1, 3, 5, 7, 64, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const result = await through("Virhe: ", chunks);
      expect(result, `chunk size ${size}`).toBe(html.replace("<title>Miksi", "<title>Virhe: Miksi"));
    }
  });
});
