import { describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES } from "~/domain/file-type";
import { getDb } from "~/services/db.server";
import { logSink } from "~/services/logger.server";
import { deliverDueOutbox } from "~/services/outbox.server";
import { advanceClock } from "~/services/clock.server";
import { injectFault, receivedOf } from "../../mocks/node";
import { mockState } from "../../mocks/state";
import { BASE, get, postForm, run, signedInVisitor, type Visitor } from "../../tests/helpers/http";
import { action as checkAction, loader as checkLoader } from "./$lang.act-for.$flow.check";
import { loader as casesLoader } from "./$lang.act-for.cases";
import { loader as oralLoader } from "./$lang.act-for.oral";
import { action as otherAction, loader as otherLoader } from "./$lang.act-for.other-person._index";
import { loader as refusedLoader } from "./$lang.act-for.other-person.refused";
import { action as poaAction, loader as poaLoader } from "./$lang.act-for.power-of-attorney._index";

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
const TEXT = new TextEncoder().encode("I hereby authorise my daughter.");
const DECLARATION = "Signed by the person on 2 June 2026; it covers all Kela card matters.";

type Upload = { name: string; bytes: Uint8Array; type?: string };

/** A multipart POST as a browser sends it (Content-Length included, as readForm requires). */
async function postMultipart(path: string, visitor: Visitor, fields: Record<string, string>, file?: Upload): Promise<Request> {
  const form = new FormData();
  form.set("csrf", visitor.csrf);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set("document", file ? new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "application/octet-stream" }) : new File([], ""));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.byteLength), cookie: visitor.cookie },
    body,
  });
}

const poaFields = (hetu = "071240-9217") => ({ hetu, declaration: DECLARATION, confirm: "yes" });
const sendPoa = async (visitor: Visitor, fields: Record<string, string>, file?: Upload, lang = "en") =>
  run(poaAction, await postMultipart(`/${lang}/act-for/power-of-attorney`, visitor, fields, file), { lang });
const check = (visitor: Visitor, flow: string, intent = "confirm") =>
  run(checkAction, postForm(`/en/act-for/${flow}/check`, visitor, { intent }), { lang: "en", flow });
const errorsOf = async (response: Response) => (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };

