#!/usr/bin/env bash
# npm test: every test, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's time is printed when the next begins, and the total at the end (CI's limit).
current=""
step_started=$SECONDS
step() {
  if [ -n "$current" ]; then printf '   %s: %ss\n' "$current" "$((SECONDS - step_started))"; fi
  current="$1"; step_started=$SECONDS
  printf '\n== %s\n' "$1"
}

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
printf '   %s: %ss\n\n== all tests passed in %ss\n' "$current" "$((SECONDS - step_started))" "$SECONDS"
