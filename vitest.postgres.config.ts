import { configDefaults, defineConfig } from "vitest/config";
import base from "./vite.config";

/**
 * npm test's PostgreSQL stage: the route and service tests that touch the
 * database, once more on a real PostgreSQL (TEST_DATABASE_URL; each test
 * file gets a database of its own, see tests/setup/unit.ts).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["app/routes/**/*.test.ts", "app/services/**/*.test.ts"],
    // PGlite's own mechanics (its connection queue, the data-folder lock) have nothing to do with PostgreSQL.
    exclude: [...configDefaults.exclude, "app/services/db/**"],
  },
});
