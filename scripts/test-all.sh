#!/usr/bin/env bash
# npm test: every test, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step "typecheck"
npx tsc --noEmit
step "unit, route, machine and chatbot tests (vitest)"
npx vitest run
step "chatbot evaluation (npm run eval:chat)"
npm run --silent eval:chat
step "production build"
npm run --silent build
step "end-to-end: production build, Chromium, JavaScript on and off, axe, fuzzing, faults"
npx vitest run -c tests/e2e/vitest.config.ts
step "page budgets (npm run check:budget)"
npm run --silent check:budget
step "PostgreSQL: the database suites once more on a real PostgreSQL, and two instances on one"
npx tsx scripts/with-postgres.ts bash scripts/test-postgres.sh
