/**
 * npm run bench: the benchmarks (not timed tests). Needs a production build
 * (`npm run build`). Prints, in order:
 *  1. every page's first-load JavaScript (gzip) and HTML/CSS size against the budget,
 *  2. the chatbot's in-process answer latency (p50/p95),
 *  3. the load table: requests/s, p50/p95/p99 under 50 connections for the
 *     front page, a signed-in card-journey step, POST /api/chat and the final
 *     submit of an application, beside a bare Remix route of the same build,
 *     with the ratio; on PGlite, then on a local PostgreSQL;
 *  4. the scale table: the journey step and the submit on PostgreSQL, one
 *     instance and two behind a balancer, with the ratio to PGlite (skipped,
 *     loudly, without PostgreSQL).
 * Exits 1 if a page is over budget, p95 of the chatbot is 10 ms or more, or
 * any request fails under load.
 */
import { spawnSync } from "node:child_process";
import { measureAllPages, printTable } from "./check-budget";
import { printLoadTable, runLoadBenchmark, runPostgresLoadBenchmark } from "./bench-load";
import { printScaleTable, runScaleBenchmark } from "./bench-scale";
import { failedRows } from "./lib/load";

let failed = false;

console.log("== 1. Page budgets (first load)\n");
const budget = await measureAllPages();
printTable(budget.rows);
if (budget.problems.length) {
  failed = true;
  console.error(`Over budget:\n${budget.problems.map((p) => `  - ${p}`).join("\n")}`);
}

console.log("\n== 2. Chatbot answer latency (in process)\n");
const chat = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-chat.ts"], { stdio: "inherit" });
if (chat.status !== 0) failed = true;

console.log("\n== 3. Load");
const load = await runLoadBenchmark();
printLoadTable(load.rows);
const postgres = await runPostgresLoadBenchmark();
if (postgres) printLoadTable(postgres, "PostgreSQL");
else console.warn("\n*** SKIPPED the PostgreSQL load table: PostgreSQL is not installed and TEST_DATABASE_URL is not set ***");
if (failedRows([...load.rows, ...(postgres ?? [])]).length) {
  failed = true;
  console.error("Errors under load.");
}

console.log("\n== 4. Scale: PostgreSQL, one and two instances");
const scale = await runScaleBenchmark(load);
if (!scale) console.warn("\n*** SKIPPED: PostgreSQL is not installed and TEST_DATABASE_URL is not set ***");
else {
  printScaleTable(scale);
  if (failedRows(scale).length) {
    failed = true;
    console.error("Errors under load.");
  }
}

process.exit(failed ? 1 : 0);
