/**
 * The mock Kela back end as a server of its own, on a loopback port: several
 * app instances (the two-instance test, the scale benchmark) must share ONE
 * back end to prove that an order reaches it exactly once, so the in-process
 * MSW back end of mocks/node.ts (one per instance) will not do. It answers
 * with the same MSW handlers (msw's getResponse), so it cannot drift from the
 * in-process one, and has admin endpoints of its own under /admin.
 *
 *   node --import tsx mocks/server.ts
 *
 * MOCK_PORT (default: a free port), APP_NOW (the fixture clock, as the app's),
 * KELA_API_TIMEOUT_MS (the apps' timeout: "timeout" faults hang longer than it).
 * Prints one JSON line `{"event":"mock.listening","apiUrl":…,"adminUrl":…}`
 * when ready; the apps get KELA_API_URL=<apiUrl>. Admin (JSON): POST
 * fault {method, path, mode, times}, outage {ms, method?, path?},
 * faults-clear, reset; GET received?kind=…, keys?kind=… (per idempotency key:
 * posts, created, concurrent, afterSuccess).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type RequestHandler } from "msw";
import { resetEnvCache } from "~/env.server";
import { setNow } from "~/services/clock.server";
import { clearFaults, injectFault, keyStatsOf, receivedOf, resetMockBackend, startOutage, type FaultMode } from "./state";

const API_PATH = "/api/v1";
const FAULT_MODES: readonly FaultMode[] = ["error", "timeout", "malformed", "late"];
let handlers: RequestHandler[] = [];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** The API: the request as a Fetch Request (aborted when the caller hangs up), answered by the handlers. */
async function serveApi(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const aborted = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const body = await readBody(req);
  const request = new Request(new URL(req.url ?? "/", origin), {
    method: req.method,
    headers,
    body: req.method === "GET" || req.method === "HEAD" ? undefined : new Uint8Array(body),
    signal: aborted.signal,
  });
  const response = await getResponse(handlers, request);
  if (res.destroyed) return;
  if (!response) return sendJson(res, 404, { code: "no_such_endpoint" });
  // HttpResponse.error(): the back end is down; the caller sees a dropped connection.
  if (response.type === "error") return void req.socket.destroy();
  const payload = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, Object.fromEntries(response.headers)).end(payload);
}

type Body = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Test control: faults, outages, what was received and how each idempotency key was sent. */
async function serveAdmin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const action = url.pathname.slice("/admin/".length);
  if (req.method === "GET") {
    const kind = url.searchParams.get("kind") ?? "";
    if (action === "received") return sendJson(res, 200, { received: receivedOf(kind) });
    if (action === "keys") return sendJson(res, 200, { keys: keyStatsOf(kind) });
    return sendJson(res, 404, { error: "no such admin action" });
  }
  const raw = (await readBody(req)).toString("utf8");
  const body = (raw ? JSON.parse(raw) : {}) as Body;
  switch (action) {
    case "reset":
      resetMockBackend();
      break;
    case "faults-clear":
      clearFaults();
      break;
    case "fault": {
      const mode = body.mode as FaultMode;
      if (!FAULT_MODES.includes(mode) || !text(body.method) || !text(body.path)) return sendJson(res, 400, { error: "method, path, mode" });
      injectFault(text(body.method)!, text(body.path)!, mode, Number(body.times ?? 1));
      break;
    }
    case "outage":
      if (!(Number(body.ms) > 0)) return sendJson(res, 400, { error: "ms" });
      startOutage(Number(body.ms), { method: text(body.method), path: text(body.path) });
      break;
    default:
      return sendJson(res, 404, { error: "no such admin action" });
  }
  sendJson(res, 200, { ok: true });
}

const server = createServer((req, res) => {
  const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
  const url = new URL(req.url ?? "/", origin);
  const served = url.pathname.startsWith(`${API_PATH}/`)
    ? serveApi(req, res, origin)
    : url.pathname.startsWith("/admin/")
      ? serveAdmin(req, res, url)
      : Promise.resolve(sendJson(res, 404, { code: "no_such_endpoint" }));
  served.catch((error: unknown) => {
    if (!res.headersSent && !res.destroyed) sendJson(res, 500, { code: "mock_error", message: String(error) });
  });
});
server.keepAliveTimeout = 60_000;

server.listen(Number(process.env.MOCK_PORT ?? 0), "127.0.0.1", async () => {
  const { port } = server.address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}${API_PATH}`;
  // The handlers match on KELA_API_URL (as in the app), read when their modules load: this
  // server's own address, set before they are imported. This process is the mock world.
  process.env.KELA_API_URL = apiUrl;
  process.env.MOCKS = "true";
  resetEnvCache();
  if (process.env.APP_NOW) setNow(new Date(process.env.APP_NOW));
  handlers = (await import("./handlers")).handlers();
  process.stdout.write(`${JSON.stringify({ event: "mock.listening", apiUrl, adminUrl: `http://127.0.0.1:${port}/admin` })}\n`);
});

for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
