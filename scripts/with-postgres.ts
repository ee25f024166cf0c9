/**
 * Runs a command with TEST_DATABASE_URL pointing at a PostgreSQL server: the
 * one given in TEST_DATABASE_URL, or a throw-away cluster started here from
 * the installed PostgreSQL (scripts/lib/postgres.ts) and removed afterwards.
 * Without PostgreSQL the command is skipped, loudly; with REQUIRE_POSTGRES=1
 * (the README's test command, so CI) that is a failure instead.
 */
import { spawnSync } from "node:child_process";
import { findPostgresBin, startScratchPostgres } from "./lib/postgres";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("Usage: tsx scripts/with-postgres.ts COMMAND [ARGS...]");
  process.exit(2);
}

const given = process.env.TEST_DATABASE_URL;
if (!given && !findPostgresBin()) {
  const banner = "PostgreSQL is not installed (apt-get install -y postgresql) and TEST_DATABASE_URL is not set";
  if (process.env.REQUIRE_POSTGRES === "1") {
    console.error(`\n${banner}: the PostgreSQL suites cannot run.\n`);
    process.exit(1);
  }
  const line = "*".repeat(banner.length + 12);
  console.warn(`\n${line}\n***** SKIPPED: ${banner}: the PostgreSQL suites did not run. *****\n${line}\n`);
  process.exit(0);
}

const cluster = given ? null : await startScratchPostgres();
const url = given ?? cluster!.url;
console.log(`PostgreSQL for the tests: ${url.replace(/\/\/[^@]*@/, "//…@")}${cluster ? " (a throw-away cluster)" : ""}`);
let status = 1;
try {
  status = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: url } }).status ?? 1;
} finally {
  cluster?.stop();
}
process.exit(status);
