import { randomBytes } from "node:crypto";
import { getEnv } from "~/env.server";

/** A page's CSP nonce: new for every response. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of an HTML page: scripts only from this origin
 * and inline ones carrying this response's nonce; no inline styles, no
 * framing, forms only to this origin.
 */
export function documentCsp(nonce: string): string {
  const dev = getEnv().NODE_ENV === "development";
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Vite injects styles with JS while developing; the built app links CSS files only.
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    dev ? "connect-src 'self' ws://localhost:24678" : "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ];
  if (getEnv().publicUrl.startsWith("https://")) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
