import type { LoaderFunctionArgs } from "@remix-run/node";

/** Unknown pages under a language: a 404 in that language. */
export function loader(_args: LoaderFunctionArgs): never {
  throw new Response("Not found", { status: 404, statusText: "Not Found" });
}

export default function NotFound() {
  return null;
}
