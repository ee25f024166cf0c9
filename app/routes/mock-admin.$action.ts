import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getEnv } from "~/env.server";
import { sql } from "kysely";
import { advanceClock, now, setNow } from "~/services/clock.server";
import { getDb } from "~/services/db.server";

/**
 * Test control of the mock world, for end-to-end tests against the built
 * server: move the app clock, reset or break the mock back end, see what it
 * received. It does not exist unless MOCKS=true.
 */
function assertMocks() {
  if (!getEnv().MOCKS) throw new Response("Not found", { status: 404 });
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  assertMocks();
  const { receivedOf } = await import("../../mocks/state");
  if (params.action === "clock") return json({ now: now().toISOString() });
  if (params.action === "fingerprint") return json(await storedStateFingerprint());
  if (params.action === "row-counts") return json(await rowCounts());
  if (params.action === "mail") {
    // The in-process SMTP catcher's mail, newest first (?to= one recipient).
    const { caughtMail } = await import("~/services/mail-catcher.server");
    return json({ mails: await caughtMail({ to: new URL(request.url).searchParams.get("to") ?? undefined }) });
  }
  if (params.action === "received") {
    const kind = new URL(request.url).searchParams.get("kind") ?? "";
    return json({ received: receivedOf(kind) });
  }
  throw new Response("Not found", { status: 404 });
}

export async function action({ params, request }: ActionFunctionArgs) {
  assertMocks();
  const { clearFaults, injectFault, resetMockBackend } = await import("../../mocks/state");
  const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
  switch (params.action) {
    case "clock":
      if (typeof body.set === "string") setNow(new Date(body.set));
      if (typeof body.advanceMs === "number") advanceClock(body.advanceMs);
      return json({ now: now().toISOString() });
    case "reset":
      resetMockBackend();
      return json({ ok: true });
    case "fault":
      injectFault(String(body.method), String(body.path), body.mode as "error" | "timeout" | "malformed", Number(body.times ?? 1));
      return json({ ok: true });
    case "faults-clear":
      clearFaults();
      return json({ ok: true });
    default:
      throw new Response("Not found", { status: 404 });
  }
}

/**
 * Row counts of every table that holds what users submitted, and what the mock
 * back end received: fuzz and fault tests compare it before and after hostile
 * requests. Sessions, rate-limit counters and the audit log are left out (a
 * refused request may rightly touch them).
 */
async function storedStateFingerprint() {
  const tables = await countRows(["sessions", "rate_limits", "audit_log", "kysely_migration", "kysely_migration_lock"]);
  const { mockState } = await import("../../mocks/state");
  const received = Object.fromEntries([...mockState.received].map(([kind, items]) => [kind, items.size]));
  return { tables, received };
}

/**
 * Rows of every table, the outbox by status and the receipts' references:
 * what durability tests compare across crashes and restores.
 */
async function rowCounts() {
  const db = await getDb();
  const outbox = await db.selectFrom("outbox").select(["status", sql<string>`count(*)::text`.as("n")]).groupBy("status").execute();
  const receipts = await db.selectFrom("card_receipts").select("reference").orderBy("reference").execute();
  return {
    tables: await countRows([]),
    outbox: Object.fromEntries(outbox.map((row) => [row.status, Number(row.n)])),
    references: receipts.map((row) => row.reference),
  };
}

async function countRows(leaveOut: string[]): Promise<Record<string, number>> {
  const db = await getDb();
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const tables: Record<string, number> = {};
  for (const { table_name } of rows) {
    if (leaveOut.includes(table_name)) continue;
    const count = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table_name)}`.execute(db);
    tables[table_name] = Number(count.rows[0]?.n ?? 0);
  }
  return tables;
}
