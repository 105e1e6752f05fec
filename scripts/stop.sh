#!/usr/bin/env bash
# Stops the worker and dashboard that scripts/quickstart.sh started (SIGTERM: the worker finishes
# or hands back its active jobs).
cd "$(dirname "$0")/.."
[ -f .sayso/pids ] || { echo "sayso: nothing to stop (.sayso/pids not found)"; exit 0; }
for pid in $(cat .sayso/pids); do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null; done
for _ in $(seq 1 30); do
  alive=0
  for pid in $(cat .sayso/pids); do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
  [ $alive = 0 ] && break
  sleep 1
done
rm -f .sayso/pids
