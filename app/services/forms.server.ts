import { timingSafeEqual } from "node:crypto";
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { withoutControlCharacters } from "~/domain/text";
import { getSession, type Session } from "./session.server";

/** Ordinary forms are small; uploads say how much they allow. */
const DEFAULT_MAX_BYTES = 64 * 1024;

export type ReadFormOptions = {
  /** Allow multipart/form-data with files. */
  files?: { maxFileBytes: number; maxFiles: number };
  maxBytes?: number;
};

export type ReadForm = {
  form: FormData;
  session: Session;
  /** A file part was larger than allowed (the form itself was read). */
  oversizeFile: boolean;
};

/**
 * Reads a POSTed form the safe way, for every action: only form content types,
 * a size limit before anything is parsed, same-origin, and the session's CSRF
 * token (a 403 otherwise, rendered as a localised page by the error boundary).
 */
export async function readForm(request: Request, options: ReadFormOptions = {}): Promise<ReadForm> {
  if (request.method !== "POST") throw httpError(405, "method_not_allowed");
  assertSameOrigin(request);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const multipart = type === "multipart/form-data";
  if (type !== "application/x-www-form-urlencoded" && !(multipart && options.files)) {
    throw httpError(415, "unsupported_media_type");
  }
  const maxBytes =
    options.maxBytes ?? (options.files ? options.files.maxFileBytes * options.files.maxFiles + 1024 * 1024 : DEFAULT_MAX_BYTES);
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!Number.isFinite(length)) throw httpError(411, "length_required");
  if (length > maxBytes) throw httpError(413, "payload_too_large");

  const session = await getSession(request);
  let form: FormData;
  let oversizeFile = false;
  try {
    if (multipart && options.files) {
      const limit = options.files.maxFileBytes;
      // A form has a handful of fields; thousands of parts are an attack, not a form.
      let parts = 0;
      const maxParts = options.files.maxFiles + 50;
      form = await unstable_parseMultipartFormData(
        request,
        unstable_composeUploadHandlers(async (part) => {
          parts += 1;
          if (parts > maxParts) throw httpError(413, "too_many_parts");
          if (!part.filename) return undefined;
          try {
            return await unstable_createMemoryUploadHandler({ maxPartSize: limit })(part);
          } catch (error) {
            if (error instanceof MaxPartSizeExceededError) {
              oversizeFile = true;
              return undefined;
            }
            throw error;
          }
        }, unstable_createMemoryUploadHandler({ maxPartSize: 64 * 1024 })),
      );
    } else {
      form = await request.formData();
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    throw httpError(400, "bad_request");
  }
  assertCsrf(session, form.get("csrf"));
  return { form: withCleanText(form), session, oversizeFile };
}

/** Every text value without control characters (app/domain/text.ts), whatever the action does with it; files as they are. */
function withCleanText(form: FormData): FormData {
  const clean = new FormData();
  form.forEach((value, name) => clean.append(name, typeof value === "string" ? withoutControlCharacters(value) : value));
  return clean;
}

function assertCsrf(session: Session, token: FormDataEntryValue | null): void {
  if (!session.csrfToken || typeof token !== "string") throw httpError(403, "csrf");
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(token);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw httpError(403, "csrf");
}

/** Browsers send Origin with every POST; another origin's form is refused. */
function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw httpError(403, "cross_origin");
  }
  if (originHost !== host) throw httpError(403, "cross_origin");
}

/** A Response to throw: the error boundary shows the localised page for its status. */
export function httpError(status: number, reason: string): Response {
  return new Response(reason, { status, statusText: reason, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** A single text field, trimmed, or "" when missing or a file. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}
