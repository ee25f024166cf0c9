import { describe, expect, it } from "vitest";
import { errorTitlePrefix, prefixFirstTitle } from "./error-title.server";

const context = (actionData: Record<string, unknown> | null, lang = "sv") =>
  ({ staticHandlerContext: { actionData, loaderData: { root: { lang } } } }) as unknown as Parameters<typeof errorTitlePrefix>[0];

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

  it("prefixes the first <title> only, and escapes the prefix", () => {
    const html = "<html><head><meta charset=utf-8><title>Miksi tarvitset uuden kortin? – Kela-kortti ja kansainväliset asiat</title></head><body><title>not this</title>ä</body></html>";
    expect(prefixFirstTitle(html, "Virhe: ")).toBe(html.replace("<title>Miksi", "<title>Virhe: Miksi"));
    expect(prefixFirstTitle("<title>x</title>", "<b>&")).toBe("<title>&lt;b&gt;&amp;x</title>");
    expect(prefixFirstTitle("no title", "Virhe: ")).toBe("no title");
  });
});
