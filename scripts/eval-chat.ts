/**
 * `npm run eval:chat`: the chatbot's accuracy on the labelled set in
 * tests/chat-eval, per language and per intent, and every miss.
 * `--quiet` leaves the misses out.
 */
import { evaluate, type Metrics } from "../tests/chat-eval/evaluate";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, m: Metrics) =>
  `${name.padEnd(22)} ${String(m.n).padStart(4)} ${pct(m.intent)} ${pct(m.lang)} ${pct(m.handoff)} ${m.factCases ? pct(m.facts) : "      –"}`;
const header = `${"".padEnd(22)} ${"n".padStart(4)} ${"intent".padStart(7)} ${"lang".padStart(7)} ${"handoff".padStart(7)} ${"facts".padStart(7)}`;

const { results, overall, byLang, byIntent } = evaluate();

console.log("Chatbot evaluation (tests/chat-eval)\n");
console.log(header);
for (const [lang, m] of Object.entries(byLang)) console.log(row(lang, m));
console.log(row("all", overall));
console.log(`\nPrivacy: ${pct(overall.privacy)} of messages with an identity code never echo it.\n`);
console.log(header);
for (const [intent, m] of Object.entries(byIntent)) console.log(row(intent, m));

if (!process.argv.includes("--quiet")) {
  const misses = results.filter((r) => !r.ok.intent || !r.ok.lang || !r.ok.handoff || r.ok.facts === false || r.ok.privacy === false);
  console.log(`\nMisses (${misses.length}):`);
  for (const r of misses) {
    const what = Object.entries(r.ok)
      .filter(([, ok]) => ok === false)
      .map(([k]) => k)
      .join(",");
    console.log(`  [${r.lang}] ${JSON.stringify(r.q)}\n      expected ${r.intent}/${r.lang}, got ${r.got.intent}/${r.got.lang} (${r.got.confidence}) – ${what}`);
  }
}
