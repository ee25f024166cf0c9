#!/usr/bin/env bash
# npm test: every test, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"
npx tsc --noEmit
echo "== unit and route tests"
npx vitest run
echo "== production build"
npm run build --silent
echo "== end-to-end (production build, Chromium, JavaScript on and off)"
npx vitest run -c tests/e2e/vitest.config.ts
