import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { APP_NOW } from "./server";

/** What the shared mock back end saw of one idempotency key (mocks/state.ts KeyStats). */
export type KeyStats = { posts: number; created: number; concurrent: number; afterSuccess: number };

export type MockBackendServer = {
  /** KELA_API_URL for the app instances. */
  apiUrl: string;
  /** The mock's test control (mocks/server.ts): fault, outage, faults-clear, reset, received, keys. */
  admin: <T = unknown>(action: string, body?: Record<string, unknown>) => Promise<T>;
  keys: (kind: string) => Promise<Record<string, KeyStats>>;
  stop: () => Promise<void>;
};

/**
 * Starts the standalone mock back end (mocks/server.ts, through tsx) that
 * several app instances share, on a free loopback port, with the fixture
 * clock. `timeoutMs` is the instances' KELA_API_TIMEOUT_MS.
 */
export async function startMockBackendServer(options: { logFile: string; timeoutMs: number }): Promise<MockBackendServer> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", "mocks/server.ts"], {
    cwd: root,
    env: { ...process.env, APP_NOW, KELA_API_TIMEOUT_MS: String(options.timeoutMs), MOCK_PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr.pipe(log);
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise<{ apiUrl: string; adminUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The mock back end did not start; see ${options.logFile}`)), 30_000);
    child.once("exit", (code) => reject(new Error(`The mock back end exited (${code}); see ${options.logFile}`)));
    lines.on("line", (line) => {
      log.write(`${line}\n`);
      if (!line.includes('"mock.listening"')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as { apiUrl: string; adminUrl: string });
    });
  });
  const admin = async <T>(action: string, body?: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${ready.adminUrl}/${action}`, {
      method: body ? "POST" : "GET",
      headers: { "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`mock admin ${action}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    apiUrl: ready.apiUrl,
    admin,
    keys: async (kind) => (await admin<{ keys: Record<string, KeyStats> }>(`keys?kind=${kind}`)).keys,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    },
  };
}
