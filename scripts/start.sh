#!/usr/bin/env bash
# Installs, builds and starts the portal with its embedded defaults: mock Kela
# back end, test identification, embedded PostgreSQL (PGlite, ./data) and an
# in-process mail catcher. Listens on http://localhost:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run build
MOCKS=true PORT="${PORT:-3000}" npm start
