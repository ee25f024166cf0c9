import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The scale test (issue 11): two instances of the production build on one
 * PostgreSQL behind a balancer. Needs a build (BUILD_DIR, default build) and
 * TEST_DATABASE_URL or an installed PostgreSQL (a scratch cluster is started).
 */
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("../../app", import.meta.url)) } },
  test: {
    include: ["tests/cluster/**/*.e2e.ts"],
    fileParallelism: false,
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default"],
  },
});
