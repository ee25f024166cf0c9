/// <reference types="vitest/config" />
import { vitePlugin as remix } from "@remix-run/dev";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import remixOptions from "./remix.config.js";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  plugins: [!process.env.VITEST && remix(remixOptions)],
  build: { target: "es2022", cssMinify: true },
  server: { hmr: { port: 24678 } },
  // i18next-fs-backend is never used; exclude keeps dev pre-bundling safe.
  optimizeDeps: { exclude: ["i18next-fs-backend"] },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "machines/**/*.test.ts", "mocks/**/*.test.ts", "tests/unit/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    globalSetup: ["tests/setup/pglite-template.ts"],
    setupFiles: ["tests/setup/unit.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
