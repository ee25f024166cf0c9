import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const workers = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

/**
 * End-to-end tests: the production build, served by the real server in mock
 * mode, driven by the system Chromium, with JavaScript on and off.
 */
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("../../app", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    // One fork per portal of global-setup.ts (E2E_WORKERS): files spread over them.
    pool: "forks",
    poolOptions: { forks: { minForks: workers, maxForks: workers } },
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ["default"],
  },
});