describe("written power of attorney (C-AUTH-4)", () => {
  it("C-AUTH-4: a wrong type, an oversize file and a renamed executable are refused with clear localised errors; the declaration is kept", async () => {
    const helena = await signedInVisitor("150384-901U");
    const text = await sendPoa(helena, poaFields(), { name: "valtakirja.txt", bytes: TEXT, type: "text/plain" });
    expect(text.status).toBe(422);
    const textBody = await errorsOf(text);
    expect(textBody.errors.document).toBe("The file valtakirja.txt is not a PDF, JPEG or PNG file. Attach the power of attorney in one of these formats.");
    expect(textBody.values).toMatchObject({ hetu: "071240-9217", declaration: DECLARATION, confirm: "yes" });

    const renamed = await sendPoa(helena, poaFields(), { name: "valtakirja.pdf", bytes: EXE, type: "application/pdf" }, "fi");
    expect(renamed.status).toBe(422);
    expect((await errorsOf(renamed)).errors.document).toBe(
      "Tiedoston valtakirja.pdf nimi näyttää PDF-, JPEG- tai PNG-tiedostolta, mutta sen sisältö ei ole sellainen. Liitä aito PDF-, JPEG- tai PNG-tiedosto.",
    );

    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1024);
    big.set(PDF);
    const oversize = await sendPoa(helena, poaFields(), { name: "iso.pdf", bytes: big, type: "application/pdf" }, "sv");
    expect(oversize.status).toBe(422);
    const oversizeBody = await errorsOf(oversize);
    expect(oversizeBody.errors.document).toBe("Filen är större än 10 MB. Bifoga en mindre fil.");
    expect(oversizeBody.values.declaration).toBe(DECLARATION);

    const missing = await sendPoa(helena, poaFields());
    expect((await errorsOf(missing)).errors.document).toBe("Attach the power of attorney as a PDF, JPEG or PNG file.");
    expect(receivedOf("cases")).toEqual([]);
  });

  it("C-AUTH-4: the identity code is validated (checksum, register, not one's own) and all errors are shown at once", async () => {
    const matti = await signedInVisitor("150384-901U");
    const pdf = { name: "v.pdf", bytes: PDF };
    expect((await errorsOf(await sendPoa(matti, { hetu: "071240-921X", declaration: "", confirm: "" }, pdf))).errors).toEqual({
      hetu: "Check the personal identity code: it is not a valid Finnish personal identity code.",
      declaration: "Write the declaration.",
      confirm: "Confirm that you hold a written power of attorney.",
    });
    expect((await errorsOf(await sendPoa(matti, poaFields("010101-123N"), pdf))).errors.hetu).toBe(
      "No person with this personal identity code was found in Kela's register. Check the code.",
    );
    expect((await errorsOf(await sendPoa(matti, poaFields("150384-901U"), pdf))).errors.hetu).toBe(
      "This is your own personal identity code. You can act for yourself without a power of attorney.",
    );
  });

  it("C-AUTH-4: a valid upload goes to 'check your answers', then opens a manual-handling case about the person; the user sees its state", async () => {
    const matti = await signedInVisitor("150384-901U");
    const lines: string[] = [];
    const write = logSink.write;
    logSink.write = (line) => {
      lines.push(line);
      return true;
    };
    try {
      const sent = await sendPoa(matti, poaFields(), { name: "valtakirja.pdf", bytes: PDF, type: "application/pdf" });
      expect(sent.status).toBe(302);
      expect(sent.headers.get("location")).toBe("/en/act-for/power-of-attorney/check");

      const checkPage = await (await run(checkLoader, get("/en/act-for/power-of-attorney/check", matti), { lang: "en", flow: "power-of-attorney" })).json();
      expect(checkPage.answers).toEqual({ hetu: "071240-9217", declaration: DECLARATION, reason: null, document: { name: "valtakirja.pdf", kilobytes: 1 } });
      // Nothing about the person from the register is shown to someone whose authority is not yet approved.
      expect(JSON.stringify(checkPage)).not.toMatch(/Eino|Laine|Kauppakatu/);

      const confirmed = await check(matti, "power-of-attorney");
      expect(confirmed.headers.get("location")).toBe("/en/act-for/cases?sent=1");
      const cases = receivedOf("cases");
      expect(cases).toHaveLength(1);
      expect(cases[0]!.body).toMatchObject({
        type: "power-of-attorney",
        personId: "p-eino",
        submittedBy: { personId: "p-matti", basis: "valtakirja" },
        details: { request: "kela-card", declaration: DECLARATION },
        attachments: [{ fileName: "valtakirja.pdf", contentType: "application/pdf", size: PDF.length }],
      });
      // No card is ordered: only the case exists.
      expect(receivedOf("card-orders")).toEqual([]);

      const list = await (await run(casesLoader, get("/en/act-for/cases?sent=1", matti), { lang: "en" })).json();
      expect(list.sent).toBe(true);
      expect(list.cases).toMatchObject([{ kind: "power-of-attorney", maskedHetu: "071240-****", state: "received" }]);
      expect(list.cases[0].caseId).toMatch(/^KELA-CASE-/);

      // Kela's staff approve it: the user sees the new state.
      const stored = [...mockState.received.get("cases")!.values()][0]!;
      stored.result.state = "approved";
      expect((await (await run(casesLoader, get("/en/act-for/cases", matti), { lang: "en" })).json()).cases[0].state).toBe("approved");
    } finally {
      logSink.write = write;
    }
    expect(lines.join("\n")).not.toMatch(/071240-9217/);
  });

  it("C-AUTH-4: a back-end fault loses nothing: the receipt is kept, the outbox delivers later with the same key, and a second click sends nothing twice", async () => {
    const liisa = await signedInVisitor("021179-902M");
    await sendPoa(liisa, poaFields(), { name: "scan.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]) });
    injectFault("POST", "/cases", "error");
    expect((await check(liisa, "power-of-attorney")).headers.get("location")).toBe("/en/act-for/cases?sent=1");
    // A replayed confirmation finds nothing to send and goes back to the form.
    expect((await check(liisa, "power-of-attorney")).headers.get("location")).toBe("/en/act-for/power-of-attorney");
    expect(receivedOf("cases")).toEqual([]);
    let list = await (await run(casesLoader, get("/en/act-for/cases", liisa), { lang: "en" })).json();
    expect(list.cases).toMatchObject([{ state: "queued", caseId: null }]);
    advanceClock(60_000);
    expect(await deliverDueOutbox()).toBe(1);
    expect(receivedOf("cases")).toHaveLength(1);
    list = await (await run(casesLoader, get("/en/act-for/cases", liisa), { lang: "en" })).json();
    expect(list.cases).toMatchObject([{ state: "received" }]);
    const db = await getDb();
    expect(await db.selectFrom("proxy_cases").select("id").where("actor_id", "=", "p-liisa").execute()).toHaveLength(1);
  });

  it("the check page cannot be skipped to: without a checked draft it redirects to the form; cancelling deletes the draft", async () => {
    const pekka = await signedInVisitor("140462-919W");
    const early = await run(checkLoader, get("/en/act-for/power-of-attorney/check", pekka), { lang: "en", flow: "power-of-attorney" });
    expect(early.status).toBe(302);
    expect(early.headers.get("location")).toBe("/en/act-for/power-of-attorney");
    expect((await run(checkLoader, get("/en/act-for/nonsense/check", pekka), { lang: "en", flow: "nonsense" })).status).toBe(404);
    // A post without the CSRF token is refused before anything else, whatever the URL says.
    const forged = postForm("/en/act-for/nonsense/check", pekka, { intent: "confirm" }, { csrf: false });
    expect((await run(checkAction, forged, { lang: "en", flow: "nonsense" })).status).toBe(403);

    await sendPoa(pekka, poaFields(), { name: "v.pdf", bytes: PDF });
    const form = await (await run(poaLoader, get("/en/act-for/power-of-attorney", pekka), { lang: "en" })).json();
    expect(form.draft).toEqual({ hetu: "071240-9217", declaration: DECLARATION, confirm: "yes", fileName: "v.pdf" });
    // Sent again without a new file: the attached one is kept.
    expect((await sendPoa(pekka, { ...poaFields(), declaration: "Changed." })).status).toBe(302);
    expect((await check(pekka, "power-of-attorney", "cancel")).headers.get("location")).toBe("/en/act-for");
    expect((await (await run(poaLoader, get("/en/act-for/power-of-attorney", pekka), { lang: "en" })).json()).draft).toEqual({});
    expect(receivedOf("cases")).toEqual([]);
  });
});

describe("other person (C-AUTH-3)", () => {
  const sendOther = (visitor: Visitor, fields: Record<string, string>, lang = "en") =>
    run(otherAction, postForm(`/${lang}/act-for/other-person`, visitor, fields), { lang });

  it("C-AUTH-3: refused with the reason when the back end says the person has an edunvalvoja (300935-9177)", async () => {
    const matti = await signedInVisitor("150384-901U");
    const response = await sendOther(matti, { hetu: "300935-9177", reason: "old-age", declaration: "She is 91 and in hospital." });
    expect(response.headers.get("location")).toBe("/en/act-for/other-person/refused");
    const refused = await (await run(refusedLoader, get("/en/act-for/other-person/refused", matti), { lang: "en" })).json();
    expect(refused.minor).toBe(false);
    expect(refused.messages.proxy.refused.hasEdunvalvoja).toContain("guardian appointed by a court (edunvalvoja)");
    // Neither the person's nor the guardian's name is given out.
    expect(JSON.stringify(refused)).not.toMatch(/Aili|Pekka|Koskinen/);
    expect((await run(checkLoader, get("/en/act-for/other-person/check", matti), { lang: "en", flow: "other-person" })).headers.get("location")).toBe(
      "/en/act-for/other-person/refused",
    );
    expect((await check(matti, "other-person")).headers.get("location")).toBe("/en/act-for/other-person/refused");
    expect(receivedOf("cases")).toEqual([]);
  });

  it("C-AUTH-3: for a minor the huoltaja applies, not another person", async () => {
    const helena = await signedInVisitor("190868-9231");
    expect((await sendOther(helena, { hetu: "200518A903P", reason: "illness", declaration: "Ill." })).headers.get("location")).toBe(
      "/en/act-for/other-person/refused",
    );
    expect((await (await run(refusedLoader, get("/en/act-for/other-person/refused", helena), { lang: "en" })).json()).minor).toBe(true);
  });

  it("C-AUTH-3: a declaration for someone with no edunvalvoja opens an 'other-person' case; reason and declaration are required", async () => {
    const matti = await signedInVisitor("150384-901U");
    const invalid = await sendOther(matti, { hetu: "071240-9217", reason: "", declaration: "" }, "sv");
    expect(invalid.status).toBe(422);
    expect((await errorsOf(invalid)).errors).toEqual({ reason: "Välj varför personen inte själv kan ansöka.", declaration: "Skriv utredningen." });
    const declaration = "My neighbour is 85 and cannot use online services after a stroke. His code is 071240-9217.";
    expect((await sendOther(matti, { hetu: "071240-9217", reason: "illness", declaration })).headers.get("location")).toBe("/en/act-for/other-person/check");
    const form = await (await run(otherLoader, get("/en/act-for/other-person", matti), { lang: "en" })).json();
    expect(form.draft).toMatchObject({ hetu: "071240-9217", reason: "illness" });
    await check(matti, "other-person");
    const [created] = receivedOf("cases");
    expect(created!.body).toMatchObject({
      type: "other-person",
      personId: "p-eino",
      submittedBy: { personId: "p-matti", basis: "muu-henkilo" },
      details: { reason: "illness", declaration: "My neighbour is 85 and cannot use online services after a stroke. His code is [HETU]." },
      attachments: [],
    });
  });

  it("C-AUTH-3: the represented person sees the declaration in 'Actions taken on your behalf'", async () => {
    const db = await getDb();
    const entries = await db.selectFrom("audit_log").selectAll().where("target_id", "=", "p-eino").where("action", "=", "proxy-case.submit").execute();
    expect(entries.map((e) => [e.actor_id, e.basis])).toContainEqual(["p-matti", "muu-henkilo"]);
  });
});

describe("oral authorisation (C-AUTH-4)", () => {
  it("C-AUTH-4: is explained as a phone or office channel only, with the phone service number of C-APPLY-1", async () => {
    const data = await (await run(oralLoader, get("/sv/act-for/oral"), { lang: "sv" })).json();
    expect(data.phone.domestic).toBe("020 692 203");
    expect(data.messages.proxy.oral.intro).toMatch(/per telefon eller på ett FPA-kontor/);
  });
});
