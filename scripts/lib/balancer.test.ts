import { createServer, type Server } from "node:http";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBalancer, type Balancer } from "./balancer";

/** Two stand-in instances that say who they are and what they were sent. */
function instance(name: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.setHeader("set-cookie", [`from-${name}=1; Path=/`, "other=2; Path=/"]);
    res.end(JSON.stringify({ name, host: req.headers.host, forwardedFor: req.headers["x-forwarded-for"] }));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

let balancer: Balancer;
let servers: Server[];

beforeAll(async () => {
  const [a, b] = await Promise.all([instance("A"), instance("B")]);
  servers = [a.server, b.server];
  balancer = await startBalancer();
  balancer.setTargets([a.url, b.url]);
});

afterAll(async () => {
  await balancer.close();
  for (const server of servers) server.close();
});

const ask = async (path: string, cookie?: string) => {
  const response = await fetch(`${balancer.url}${path}`, { headers: cookie ? { cookie } : {} });
  return { ...((await response.json()) as { name: string; host: string; forwardedFor: string }), setCookie: response.headers.getSetCookie() };
};

describe("round-robin balancer", () => {
  it("alternates between the instances, keeps the Host and adds X-Forwarded-For, passes every Set-Cookie", async () => {
    const names = [];
    for (let i = 0; i < 4; i += 1) names.push((await ask("/fi")).name);
    expect(names).toEqual(["A", "B", "A", "B"]);
    const answer = await ask("/fi");
    expect(answer.host).toBe(new URL(balancer.url).host);
    expect(answer.forwardedFor).toBe("127.0.0.1");
    expect(answer.setCookie).toHaveLength(2);
  });

  it("sends /oidc/* to the first instance only", async () => {
    const names = new Set<string>();
    for (let i = 0; i < 4; i += 1) names.add((await ask("/oidc/auth")).name);
    expect([...names]).toEqual(["A"]);
  });

  it("records which instances served each session", async () => {
    await ask("/fi", "other=1; __Host-kela_sid=s-1");
    await ask("/fi", "__Host-kela_sid=s-1");
    await ask("/oidc/token", "kela_sid=s-2");
    expect([...balancer.sessions().get("s-1")!].sort()).toEqual([0, 1]);
    expect([...balancer.sessions().get("s-2")!]).toEqual([0]);
    expect(balancer.served().reduce((a, b) => a + b, 0)).toBe(5 + 4 + 3);
  });

  it("answers 502 when an instance cannot be reached", async () => {
    const down = await startBalancer();
    down.setTargets(["http://127.0.0.1:1"]);
    try {
      expect((await fetch(`${down.url}/fi`)).status).toBe(502);
    } finally {
      await down.close();
    }
  });

  it("sends a request again on a new connection when a kept-alive one was reset as it was reused", async () => {
    // An instance that answers the first request of a connection, then resets it on the next (the closing race).
    let connections = 0;
    const flaky = createTcpServer((socket) => {
      connections += 1;
      let requests = 0;
      socket.on("data", () => {
        requests += 1;
        if (requests > 1) return socket.resetAndDestroy();
        socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 12\r\nconnection: keep-alive\r\n\r\n{\"name\":\"F\"}");
      });
    });
    await new Promise<void>((resolve) => flaky.listen(0, "127.0.0.1", resolve));
    const retrying = await startBalancer();
    retrying.setTargets([`http://127.0.0.1:${(flaky.address() as AddressInfo).port}`]);
    try {
      for (let i = 0; i < 2; i += 1) {
        const response = await fetch(`${retrying.url}/fi`, { method: "POST", body: "a=1" });
        expect([response.status, await response.text()]).toEqual([200, '{"name":"F"}']);
        await new Promise((r) => setTimeout(r, 20)); // the connection back in the balancer's pool
      }
      expect(connections).toBe(2);
    } finally {
      await retrying.close();
      flaky.close();
    }
  });
});
