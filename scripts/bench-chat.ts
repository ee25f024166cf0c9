/**
 * `npm run bench:chat` (and `npm run bench` for now): the chatbot's answer
 * time in process, without network or database: understanding, the
 * conversation machine and the reply, for every question of the evaluation
 * set, several rounds, and the follow-up turns of the conversations. Prints p50/p95/p99; exits 1
 * when p95 is 10 ms or more (the limit). `--rounds N` changes the number of rounds.
 */
import { performance } from "node:perf_hooks";
import { newConversation, prepareChatEngine, replyTo } from "../app/chat/engine";
import conversations from "../tests/chat-eval/conversations.json";
import { loadCases, EVAL_AT } from "../tests/chat-eval/evaluate";

const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 20;
const LIMIT_MS = 10;

const started = performance.now();
prepareChatEngine();
const warmUpMs = performance.now() - started;

const messages = loadCases().map((c) => c.q);
// First sight: every word is new to the caches (typo search, postings) and the JIT is cold.
const firstSight: number[] = [];
for (const message of messages) {
  const t0 = performance.now();
  replyTo(message, { at: EVAL_AT });
  firstSight.push(performance.now() - t0);
}
firstSight.sort((a, b) => a - b);

const times: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const message of messages) {
    const t0 = performance.now();
    replyTo(message, { at: EVAL_AT });
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

console.log(`Chat answer latency in process (${messages.length} questions × ${rounds} rounds = ${times.length} answers)`);
console.log(`  index build at start-up: ${ms(warmUpMs)}`);
const first = (q: number) => firstSight[Math.min(firstSight.length - 1, Math.floor(q * firstSight.length))]!;
console.log(`  first sight (cold caches): p50 ${ms(first(0.5))}   p95 ${ms(first(0.95))}`);
console.log(`  steady state: p50 ${ms(at(0.5))}   p95 ${ms(at(0.95))}   p99 ${ms(at(0.99))}   max ${ms(times[times.length - 1]!)}`);
// Follow-ups: the second turn of each conversation, read with the first (the machine's memory of it).
const followUps: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const { turns } of conversations) {
    const [first, ...rest] = turns;
    let snapshot = replyTo(first!.q, { at: EVAL_AT, snapshot: newConversation() }).snapshot;
    for (const turn of rest) {
      const t0 = performance.now();
      snapshot = replyTo(turn.q, { at: EVAL_AT, snapshot }).snapshot;
      followUps.push(performance.now() - t0);
    }
  }
}
followUps.sort((a, b) => a - b);
const follow = (q: number) => followUps[Math.min(followUps.length - 1, Math.floor(q * followUps.length))]!;
console.log(`  follow-up turns (${followUps.length}): p50 ${ms(follow(0.5))}   p95 ${ms(follow(0.95))}`);
if (at(0.95) >= LIMIT_MS || follow(0.95) >= LIMIT_MS) {
  console.error(`p95 is over the ${LIMIT_MS} ms limit`);
  process.exit(1);
}
