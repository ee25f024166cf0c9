/**
 * A tiny round-robin load balancer (node:http) in front of several app
 * instances, for the two-instance test and the scale benchmark. It is the
 * portal's public origin (PUBLIC_URL of every instance), keeps the Host
 * header and adds X-Forwarded-For, as a real one does.
 *
 * `/oidc/*` always goes to the first instance: there the local OpenID
 * provider stands in for Suomi.fi, an outside service whose state is not the
 * portal's. Everything else alternates, so the steps of one session land on
 * different instances; which instances served each session is recorded.
 */
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Balancer = {
  url: string;
  /** The instances' base URLs; the first also serves /oidc. */
  setTargets: (targets: string[]) => void;
  /** Requests served per target, in the order of setTargets. */
  served: () => number[];
  /** Session cookie value → the targets that served requests carrying it. */
  sessions: () => Map<string, Set<number>>;
  close: () => Promise<void>;
};

/** The portal's session cookie ("kela_sid", "__Host-kela_sid" when secure), from a Cookie header. */
export function sessionIdOf(cookie: string | undefined): string | null {
  for (const part of (cookie ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name?.endsWith("kela_sid")) return value.join("=");
  }
  return null;
}

const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"];
const forwardable = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name)));

type Forward = { target: URL; method: string; path: string; headers: OutgoingHttpHeaders; body: Buffer };

/**
 * One request to an instance. A kept-alive connection that the instance
 * closed just as it was reused fails before anything was sent back (Node's
 * documented `reusedSocket` race): that request never reached the app, so it
 * is sent once more on a new connection, as load balancers do.
 */
function forward(agent: Agent, request: Forward, res: ServerResponse, mayRetry = true): void {
  const upstream = httpRequest(
    { host: request.target.hostname, port: request.target.port, method: request.method, path: request.path, headers: request.headers, agent },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers));
      answer.pipe(res);
    },
  );
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    if (mayRetry && upstream.reusedSocket && error.code === "ECONNRESET" && !res.headersSent) return forward(agent, request, res, false);
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end("bad gateway");
    else res.destroy();
  });
  // The client hung up: so does the request to the instance.
  res.on("close", () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.end(request.body);
}

export async function startBalancer(): Promise<Balancer> {
  let targets: URL[] = [];
  let served: number[] = [];
  let turn = 0;
  const sessions = new Map<string, Set<number>>();
  // `timeout` makes the agent honour the instances' "Keep-Alive: timeout=5" and drop idle connections first.
  const agent = new Agent({ keepAlive: true, maxSockets: 512, timeout: 60_000 });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!targets.length) return void res.writeHead(503).end("no targets");
    const index = req.url?.startsWith("/oidc/") ? 0 : turn++ % targets.length;
    served[index] = (served[index] ?? 0) + 1;
    const sid = sessionIdOf(req.headers.cookie);
    if (sid) sessions.set(sid, (sessions.get(sid) ?? new Set()).add(index));
    // Bodies here are small forms and JSON; held whole so that a request can be sent again.
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const headers = { ...forwardable(req.headers), "x-forwarded-for": forwardedFor };
    forward(agent, { target: targets[index]!, method: req.method ?? "GET", path: req.url ?? "/", headers, body: Buffer.concat(chunks) }, res);
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setTargets: (urls) => {
      targets = urls.map((u) => new URL(u));
      served = urls.map(() => 0);
    },
    served: () => [...served],
    sessions: () => sessions,
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
