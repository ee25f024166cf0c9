#!/usr/bin/env bash
# npm test's PostgreSQL stage (run by scripts/with-postgres.ts, which sets
# TEST_DATABASE_URL): the suites that touch the database, once more on a real
# PostgreSQL, and several app instances on one PostgreSQL. Needs a build.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TEST_DATABASE_URL:?run me through scripts/with-postgres.ts}"

printf '\n-- route and service tests on PostgreSQL (sessions, rate limits, card submit, outbox, secure-message links, proxy declarations, audit)\n'
npx vitest run -c vitest.postgres.config.ts
printf '\n-- end-to-end suites on PostgreSQL (card submit and outbox under faults, proxy declarations, secure messages, sessions)\n'
# JavaScript off only: the browser side does not depend on the database (tests/e2e/harness.ts).
# Rate limits at their real values and the audit trail are proven on PostgreSQL by the route tests above.
E2E_JS=off npx vitest run -c tests/e2e/vitest.config.ts \
  tests/e2e/kela-card-faults.e2e.ts tests/e2e/proxy.e2e.ts tests/e2e/secure-message.e2e.ts tests/e2e/foundation.e2e.ts
printf '\n-- two app instances on one PostgreSQL\n'
npx vitest run -c tests/cluster/vitest.config.ts
