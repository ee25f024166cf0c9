import type { Attachment } from "~/contracts/kela-api";
import { MAX_ATTACHMENT_BYTES, sniffFileType } from "~/domain/file-type";

export type AttachmentProblem = "wrong-type" | "too-large" | "too-many" | "empty";

export type CheckedAttachments =
  | { ok: true; attachments: Attachment[] }
  | { ok: false; problem: AttachmentProblem; fileName: string | null };

/**
 * Checks uploaded files (PDF, JPEG or PNG by content, at most 10 MB each, at
 * most `maxFiles`) and turns them into the back end's attachment format.
 * `oversize` is readForm's flag for a part that was cut off at the size limit.
 * Empty file inputs (nothing chosen) are ignored.
 */
export async function checkAttachments(
  entries: FormDataEntryValue[],
  options: { maxFiles: number; oversize?: boolean },
): Promise<CheckedAttachments> {
  if (options.oversize) return { ok: false, problem: "too-large", fileName: null };
  const files = entries.filter((entry): entry is File => typeof entry !== "string" && entry.size > 0);
  if (files.length > options.maxFiles) return { ok: false, problem: "too-many", fileName: null };
  const attachments: Attachment[] = [];
  for (const file of files) {
    if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, problem: "too-large", fileName: file.name };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = sniffFileType(bytes.subarray(0, 16));
    if (!type) return { ok: false, problem: "wrong-type", fileName: file.name };
    attachments.push({ fileName: safeFileName(file.name), contentType: type, size: file.size, content: Buffer.from(bytes).toString("base64") });
  }
  return { ok: true, attachments };
}

/** A file name without a path or control characters, at most 100 characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 100) || "file";
}
