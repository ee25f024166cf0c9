import { describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES, sniffFileType } from "~/domain/file-type";
import { checkAttachments } from "./attachments.server";

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]); // "MZ": a Windows program

describe("attachments", () => {
  it("recognises PDF, PNG and JPEG by content", () => {
    expect(sniffFileType(pdf)).toBe("application/pdf");
    expect(sniffFileType(png)).toBe("image/png");
    expect(sniffFileType(jpeg)).toBe("image/jpeg");
    expect(sniffFileType(exe)).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });

  it("refuses a renamed program whatever its name and claimed type", async () => {
    const renamed = new File([exe], "valtakirja.pdf", { type: "application/pdf" });
    expect(await checkAttachments([renamed], { maxFiles: 5 })).toEqual({ ok: false, problem: "wrong-type", fileName: "valtakirja.pdf" });
  });

  it("refuses too many or too large files, ignores an empty input", async () => {
    const one = () => new File([pdf], "a.pdf");
    expect(await checkAttachments([one(), one()], { maxFiles: 1 })).toMatchObject({ ok: false, problem: "too-many" });
    const big = new File([pdf, new Uint8Array(MAX_ATTACHMENT_BYTES)], "big.pdf");
    expect(await checkAttachments([big], { maxFiles: 5 })).toMatchObject({ ok: false, problem: "too-large" });
    expect(await checkAttachments([one()], { maxFiles: 5, oversize: true })).toMatchObject({ ok: false, problem: "too-large" });
    const checked = await checkAttachments([new File([], ""), one(), "text"], { maxFiles: 1 });
    expect(checked).toMatchObject({ ok: true, attachments: [{ fileName: "a.pdf", contentType: "application/pdf", size: pdf.length }] });
  });
});
