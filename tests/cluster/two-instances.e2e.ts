import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionIdOf } from "../../scripts/lib/balancer";
import { ORDERING_PAIRS, prepareDraft, signInApplicant, submitDraft, type Applicant } from "../../scripts/lib/card-journey-http";
import { startCluster, testPostgres, type Cluster, type TestPostgres } from "../../scripts/lib/cluster";
import { findPostgresBin } from "../../scripts/lib/postgres";
import { drainedOutbox, promisedOrders, verdictOf } from "./ledger";

/**
 * Issue 11, item 5: two instances of the production build on one PostgreSQL
 * behind a round-robin balancer, one shared mock back end. 200 applications
 * are submitted while the back end fails in every way it can (500s, timeouts,
 * answers that come too late for calls it carried out, the ordering service
 * down, the whole back end down); every order must reach it exactly once.
 *
 * Each (actor, target) pair can have one open draft at a time, and the
 * fixture persons give 20 pairs: the 200 applications go in rounds of 20
 * submitted at once, each round's drafts prepared first. Nothing waits for
 * deliveries between rounds, so the outbox builds a backlog that both
 * instances' workers (and the submits' immediate tries) compete for.
 */
const APPLICATIONS = 200;
const LOGS = resolve("tests/cluster/.artifacts");
const postgresAvailable = !!process.env.TEST_DATABASE_URL || findPostgresBin() !== null;
if (!postgresAvailable) {
  console.warn("\n*** SKIPPED tests/cluster/two-instances.e2e.ts: PostgreSQL is not installed and TEST_DATABASE_URL is not set ***\n");
}

const ORDERING = [
  ["POST", "/card-orders"],
  ["POST", "/cases"],
] as const;

/** Faults of every round: scattered on the deliveries, and on a register read now and then (a 503 page, sent again). */
async function injectRoundFaults(cluster: Cluster): Promise<void> {
  const plan: [string, string, string][] = [
    ["POST", "/card-orders", "error"],
    ["POST", "/card-orders", "timeout"],
    ["POST", "/card-orders", "late"],
    ["POST", "/cases", "late"],
    ["POST", "/card-orders", "error"],
    ["POST", "/cases", "error"],
    ["GET", "/persons/:id/cards", "error"],
  ];
  for (const [method, path, mode] of plan) await cluster.backend.admin("fault", { method, path, mode, times: 1 });
}

/** Outages that start as a round is submitted: the ordering services in round 4, the whole back end in round 7. */
async function injectOutage(cluster: Cluster, round: number): Promise<void> {
  if (round === 3) for (const [method, path] of ORDERING) await cluster.backend.admin("outage", { ms: 6000, method, path });
  if (round === 6) await cluster.backend.admin("outage", { ms: 3000 });
}

