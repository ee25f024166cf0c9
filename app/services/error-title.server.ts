import { StringDecoder } from "node:string_decoder";
import { Transform } from "node:stream";
import type { EntryContext } from "@remix-run/node";
import { isLang, defaultLang } from "~/i18n/languages";
import { pickMessages } from "~/i18n/resources.server";
import { createT } from "~/i18n/translate";

/**
 * GOV.UK: a page answered with validation errors has its title prefixed
 * "Virhe: / Fel: / Error:". `meta` cannot see action data, so the server
 * decides here: any route's action data with a non-empty `errors` object.
 */
export function errorTitlePrefix(context: Pick<EntryContext, "staticHandlerContext">): string | null {
  const { actionData, loaderData } = context.staticHandlerContext;
  const hasErrors = Object.values(actionData ?? {}).some((data) => {
    const errors = (data as { errors?: unknown } | null)?.errors;
    return !!errors && typeof errors === "object" && Object.values(errors).some(Boolean);
  });
  if (!hasErrors) return null;
  const rootLang = (loaderData?.root as { lang?: unknown } | undefined)?.lang;
  const lang = isLang(rootLang) ? rootLang : defaultLang;
  return createT(lang, pickMessages(lang, ["common"]))("form.errorTitlePrefix");
}

const TAG = "<title>";
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Streams HTML through, inserting `prefix` at the start of the first <title> (a tag may straddle chunks). */
export function prefixFirstTitle(prefix: string): Transform {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  let done = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const text = carry + decoder.write(chunk);
      carry = "";
      if (done) return callback(null, text);
      const at = text.indexOf(TAG);
      if (at >= 0) {
        done = true;
        const cut = at + TAG.length;
        return callback(null, text.slice(0, cut) + escapeHtml(prefix) + text.slice(cut));
      }
      // Keep what could be the start of a tag cut in two.
      const keep = Math.min(text.length, TAG.length - 1);
      carry = text.slice(text.length - keep);
      callback(null, text.slice(0, text.length - keep));
    },
    flush(callback) {
      callback(null, carry + decoder.end());
    },
  });
}
