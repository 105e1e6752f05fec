#!/usr/bin/env bash
# One command from a fresh clone to a running sayso on the sample Arabic article:
# install, services, migrate, a demo reviewer, worker and dashboard, the sample enqueued.
# Ctrl-C stops the worker and the dashboard. SAYSO_DETACH=1 leaves them running instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh

PORT="${PORT:-3000}"
DEMO_EMAIL="${DEMO_EMAIL:-reviewer@sayso.local}"
DEMO_PASSWORD="${DEMO_PASSWORD:-sayso-demo-reviewer}"
LOGS=.sayso/logs
mkdir -p "$LOGS"

if ! _pg_ready || ! _redis_ready; then
  if docker info >/dev/null 2>&1; then
    echo "==> starting PostgreSQL and Redis with docker compose"
    docker compose up -d --wait postgres redis
  fi
fi

echo "==> installing dependencies"
ensure_install
ensure_services

sayso() { node apps/cli/bin/sayso.mjs "$@"; }

echo "==> migrating $DATABASE_URL"
sayso db migrate

echo "==> demo reviewer (its password is reset to the one printed below)"
sayso users add --email "$DEMO_EMAIL" --name "Demo Reviewer" --role reviewer --password "$DEMO_PASSWORD" --update

echo "==> building the dashboard"
npm run build -w @sayso/web >"$LOGS/web-build.log" 2>&1 || { tail -n 40 "$LOGS/web-build.log"; exit 1; }

echo "==> starting the worker and the dashboard (logs in $LOGS/)"
# each in a process group of its own, so that stopping it stops its children too
SETSID=$(command -v setsid || true)
$SETSID node apps/cli/bin/sayso.mjs worker >"$LOGS/worker.log" 2>&1 &
WORKER_PID=$!
(cd apps/web && PORT="$PORT" exec $SETSID node ../../node_modules/next/dist/bin/next start -p "$PORT") >"$LOGS/web.log" 2>&1 &
WEB_PID=$!
echo "$WORKER_PID $WEB_PID" >.sayso/pids
if [ "${SAYSO_DETACH:-0}" != 1 ]; then
  trap 'echo; echo "==> stopping"; bash scripts/stop.sh' EXIT INT TERM
fi

echo "==> enqueueing the sample article"
sayso enqueue fixtures/ar-saar-kazakhstan.txt --lang ar --published 2025-11-25 \
  --title "ساعر يعلن رغبة إسرائيل في تعزيز الشراكة مع كازاخستان" --outlet "sample" --wait

for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/sign-in" && break; sleep 1; done

cat <<MSG

sayso is running.
  Dashboard:  http://localhost:$PORT
  Sign in as: $DEMO_EMAIL / $DEMO_PASSWORD
  Claims:     node apps/cli/bin/sayso.mjs export --format jsonl --status all
MSG
if [ "${SAYSO_DETACH:-0}" = 1 ]; then
  echo "  Stop with: bash scripts/stop.sh"
else
  echo "  Ctrl-C to stop."
  wait
fi
