import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** The fixture date of DESIGN.md: the app clock of tests and benchmarks starts here. */
export const APP_NOW = "2026-11-25T10:00:00+02:00";

export type RunningServer = { baseUrl: string; logFile: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts the production build (what `npm start` runs) in mock mode on a free
 * port and a fresh embedded database, and waits until /healthz answers. Used
 * by the end-to-end tests, the budget check and the benchmarks.
 */
export async function startBuiltServer(options: { logFile: string; env?: Record<string, string> }): Promise<RunningServer> {
  const buildDir = resolve(process.env.BUILD_DIR ?? "build");
  if (!existsSync(join(buildDir, "app-server.js"))) throw new Error(`No build in ${buildDir}: run npm run build first`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "kela-run-"));
  mkdirSync(dirname(options.logFile), { recursive: true });
  const out = createWriteStream(options.logFile);
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [join(buildDir, "app-server.js")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      MOCKS: "true",
      APP_NOW,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      BUILD_DIR: buildDir,
      LOG_LEVEL: "info",
      KELA_API_TIMEOUT_MS: "1000",
      PUBLIC_URL: baseUrl,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited (${child.exitCode}); see ${options.logFile}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not start; see ${options.logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    logFile: options.logFile,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs a test person in over HTTP (through the local OpenID provider) and returns the cookie header. */
export async function signInOverHttp(baseUrl: string, hetu: string, lang = "fi"): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      if (/Max-Age=0/i.test(line)) jar.delete(name!);
      else jar.set(name!, value.join("="));
    }
  };
  const page = await fetch(`${baseUrl}/${lang}/login`, { headers: { cookie: cookieHeader() } });
  remember(page);
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrf) throw new Error("No CSRF token on the login page");
  let response = await fetch(`${baseUrl}/${lang}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(), origin: baseUrl },
    body: new URLSearchParams({ csrf, hetu }).toString(),
    redirect: "manual",
  });
  remember(response);
  for (let hops = 0; hops < 10; hops += 1) {
    const location = response.headers.get("location");
    if (!location) break;
    response = await fetch(new URL(location, baseUrl), { headers: { cookie: cookieHeader() }, redirect: "manual" });
    remember(response);
    if (!location.includes("/oidc/") && !location.includes("/auth/callback")) break;
  }
  const sid = [...jar.keys()].find((k) => k.includes("kela_sid"));
  if (!sid) throw new Error("Sign-in did not set a session cookie");
  return `${sid}=${jar.get(sid)}`;
}
