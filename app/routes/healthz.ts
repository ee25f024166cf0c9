import { json } from "@remix-run/node";
import { sql } from "kysely";
import { getDb } from "~/services/db.server";
import { pingBackend } from "~/services/kela-api.server";

/** 200 {"status":"ok"} when the database and the back end answer, 503 otherwise (contract). */
export async function loader() {
  const [database, backend] = await Promise.all([
    getDb()
      .then((db) => sql`select 1`.execute(db))
      .then(() => true)
      .catch(() => false),
    pingBackend(),
  ]);
  const ok = database && backend;
  return json(ok ? { status: "ok" } : { status: "unavailable", checks: { database, backend } }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
