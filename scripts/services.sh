# Sourced by quickstart.sh, test.sh and .ci/run: make sure PostgreSQL and Redis answer.
# Uses the URLs sayso uses (DATABASE_URL, REDIS_URL); starts local Debian services when they are
# down and this machine has them; otherwise says exactly what to start.

: "${DATABASE_URL:=postgresql://postgres@127.0.0.1:5432/sayso}"
: "${REDIS_URL:=redis://127.0.0.1:6379}"
export DATABASE_URL REDIS_URL

_pg_ready() { node -e '
  const u = new URL(process.env.DATABASE_URL);
  const s = require("net").connect(Number(u.port || 5432), u.hostname);
  s.on("connect", () => process.exit(0)); s.on("error", () => process.exit(1));
  setTimeout(() => process.exit(1), 2000);'; }
_redis_ready() { node -e '
  const u = new URL(process.env.REDIS_URL);
  const s = require("net").connect(Number(u.port || 6379), u.hostname);
  s.on("connect", () => s.write("PING\r\n")); s.on("data", (d) => process.exit(String(d).startsWith("+PONG") ? 0 : 1));
  s.on("error", () => process.exit(1)); setTimeout(() => process.exit(1), 2000);'; }

_wait_for() { # name check
  for _ in $(seq 1 30); do "$2" && return 0; sleep 1; done
  return 1
}

ensure_postgres() {
  _pg_ready && return 0
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "sayso: PostgreSQL is not answering at ${DATABASE_URL%%@*}@…; starting the local cluster" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    _wait_for postgres _pg_ready && return 0
  fi
  echo "sayso: PostgreSQL is not reachable at $DATABASE_URL." >&2
  echo "  Start it (e.g. 'docker compose up -d postgres', 'brew services start postgresql@16'," >&2
  echo "  or 'sudo pg_ctlcluster 15 main start'), or point DATABASE_URL at a running server." >&2
  return 1
}

ensure_redis() {
  _redis_ready && return 0
  if command -v redis-server >/dev/null 2>&1; then
    echo "sayso: Redis is not answering at $REDIS_URL; starting a local redis-server" >&2
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null || true
    _wait_for redis _redis_ready && return 0
  fi
  echo "sayso: Redis is not reachable at $REDIS_URL." >&2
  echo "  Start it (e.g. 'docker compose up -d redis' or 'redis-server --daemonize yes')," >&2
  echo "  or point REDIS_URL at a running server." >&2
  return 1
}

ensure_services() { ensure_postgres && ensure_redis; }

# npm ci when node_modules is missing or older than the lockfile.
ensure_install() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-fund --no-audit
  fi
}

# Chromium for the browser tests, from Debian's packages where we may install them.
ensure_chromium() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ] && return 0
  [ -x /usr/bin/chromium ] && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
    [ -x /usr/bin/chromium ] && return 0
  fi
  echo "sayso: the browser tests need Chromium at /usr/bin/chromium ('apt-get install -y chromium')," >&2
  echo "  or set CHROMIUM_PATH to another Chromium/Chrome binary." >&2
  return 1
}
