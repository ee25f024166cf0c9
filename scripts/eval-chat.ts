/**
 * `npm run eval:chat`: the chatbot's accuracy on the labelled set in tests/chat-eval, held out
 * (k-fold: each case is scored by a bot whose question index was built without the case's fold):
 * intent, language, handoff, fact recall and wrong facts per language, per question set and per
 * intent, a confusion matrix of the intents, the follow-up conversations, and every miss.
 * `--quiet` leaves the misses out. `--file path.json` evaluates another file of questions in the
 * same format (a fresh batch, before it joins the set; scored with the index of every curated
 * case). `--typos [rate]` also asks every question again with typos in about that share of its
 * words (default 0.3; seeded, so runs compare; each held out with its original's fold): a measure of
 * robustness, not a threshold.
 * `--in-sample` scores the curated cases with the full index instead (what held out guards against).
 */
import { readFileSync } from "node:fs";
import { EVAL_SETS, evaluate, evaluateConversations, loadCases, metricsOf, type EvalCase, type Metrics } from "../tests/chat-eval/evaluate";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, m: Metrics) =>
  `${name.padEnd(22)} ${String(m.n).padStart(4)} ${pct(m.intent)} ${pct(m.lang)} ${pct(m.handoff)} ${m.factCases ? pct(m.facts) : "      –"} ${String(m.wrongFacts).padStart(6)} ${m.bothCases ? pct(m.both) : "      –"}`;
const header = `${"".padEnd(22)} ${"n".padStart(4)} ${"intent".padStart(7)} ${"lang".padStart(7)} ${"handoff".padStart(7)} ${"facts".padStart(7)} ${"wrong".padStart(6)} ${"both".padStart(7)}`;
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? "") : undefined;
};

const file = option("--file");
const cases: EvalCase[] = file ? JSON.parse(readFileSync(file, "utf8")) : loadCases();
const heldOut = !process.argv.includes("--in-sample");
const { results, overall, byLang, byIntent, confusion } = evaluate(cases, { heldOut });

console.log(`Chatbot evaluation (${file ?? "tests/chat-eval"}; ${file ? "a batch outside the curated set" : heldOut ? "held out, 5-fold" : "IN SAMPLE"})`);
console.log("wrong = facts stated that the cited rules or the asked topic do not state; both = two questions in one message, both answered\n");
console.log(header);
for (const [lang, m] of Object.entries(byLang)) console.log(row(lang, m));
console.log(row("all", overall));
console.log(`\nPrivacy: ${pct(overall.privacy)} of messages with an identity code never echo it.\n`);
if (!file) {
  console.log(header);
  let start = 0;
  for (const [name, set] of Object.entries(EVAL_SETS)) {
    const own = results.slice(start, start + set.length);
    start += set.length;
    console.log(row(name, metricsOf(own)));
    for (const lang of ["fi", "sv", "en"]) console.log(row(`  ${lang}`, metricsOf(own.filter((r) => r.lang === lang))));
  }
  console.log("");
  const follow = evaluateConversations();
  console.log(`Follow-up turns of conversations (tests/chat-eval/conversations.json):\n${header}`);
  for (const [lang, m] of Object.entries(follow.byLang)) console.log(row(lang, m));
  console.log(row("all", follow.overall));
  for (const r of follow.results.filter((r) => !r.ok.intent || !r.ok.lang)) console.log(`  miss [${r.lang}] ${JSON.stringify(r.q)}: expected ${r.intent}/${r.lang}, got ${r.got.intent}/${r.got.lang}`);
  console.log("");
}
console.log(header);
for (const [intent, m] of Object.entries(byIntent)) console.log(row(intent, m));

console.log(`\nConfusion (expected → answered, ${[...confusion.values()].reduce((a, b) => a + b, 0)} cases):`);
for (const [pair, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${pair}`);

const typos = option("--typos");
if (typos !== undefined) {
  const rate = Number(typos) > 0 ? Number(typos) : 0.3;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const misspell = (word: string) => {
    if (word.length < 4 || /\d/.test(word)) return word;
    const i = 1 + Math.floor(random() * (word.length - 2));
    const kind = random();
    if (kind < 0.3) return word.slice(0, i) + word.slice(i + 1);
    if (kind < 0.6) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (kind < 0.8) return word.slice(0, i) + word[i] + word.slice(i);
    return word.replace(/[äå]/g, "a").replace(/ö/g, "o");
  };
  const noisy = cases.map((c) => ({ ...c, facts: undefined, origin: c.q, q: c.q.split(" ").map((w) => (random() < rate ? misspell(w) : w)).join(" ") }));
  const robust = evaluate(noisy);
  console.log(`\nWith typos in about ${Math.round(rate * 100)}% of words:\n${header}`);
  for (const [lang, m] of Object.entries(robust.byLang)) console.log(row(lang, m));
  console.log(row("all", robust.overall));
}

if (!process.argv.includes("--quiet")) {
  const misses = results.filter((r) => !r.ok.intent || !r.ok.lang || !r.ok.handoff || r.ok.facts === false || r.ok.privacy === false || r.wrong.length || r.ok.both === false);
  console.log(`\nMisses (${misses.length}):`);
  for (const r of misses) {
    const what = [...Object.entries(r.ok).filter(([, ok]) => ok === false).map(([k]) => k), ...(r.wrong.length ? [`wrong facts ${r.wrong.join(" ")}`] : [])].join(",");
    console.log(`  [${r.lang}] ${JSON.stringify(r.q)}\n      expected ${r.intent}/${r.lang}, got ${r.got.intent}/${r.got.lang} (${r.got.confidence}) – ${what}`);
  }
}
