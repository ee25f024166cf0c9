import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { createApp } from "./app";
import { mountMockOidcProvider } from "./mock-oidc-provider";
import { installProfilerToggle } from "./profiler";

/**
 * Starts the portal: `npm start` serves the production build; `npm run dev`
 * runs the same server with Vite in middleware mode. Background services
 * (migrations, outbox worker, mock back end in mock mode) start through the
 * app's own boot(), so the app and this file share one copy of them.
 */
const production = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const buildDir = resolve(process.env.BUILD_DIR ?? "build");
const mockMode = process.env.MOCKS === "true" || process.env.MOCKS === "1";

// The server's own lines (start, stop, the access log) are "info": LOG_LEVEL warn, error or silent leaves them out.
const quiet = ["warn", "error", "silent"].includes(process.env.LOG_LEVEL ?? "");
const log = (line: Record<string, unknown>) => {
  if (quiet) return;
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", ...line })}\n`);
};

async function main() {
  let build: ServerBuild | (() => Promise<ServerBuild>);
  let loadBuild: () => Promise<ServerBuild>;
  const assets: express.RequestHandler[] = [];

  if (production) {
    const serverBuild = (await import(pathToFileURL(resolve(buildDir, "server/index.js")).href)) as ServerBuild;
    build = serverBuild;
    loadBuild = async () => serverBuild;
    // Hashed file names never change: cache them for a year. Other public files for an hour.
    assets.push(express.static(resolve(buildDir, "client/assets"), { immutable: true, maxAge: "1y", index: false }));
    assets.push(express.static(resolve(buildDir, "client"), { maxAge: "1h", index: false }));
  } else {
    const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));
    assets.push(vite.middlewares);
    loadBuild = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
    build = loadBuild;
  }

  const entry = (await loadBuild()).entry.module as { boot?: () => Promise<() => Promise<void>> };
  let stop: () => Promise<void> = async () => {};
  try {
    stop = (await entry.boot?.()) ?? stop;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }

  const app = createApp({
    build,
    mode: production ? "production" : "development",
    assets,
    trustProxy: Number(process.env.TRUST_PROXY ?? 0),
    log,
    mount: (express) => {
      // Mock mode without a real issuer: the local stand-in for Suomi.fi at /oidc.
      if (!mockMode || process.env.OIDC_ISSUER) return;
      const publicUrl = (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, "");
      mountMockOidcProvider(express, { publicUrl, trustProxy: Number(process.env.TRUST_PROXY ?? 0) > 0 });
      log({ event: "oidc.mock_provider", issuer: `${publicUrl}/oidc` });
    },
  });
  const server = app.listen(port, host, () => log({ event: "server.listening", url: `http://localhost:${port}` }));

  const shutdown = (signal: string) => {
    log({ event: "server.stopping", signal });
    server.close(() => void stop().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  if (process.env.PROFILE_DIR) installProfilerToggle(process.env.PROFILE_DIR, log);
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

void main();
