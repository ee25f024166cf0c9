import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./components/NonceProvider";
import { errorTitlePrefix, prefixFirstTitle } from "./services/error-title.server";
import { keepPublicPage } from "./services/public-page-cache.server";
import { documentCsp, newNonce } from "./services/security-headers.server";
import { log } from "./services/logger.server";

export { boot } from "./services/boot.server";
// The HTTP server serves kept public pages before Remix (server/app.ts).
export { keptPublicPage } from "./services/public-page-cache.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const nonce = newNonce();
  responseHeaders.set("Content-Security-Policy", documentCsp(nonce));
  // Pages can show personal data: never store them in shared or browser caches.
  responseHeaders.set("Cache-Control", "no-store");
  // A form answered with validation errors: "Virhe: / Fel: / Error:" before the page title.
  const titlePrefix = errorTitlePrefix(remixContext);

  // The whole page, then one write: the pages are small and their data is loaded before rendering
  // starts (no deferred data), so streaming would only cut the page into many small writes.
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const chunks: Buffer[] = [];
    const page = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
      final(callback) {
        const html = Buffer.concat(chunks).toString("utf8");
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        keepPublicPage({ request, context: remixContext, status: responseStatusCode, headers: responseHeaders, html, nonce });
        resolve(new Response(titlePrefix ? prefixFirstTitle(html, titlePrefix) : html, { headers: responseHeaders, status: responseStatusCode }));
        callback();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          clearTimeout(timer);
          pipe(page);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          log.error("render.error", { error });
        },
      },
    );
    timer = setTimeout(abort, ABORT_DELAY);
  });
}

/** Data requests (client navigation) carry personal data too. */
export function handleDataRequest(response: Response) {
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** Unexpected errors are logged here, without request bodies (they can hold identity codes). */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  const url = new URL(request.url);
  log.error("request.error", { method: request.method, path: url.pathname, error });
};