async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/** Submits as a user would: a 503 page ("try again shortly") is sent again, with the same draft. */
async function submitUntilAccepted(applicant: Applicant, draft: string): Promise<{ resent: number }> {
  const deadline = Date.now() + 30_000;
  for (let resent = 0; ; resent += 1) {
    const answer = await submitDraft(applicant, draft);
    if (answer.accepted) return { resent };
    if (answer.status !== 503 || Date.now() > deadline) throw new Error(`${applicant.label}: submit answered ${answer.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const deliveredIn = (logFile: string) => readFileSync(logFile, "utf8").split("\n").filter((l) => l.includes('"event":"outbox.delivered"')).length;

describe.skipIf(!postgresAvailable)("two instances on one PostgreSQL", () => {
  let database: TestPostgres;
  let cluster: Cluster;
  let applicants: Applicant[];

  beforeAll(async () => {
    // The server logs are appended to; this run counts its own deliveries in them.
    rmSync(LOGS, { recursive: true, force: true });
    database = (await testPostgres())!;
    cluster = await startCluster({
      databaseUrl: database.url,
      instances: 2,
      logDir: LOGS,
      // One client address signs in 20 times. Retries come fast so the run stays short, and the
      // workers poll often so that the two instances really compete for the same rows.
      env: { RATE_LIMIT_MULTIPLIER: "1000", OUTBOX_RETRY_BASE_MS: "300", OUTBOX_WORKER_INTERVAL_MS: "50" },
    });
    applicants = await inPool(ORDERING_PAIRS, 4, (pair) => signInApplicant(cluster.url, pair));
  });

  afterAll(async () => {
    await cluster?.stop();
    await database?.stop();
  });

  it(`${APPLICATIONS} applications under back-end faults: each order reaches the back end exactly once, none lost`, async () => {
    const rounds = Math.ceil(APPLICATIONS / applicants.length);
    const submitted: string[] = [];
    let resent = 0;
    for (let round = 0; round < rounds; round += 1) {
      const batch = applicants.slice(0, Math.min(applicants.length, APPLICATIONS - submitted.length));
      const drafts = await inPool(batch, 6, (applicant) => prepareDraft(applicant));
      await injectRoundFaults(cluster);
      await injectOutage(cluster, round);
      const answers = await Promise.all(batch.map((applicant, i) => submitUntilAccepted(applicant, drafts[i]!)));
      submitted.push(...drafts);
      resent += answers.reduce((sum, a) => sum + a.resent, 0);
    }
    expect(submitted).toHaveLength(APPLICATIONS);

    // The back end recovers; the outbox must empty itself.
    await cluster.backend.admin("faults-clear", {});
    const outbox = await drainedOutbox(database.url, 60_000);
    const promised = await promisedOrders(database.url);
    const backend = { ...(await cluster.backend.keys("card-orders")), ...(await cluster.backend.keys("cases")) };
    const verdict = verdictOf(promised, backend);
    const [servedA, servedB] = cluster.balancer.served();
    const [deliveredA, deliveredB] = cluster.instances.map((instance) => deliveredIn(instance.logFile));
    const outboxRetries = promised.reduce((sum, p) => sum + p.attempts - 1, 0);
    console.log(
      `two instances: ${submitted.length} submitted, ${verdict.delivered} delivered, ${verdict.lost.length} lost, ` +
        `${verdict.duplicated.length} duplicated (${outboxRetries} retries, ${verdict.retries} of them reached the back end; ` +
        `${resent} submits answered 503 and sent again; requests served: A=${servedA}, B=${servedB}; ` +
        `delivered by A=${deliveredA}, B=${deliveredB}; database: ${database.source})`,
    );

    expect(new Set(promised.map((p) => p.draftId)), "every accepted submit has its receipt").toEqual(new Set(submitted));
    expect(verdict.lost, "promised but never created by the back end").toEqual([]);
    expect(verdict.duplicated, "created twice or delivered twice").toEqual([]);
    expect(verdict.unexpected, "created without a receipt").toEqual([]);
    expect(verdict.delivered).toBe(APPLICATIONS);
    expect(outbox, "outbox rows by status").toEqual({ delivered: APPLICATIONS });
    // The faults really happened: the outbox had to retry, and users saw 503 pages.
    expect(verdict.retries).toBeGreaterThan(rounds * 4);
    expect(outboxRetries).toBeGreaterThan(verdict.retries);
    expect(resent).toBeGreaterThan(0);
    // Both instances did the work: each delivered from the outbox.
    expect(deliveredA).toBeGreaterThan(0);
    expect(deliveredB).toBeGreaterThan(0);
  });

  it("every session was served by both instances (the session lives in PostgreSQL, not in an instance)", () => {
    const sessions = cluster.balancer.sessions();
    for (const applicant of applicants) {
      const sid = sessionIdOf(applicant.client.cookie);
      expect(sid, applicant.label).not.toBeNull();
      expect([...(sessions.get(sid!) ?? [])].sort(), applicant.label).toEqual([0, 1]);
    }
  });
});
