import { getEnv } from "~/env.server";

/**
 * A bare Remix route, the yardstick of the load benchmark (npm run bench):
 * the same build and server answering with no session, database or back end.
 * Mock mode only; it does not exist in production.
 */
export function loader() {
  if (!getEnv().MOCKS) throw new Response("Not found", { status: 404 });
  return new Response("hello world", { headers: { "content-type": "text/plain; charset=utf-8" } });
}
