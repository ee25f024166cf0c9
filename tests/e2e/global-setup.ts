import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

/** The fixture date of DESIGN.md: the app clock starts here. */
export const APP_NOW = "2026-11-25T10:00:00+02:00";

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
 * Starts the built portal (npm start) on a free port, in mock mode, on a fresh
 * embedded database, and hands its URL to the tests. Its log goes to
 * tests/e2e/.artifacts/server.log so that tests can check what was logged.
 */
export default async function setup(project: TestProject) {
  const buildDir = resolve(process.env.BUILD_DIR ?? "build");
  if (!existsSync(join(buildDir, "app-server.js"))) throw new Error(`No build in ${buildDir}: run npm run build first`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "kela-e2e-"));
  const artifacts = resolve("tests/e2e/.artifacts");
  rmSync(artifacts, { recursive: true, force: true });
  const { mkdirSync, createWriteStream } = await import("node:fs");
  mkdirSync(artifacts, { recursive: true });
  const logFile = join(artifacts, "server.log");
  const out = createWriteStream(logFile);

  const server: ChildProcess = spawn(process.execPath, [join(buildDir, "app-server.js")], {
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
      PUBLIC_URL: `http://localhost:${port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.pipe(out);
  server.stderr?.pipe(out);

  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`Server exited (${server.exitCode}); see ${logFile}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not start; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide("baseUrl", baseUrl);
  project.provide("serverLog", logFile);

  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    serverLog: string;
  }
}
