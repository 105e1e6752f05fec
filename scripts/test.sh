#!/usr/bin/env bash
# Installs what the tests need and runs them all: unit and integration tests against real
# PostgreSQL and Redis, then the dashboard's browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh

ensure_install
ensure_services
ensure_chromium
npm run lint
npm run typecheck
npm test
npm run test:e2e
