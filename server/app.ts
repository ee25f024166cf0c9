import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import type { keptPublicPage } from "../app/services/public-page-cache.server";
import { runInRequestScope } from "../app/services/request-scope.server";

export type AppOptions = {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: "production" | "development";
  /** Static files: the built client (production) or Vite's middleware (development). */
  assets: express.RequestHandler[];
  /** Trust X-Forwarded-For from this many proxies (0: none). */
  trustProxy: number;
  log: (line: Record<string, unknown>) => void;
  /** Routes served beside the app (the local OIDC provider in mock mode). */
  mount?: (app: express.Express) => void;
};

const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The HTTP server around the Remix app: security headers on every response
 * (pages set their own CSP with a nonce; everything else gets a deny-all one),
 * the client address for rate limits, static files, an access log without
 * query strings, and the Remix request handler.
 */
export function createApp(options: AppOptions) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);
  const secure = process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false";

  app.use((req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    const writeHead = res.writeHead;
    // Pages set their own CSP (with a nonce); everything else gets one that allows nothing.
    res.writeHead = function (this: Response, ...args: Parameters<typeof writeHead>) {
      if (!this.getHeader("Content-Security-Policy")) this.setHeader("Content-Security-Policy", NON_DOCUMENT_CSP);
      // Refused before the body was read (too large, wrong type): the rest of it must not be
      // taken for the next request on this connection.
      if (!req.complete) this.setHeader("Connection", "close");
      return writeHead.apply(this, args);
    } as typeof writeHead;
    // The app reads the client address from here only; a client cannot set it.
    req.headers["x-client-ip"] = req.ip ?? "unknown";
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      options.log({
        event: "http.request",
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
      });
    });
    next();
  });

  // In production the static files all have an extension: a page's path never asks the disk.
  const mayBeFile = (path: string) => options.mode !== "production" || /\.[A-Za-z0-9]+$/.test(path);
  for (const handler of options.assets) app.use((req, res, next) => (mayBeFile(req.path) ? handler(req, res, next) : next()));
  options.mount?.(app);
  const remix = createRequestHandler({ build: options.build, mode: options.mode });
  // A public page already rendered for an anonymous visitor is served again without Remix
  // (app/services/public-page-cache.server.ts); only with a built app, never while developing.
  const kept = typeof options.build === "function" ? undefined : (options.build.entry.module as EntryExports).keptPublicPage;
  // Each request in a scope of its own: its session and back-end answers are looked up once.
  app.all("*", (req, res, next) =>
    runInRequestScope(async () => {
      if (kept && req.method === "GET") {
        const question = req.url.indexOf("?");
        const page = await kept({
          method: req.method,
          pathname: req.path,
          search: question === -1 ? "" : req.url.slice(question),
          cookie: req.headers.cookie,
        }).catch(() => null);
        if (page) {
          res.status(page.status);
          for (const [name, value] of page.headers) res.setHeader(name, value);
          res.end(page.body);
          return;
        }
      }
      return remix(req, res, next);
    }),
  );
  return app;
}

/** What server/app.ts takes from the build's entry module (app/entry.server.tsx). */
type EntryExports = { keptPublicPage?: typeof keptPublicPage };
