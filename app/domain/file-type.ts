/**
 * The type of an uploaded file, read from its first bytes (its "magic
 * number"), never from its name or the browser's claim: a renamed program is
 * not a PDF. Only the types Kela accepts as attachments are recognised.
 */
export type AcceptedType = "application/pdf" | "image/jpeg" | "image/png";

const signatures: { type: AcceptedType; bytes: number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export function sniffFileType(head: Uint8Array): AcceptedType | null {
  for (const { type, bytes } of signatures) {
    if (head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte)) return type;
  }
  return null;
}

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
