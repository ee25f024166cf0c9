/**
 * The two load generators of the benchmarks: autocannon for requests that can
 * be repeated as they are, and rounds of prepared card applications for the
 * final submit (each submit needs a draft of its own). Both report the same
 * row; 429 answers (a rate limit doing its job) are counted apart from errors.
 */
import autocannon from "autocannon";
import { ORDERING_PAIRS, prepareDraft, signInApplicant, submitDraft, type Applicant } from "./card-journey-http";

export type LoadResult = {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /**
   * The longest wait for a first answer while the connections were opened
   * (the ramp, left out of the other columns): under full load Node accepts
   * one new connection per turn of its event loop, so the last of fifty
   * connections opened at once waits for the others' requests first.
   */
  rampWorstMs: number;
  /** Network errors and timeouts. */
  errors: number;
  /** Answers other than the expected ones, 429 not included. */
  non2xx: number;
  /** 429 Too Many Requests. */
  limited: number;
};

export type Target = { name: string; path: string; method?: "GET" | "POST"; body?: string; headers?: Record<string, string> };

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
/** Seconds of load before the measured window: every connection is open and answered once. */
export const RAMP_S = Number(process.env.BENCH_RAMP ?? 5);

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * CONNECTIONS connections on one URL: RAMP_S seconds to open them, then
 * DURATION_S seconds measured. Requests/s and the percentiles are of the
 * requests sent in the measured window (steady state); errors count the
 * whole run.
 */
export async function hammer(baseUrl: string, target: Target): Promise<LoadResult> {
  const answers: { sentAt: number; ms: number; status: number }[] = [];
  const started = performance.now();
  const result = await autocannon({
    url: `${baseUrl}${target.path}`,
    method: target.method ?? "GET",
    body: target.body,
    headers: target.headers,
    connections: CONNECTIONS,
    duration: RAMP_S + DURATION_S,
    // The ramp's worst wait is its own column; 30 s instead of 10 keeps it a number, not an error.
    timeout: 30,
    setupClient: (client) => {
      client.on("response", (status: number, _bytes: number, responseTime: number) => {
        answers.push({ sentAt: performance.now() - responseTime - started, ms: responseTime, status });
      });
    },
  });
  const ended = performance.now() - started;
  const rampEnd = RAMP_S * 1000;
  const steady = answers.filter((a) => a.sentAt >= rampEnd);
  const latencies = steady.map((a) => a.ms).sort((a, b) => a - b);
  const limited = answers.filter((a) => a.status === 429).length;
  return {
    name: target.name,
    requestsPerSecond: (steady.length / (ended - rampEnd)) * 1000,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    rampWorstMs: Math.max(0, ...answers.filter((a) => a.sentAt < rampEnd).map((a) => a.ms)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx - limited,
    limited,
  };
}

/** Every pair of ORDERING_PAIRS signed in at `baseUrl`: the submitters of submitLoad. */
export async function signInSubmitters(baseUrl: string): Promise<Applicant[]> {
  const applicants: Applicant[] = [];
  for (const pair of ORDERING_PAIRS) applicants.push(await signInApplicant(baseUrl, pair));
  return applicants;
}

/**
 * The final submit under load: in rounds, every submitter prepares a draft
 * (not timed), then all submit at once (one per pair: as many at a time as
 * there are pairs). Runs rounds for about DURATION_S seconds; requests/s is
 * submits per second of submitting.
 */
export async function submitLoad(name: string, applicants: Applicant[]): Promise<LoadResult> {
  const latencies: number[] = [];
  let submittingMs = 0;
  let errors = 0;
  let non2xx = 0;
  let limited = 0;
  const until = Date.now() + DURATION_S * 1000;
  do {
    const drafts = await Promise.all(applicants.map((applicant) => prepareDraft(applicant)));
    const started = performance.now();
    const answers = await Promise.all(applicants.map((applicant, i) => submitDraft(applicant, drafts[i]!).catch(() => null)));
    submittingMs += performance.now() - started;
    for (const answer of answers) {
      if (!answer) errors += 1;
      else if (answer.status === 429) limited += 1;
      else if (!answer.accepted) non2xx += 1;
      if (answer) latencies.push(answer.ms);
    }
  } while (Date.now() < until);
  latencies.sort((a, b) => a - b);
  return {
    name,
    requestsPerSecond: (latencies.length / submittingMs) * 1000,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    rampWorstMs: Number.NaN,
    errors,
    non2xx,
    limited,
  };
}

/** A plain-text table: the header, a rule, the rows. */
export function printTable(header: string[], lines: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(format(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
}

/** The columns every load row has, then the ratio. */
export function loadCells(row: LoadResult, ratio: number): string[] {
  return [
    row.name,
    row.requestsPerSecond.toFixed(0),
    row.p50Ms.toFixed(1),
    row.p95Ms.toFixed(1),
    row.p99Ms.toFixed(1),
    (row.p99Ms / row.p50Ms).toFixed(1),
    Number.isFinite(row.rampWorstMs) ? row.rampWorstMs.toFixed(0) : "—",
    String(row.errors),
    String(row.non2xx),
    String(row.limited),
    Number.isFinite(ratio) ? `${(ratio * 100).toFixed(1)} %` : "—",
  ];
}
/** The header of loadCells' columns but the last (the caller names what the ratio is to). */
export const LOAD_HEADER = ["target", "req/s", "p50 ms", "p95 ms", "p99 ms", "p99/p50", "ramp worst ms", "errors", "non-2xx", "429"];

export const failedRows = (rows: LoadResult[]) => rows.filter((r) => r.errors > 0 || r.non2xx > 0);
