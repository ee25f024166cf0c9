#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests need: Chromium (end-to-end) and PostgreSQL (the PostgreSQL stage).
missing=""
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then missing="$missing chromium"; fi
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing="$missing postgresql"; fi
if [ -n "$missing" ]; then
  echo "== installing$missing (Debian packages)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # The package's own cluster is not used: the tests start throw-away ones on free ports.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
# This command installed PostgreSQL: its suites must run, never be skipped.
export REQUIRE_POSTGRES=1
echo "== npm ci"
npm ci --no-audit --no-fund
npm test
