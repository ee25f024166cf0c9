import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { freePort } from "./postgres";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** The fixture date of DESIGN.md: the app clock of tests and benchmarks starts here. */
export const APP_NOW = "2026-11-25T10:00:00+02:00";

export type RunningServer = { baseUrl: string; logFile: string; stop: () => Promise<void> };


export type ServerOptions = {
  logFile: string;
  env?: Record<string, string>;
  /** A data folder of the caller's (kept after stop); otherwise a fresh one, deleted after stop. */
  dataDir?: string;
  port?: number;
  /** Options for node itself (e.g. --cpu-prof). */
  nodeArgs?: string[];
};

export type ServerProcess = {
  baseUrl: string;
  port: number;
  dataDir: string;
  logFile: string;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
};

/** Spawns the production build (what `npm start` runs) in mock mode; does not wait for it. */
export async function spawnBuiltServer(options: ServerOptions): Promise<ServerProcess> {
  const buildDir = resolve(process.env.BUILD_DIR ?? "build");
  if (!existsSync(join(buildDir, "app-server.js"))) throw new Error(`No build in ${buildDir}: run npm run build first`);
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "kela-run-"));
  mkdirSync(dirname(options.logFile), { recursive: true });
  const out = createWriteStream(options.logFile);
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), join(buildDir, "app-server.js")], {
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
  let text = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      out.write(chunk);
    });
  }
  const exited = new Promise<number | string>((resolveExit) =>
    child.once("exit", (code, signal) => {
      out.end();
      resolveExit(code ?? signal ?? "unknown");
    }),
  );
  return { baseUrl, port, dataDir, logFile: options.logFile, child, exited, output: () => text };
}

/** Waits until /healthz answers 200; throws if the process ends first or it takes too long. */
export async function waitUntilHealthy(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`Server exited (${server.child.exitCode ?? server.child.signalCode}); see ${server.logFile}`);
    }
    try {
      if ((await fetch(`${server.baseUrl}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not start; see ${server.logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops the process and waits until it has ended (SIGKILL after 10 s). */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | string> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 10_000);
  try {
    return await server.exited;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the production build in mock mode on a free port and a fresh
 * embedded database (or the given one), and waits until /healthz answers.
 * Used by the end-to-end tests, the budget check and the benchmarks.
 */
export async function startBuiltServer(options: ServerOptions): Promise<RunningServer> {
  const server = await spawnBuiltServer(options);
  try {
    await waitUntilHealthy(server);
  } catch (error) {
    await stopServer(server, "SIGKILL");
    throw error;
  }
  return {
    baseUrl: server.baseUrl,
    logFile: server.logFile,
    stop: async () => {
      await stopServer(server);
      if (!options.dataDir) rmSync(server.dataDir, { recursive: true, force: true });
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
