/**
 * npm run check:budget — the size budget of every page (part of npm test).
 *
 * Starts the production build in mock mode, crawls every page reachable by
 * links in the three languages, anonymously and signed in, and measures what
 * each page loads at first. Fails when a page loads more than 100 KiB of
 * JavaScript (gzip), or when the chat widget's code is in a first load.
 */
import { resolve } from "node:path";
import { signInOverHttp, startBuiltServer } from "./lib/server";
import { pageLinks, weighPage, type PageWeight } from "./lib/page-weight";

export const JS_BUDGET_BYTES = 100 * 1024;
/** Modules that must only ever load on demand (the chat widget panel). */
const LAZY_ONLY = /chat-?widget|ChatWidget|ChatPanel/i;
/** Journey pages no link leads to (they are reached by submitting forms). */
const EXTRA_PAGES = ["/kela-card/apply", "/secure-message", "/chat"];

export async function measureAllPages(options: { maxPages?: number } = {}): Promise<{ rows: (PageWeight & { who: string })[]; problems: string[] }> {
  const server = await startBuiltServer({ logFile: resolve("tests/e2e/.artifacts/budget-server.log") });
  const rows: (PageWeight & { who: string })[] = [];
  const problems: string[] = [];
  try {
    const visitors: { who: string; cookie?: string }[] = [
      { who: "anonymous" },
      { who: "150384-901U", cookie: await signInOverHttp(server.baseUrl, "150384-901U") },
    ];
    for (const visitor of visitors) {
      const seen = new Set<string>();
      const queue = ["fi", "sv", "en"].flatMap((lang) => [`/${lang}`, ...EXTRA_PAGES.map((p) => `/${lang}${p}`)]);
      while (queue.length && seen.size < (options.maxPages ?? 200)) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        const response = await fetch(`${server.baseUrl}${path}`, { headers: visitor.cookie ? { cookie: visitor.cookie } : {}, redirect: "follow" });
        const finalPath = new URL(response.url).pathname;
        const html = await response.text();
        if (!response.headers.get("content-type")?.includes("text/html")) continue;
        for (const link of pageLinks(html)) if (!seen.has(link)) queue.push(link);
        if (finalPath !== path && seen.has(finalPath)) continue;
        seen.add(finalPath);
        const weight = await weighPage(server.baseUrl, finalPath, visitor.cookie);
        rows.push({ ...weight, who: visitor.who });
        if (weight.jsGzip > JS_BUDGET_BYTES) problems.push(`${finalPath} (${visitor.who}) loads ${kib(weight.jsGzip)} KiB of JavaScript (budget ${kib(JS_BUDGET_BYTES)} KiB)`);
        const eager = weight.scripts.filter((s) => LAZY_ONLY.test(s));
        if (eager.length) problems.push(`${finalPath} loads the chat widget at first: ${eager.join(", ")}`);
      }
    }
  } finally {
    await server.stop();
  }
  return { rows, problems };
}

export const kib = (bytes: number) => (bytes / 1024).toFixed(1);

export function printTable(rows: (PageWeight & { who: string })[]): void {
  const header = ["page", "visitor", "status", "JS gz KiB", "HTML KiB (gz)", "CSS KiB (gz)"];
  const lines = rows.map((r) => [r.path, r.who, String(r.status), kib(r.jsGzip), `${kib(r.htmlBytes)} (${kib(r.htmlGzip)})`, `${kib(r.cssBytes)} (${kib(r.cssGzip)})`]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(format(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
  const heaviest = rows.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a), rows[0]!);
  if (heaviest) console.log(`\nHeaviest page: ${heaviest.path} (${heaviest.who}) ${kib(heaviest.jsGzip)} KiB JS gz; budget ${kib(JS_BUDGET_BYTES)} KiB.`);
}

if (process.argv[1]?.endsWith("check-budget.ts")) {
  const { rows, problems } = await measureAllPages();
  printTable(rows);
  if (problems.length) {
    console.error(`\nOver budget:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`\n${rows.length} pages within budget.`);
}
