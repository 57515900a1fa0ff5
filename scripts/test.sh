#!/usr/bin/env bash
# The whole test suite: type check, unit, storage on every backend (sqlite, Redis, PostgreSQL),
# two-process concurrency, replay of every shared scenario, and the Playground browser test.
# Installs and starts what it needs (scripts/test-services.sh); stops the servers it started.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund
eval "$(scripts/test-services.sh start)"
trap 'scripts/test-services.sh stop' EXIT
export REQUIRE_SHARED_STORES=1
npx tsc --noEmit -p .
npx vitest run "$@"
