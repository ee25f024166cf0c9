import { spawn } from "node:child_process";
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { journeyToCheck, PortalClient, submitApplication } from "../../scripts/lib/portal-client";
import { spawnBuiltServer, stopServer, waitUntilHealthy, type ServerProcess } from "../../scripts/lib/server";

/**
 * Issue 11: the embedded database survives operator mistakes and crashes.
 * Each test runs its own built servers (npm start, mock mode) on a data
 * folder of its own, kills them, starts them again and looks at what is left.
 */
const folders: string[] = [];
const running: ServerProcess[] = [];
let counter = 0;

function dataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "kela-durable-"));
  folders.push(folder);
  return folder;
}

async function spawnOn(dataDir: string): Promise<ServerProcess> {
  counter += 1;
  const server = await spawnBuiltServer({ dataDir, logFile: resolve(`tests/e2e/.artifacts/durable-${counter}.log`), env: { LOG_LEVEL: "info" } });
  running.push(server);
  return server;
}

async function startOn(dataDir: string): Promise<ServerProcess> {
  const server = await spawnOn(dataDir);
  await waitUntilHealthy(server);
  return server;
}

afterAll(async () => {
  for (const server of running) await stopServer(server, "SIGKILL");
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

type RowCounts = { tables: Record<string, number>; outbox: Record<string, number>; references: string[] };
/** Fixture persons who may order a card for themselves through the plain journey (DESIGN.md). */
const APPLICANTS = ["150384-901U", "021179-902M", "140462-919W", "190868-9231", "110250-925E", "060677-929J"];
/** Rate-limit counters are added to their rows every half second, whatever else happens: left out. */
const withoutCounters = ({ tables: { rate_limits: _counters, ...tables }, ...rest }: RowCounts) => ({ ...rest, tables });

async function rowCounts(server: ServerProcess): Promise<RowCounts> {
  const response = await fetch(`${server.baseUrl}/mock-admin/row-counts`);
  expect(response.status).toBe(200);
  return (await response.json()) as RowCounts;
}

/** Matti orders a replacement for a lost card; returns the reference shown to him. */
async function applyAsMatti(server: ServerProcess): Promise<{ client: PortalClient; reference: string }> {
  const client = await PortalClient.signIn(server.baseUrl, "150384-901U");
  const submitted = await submitApplication(client, await journeyToCheck(client));
  expect(submitted.status).toBe(302);
  return { client, reference: await referenceShownTo(client) };
}

async function referenceShownTo(client: PortalClient): Promise<string> {
  const page = await client.get("/fi/kela-card/apply/confirmation");
  expect(page.status).toBe(200);
  const reference = /KK-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(page.html)?.[0];
  expect(reference, "reference on the confirmation page").toBeTruthy();
  return reference!;
}

/**
 * npm run <args> on `dataDir`. Asynchronous on purpose: a spawnSync would stop this process's
 * event loop for as long as the tool runs, and a keep-alive connection that the portal closes
 * meanwhile would only be noticed when the next request is written to it ("other side closed").
 */
function runTool(args: string[], dataDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn("npm", ["run", "--silent", ...args], {
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production", MOCKS: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolveRun({ status, output }));
  });
}

async function untilOutput(server: ServerProcess, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(server.output())) {
    if (Date.now() > deadline) throw new Error(`${pattern} not seen; see ${server.logFile}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The process either refuses (exits) or comes up; a start that comes up on a taken folder is the bug. */
async function outcomeOf(server: ServerProcess): Promise<{ exited: number | string } | "serving"> {
  return Promise.race([server.exited.then((code) => ({ exited: code })), waitUntilHealthy(server, 30_000).then(() => "serving" as const)]);
}

describe("durable data: one owner per folder, crashes, damaged files, backups (issue 11)", () => {
  it("a second portal on the same data folder refuses to start with one line naming the folder and the running process; the first keeps serving, its data intact", async () => {
    const folder = dataFolder();
    const first = await startOn(folder);
    const { client, reference } = await applyAsMatti(first);
    const before = await rowCounts(first);

    const second = await spawnOn(folder);
    const outcome = await outcomeOf(second);
    expect(outcome, "the second process must refuse, not serve").not.toBe("serving");
    expect(outcome).toEqual({ exited: 1 });
    const refusal = second.output().split("\n").filter((line) => line.startsWith("Data folder"));
    expect(refusal).toEqual([
      expect.stringMatching(new RegExp(`^Data folder ${folder} is in use by another portal process \\(pid ${first.child.pid}, port ${first.port}, running since [^)]+\\): stop that process first, or give this one its own DATA_DIR\\.$`)),
    ]);
    expect(second.output()).not.toContain("Aborted");

    // The first one never noticed: it answers, its data is all there, it takes new applications.
    expect((await fetch(`${first.baseUrl}/healthz`)).status).toBe(200);
    expect(await referenceShownTo(client)).toBe(reference);
    expect(withoutCounters(await rowCounts(first))).toEqual(withoutCounters(before));
    await applyAsMatti(first);

    // And the folder opens again after the first one stops.
    await stopServer(first);
    const again = await startOn(folder);
    expect(await referenceShownTo(new PortalClient(again.baseUrl, client.cookie))).not.toBe("");
    expect((await rowCounts(again)).tables.card_receipts).toBe(before.tables.card_receipts! + 1);
    await stopServer(again);
  }, 120_000);

  it("kill -9 while the database is created and migrated leaves a folder that opens again, fully migrated", async () => {
    // When, on a first start, the database work begins (after the mock back end) and ends (migrated).
    const probe = await spawnOn(dataFolder());
    const spawnedAt = Date.now();
    await untilOutput(probe, /"event":"mocks.on"/);
    const opensAfter = Date.now() - spawnedAt;
    await untilOutput(probe, /"event":"db.ready"/);
    const readyAfter = Date.now() - spawnedAt;
    await stopServer(probe);

    for (const share of [0.3, 0.9]) {
      const folder = dataFolder();
      const victim = await spawnOn(folder);
      await new Promise((r) => setTimeout(r, Math.round(opensAfter + (readyAfter - opensAfter) * share)));
      await stopServer(victim, "SIGKILL");
      const restarted = await startOn(folder);
      const counts = await rowCounts(restarted);
      expect(Object.keys(counts.tables), `killed at ${Math.round(share * 100)} % of the database start-up`).toEqual(
        expect.arrayContaining(["sessions", "outbox", "card_receipts", "audit_log"]),
      );
      await applyAsMatti(restarted);
      await stopServer(restarted);
    }
  }, 180_000);

  it("kill -9 in the middle of submits and outbox deliveries loses nothing a user was told: every reference stays, every order is delivered", async () => {
    const folder = dataFolder();
    let server = await startOn(folder);
    const confirmed: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      // One applicant per client: each one's confirmation page shows its own latest receipt.
      const clients = await Promise.all(APPLICANTS.map((hetu) => PortalClient.signIn(server.baseUrl, hetu)));
      // Deliveries are in flight when the kill comes: the back end answers slowly or not at all.
      await fetch(`${server.baseUrl}/mock-admin/fault`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ method: "POST", path: "/card-orders", mode: "timeout", times: 3 }),
      });
      let stop = false;
      const load = clients.map(async (client) => {
        while (!stop) {
          try {
            const answer = await submitApplication(client, await journeyToCheck(client));
            if (answer.status === 302) confirmed.push(await referenceShownTo(client));
          } catch {
            return; // the server went away mid-request: this one was never confirmed
          }
        }
      });
      await new Promise((r) => setTimeout(r, 1500 + round * 700));
      stop = true;
      await stopServer(server, "SIGKILL");
      await Promise.all(load);
      server = await startOn(folder);
    }
    expect(confirmed.length).toBeGreaterThan(3);
    // Every reference a user was shown is still there.
    expect((await rowCounts(server)).references).toEqual(expect.arrayContaining(confirmed));
    // Leases of deliveries cut short expire; then the worker delivers everything.
    await fetch(`${server.baseUrl}/mock-admin/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advanceMs: 2 * 60 * 60_000 }) });
    const deadline = Date.now() + 60_000;
    let counts = await rowCounts(server);
    while ((counts.outbox.pending ?? 0) > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      counts = await rowCounts(server);
    }
    expect(counts.outbox).toEqual({ delivered: counts.tables.card_receipts });
    expect(counts.tables.card_receipts).toBeGreaterThanOrEqual(confirmed.length);
  }, 180_000);

  it("damaged files: the server says in one line which folder and to restore the last backup, instead of Aborted()", async () => {
    const folder = dataFolder();
    await stopServer(await startOn(folder));
    const control = openSync(join(folder, "pglite", "global", "pg_control"), "r+");
    writeSync(control, Buffer.alloc(8192, 0x5a), 0, 8192, 0);
    closeSync(control);

    const server = await spawnOn(folder);
    const outcome = await outcomeOf(server);
    expect(outcome).toEqual({ exited: 1 });
    const lines = server.output().split("\n").filter((line) => line.includes(join(folder, "pglite")));
    expect(lines).toEqual([expect.stringMatching(/cannot be opened: its files are damaged or unreadable .*npm run db:restore <file>/)]);
    expect(server.output()).not.toMatch(/^Aborted\(\)/m);
  }, 60_000);

  it("npm run db:backup while the portal runs, npm run db:restore after the folder is lost: the orders, the outbox and the audit trail are back", async () => {
    const folder = dataFolder();
    const backupFile = join(dataFolder(), "portal.tar.gz");
    let server = await startOn(folder);
    const { client, reference } = await applyAsMatti(server);
    const atBackup = await rowCounts(server);
    expect(atBackup.tables.audit_log).toBeGreaterThan(0);

    const backup = await runTool(["db:backup", "--", backupFile], folder);
    expect(backup.output).toMatch(/^Backup made by the running portal \(pid \d+\)\.$/m);
    expect(backup.output).toContain(`Backup written to ${backupFile}`);
    expect(backup.status).toBe(0);

    // After the backup: one more application, then the folder is lost.
    await applyAsMatti(server);
    const refused = await runTool(["db:restore", "--", backupFile], folder);
    expect(refused.status).toBe(2);
    expect(refused.output).toContain(`is running on ${folder}: stop it first`);
    await stopServer(server);
    rmSync(join(folder, "pglite"), { recursive: true, force: true });

    const restored = await runTool(["db:restore", "--", backupFile], folder);
    expect(restored.output).toContain(`Restored ${backupFile} into ${join(folder, "pglite")}`);
    expect(restored.status).toBe(0);
    server = await startOn(folder);
    const counts = await rowCounts(server);
    for (const table of ["card_receipts", "outbox", "audit_log", "sessions"]) expect(counts.tables[table], table).toBe(atBackup.tables[table]);
    expect(await referenceShownTo(new PortalClient(server.baseUrl, client.cookie))).toBe(reference);
    await stopServer(server);
  }, 120_000);
});
