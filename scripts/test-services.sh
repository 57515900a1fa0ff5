#!/usr/bin/env bash
# Installs (from Debian's packages) and starts what the test suite needs that npm cannot give:
# Chromium for the Playground browser test, Redis and PostgreSQL for the shared-store tests,
# LibreOffice and poppler to render the Word minutes to PDF/PNG.
# Servers listen on loopback only, on their own ports, with throw-away data under .services/.
#   scripts/test-services.sh start   -> prints `export REDIS_URL=... POSTGRES_URL=...`
#   scripts/test-services.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="$PWD/.services"
REDIS_PORT="${TEST_REDIS_PORT:-16379}"
PG_PORT="${TEST_PG_PORT:-15432}"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"

log() { echo "[test-services] $*" >&2; }

ensure_packages() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  local lean=()
  command -v soffice >/dev/null || lean+=(libreoffice-writer fonts-liberation)
  command -v pdftoppm >/dev/null || lean+=(poppler-utils)
  if [ ${#lean[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then log "missing ${lean[*]}; run as root or install them"; return 1; fi
    log "installing ${lean[*]} from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${lean[@]}" >&2 \
      || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${lean[@]}" >&2; }
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then log "missing ${missing[*]}; run as root or install them"; return 1; fi
    log "installing ${missing[*]} from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "${missing[@]}" >&2 || { apt-get update -q >&2 && apt-get install -y -q "${missing[@]}" >&2; }
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
}

wait_for() { # cmd... ; up to 20 s
  for _ in $(seq 1 100); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  return 1
}

start_redis() {
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then log "redis already on $REDIS_PORT"; return; fi
  mkdir -p "$DIR/redis"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$DIR/redis" --daemonize yes --pidfile "$DIR/redis/redis.pid" --logfile "$DIR/redis/redis.log" >&2
  wait_for redis-cli -p "$REDIS_PORT" ping || { log "redis did not start"; cat "$DIR/redis/redis.log" >&2; return 1; }
  log "redis on 127.0.0.1:$REDIS_PORT"
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  if "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" >/dev/null 2>&1; then log "postgres already on $PG_PORT"; return; fi
  local data="$DIR/pg"
  mkdir -p "$DIR"
  if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$data"; mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    as_pg "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >"$DIR/pg-initdb.log" 2>&1 \
      || { cat "$DIR/pg-initdb.log" >&2; return 1; }
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $data -c fsync=off -c max_connections=200" start >&2
  wait_for "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" || { log "postgres did not start"; return 1; }
  log "postgres on 127.0.0.1:$PG_PORT"
}

stop_all() {
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  if [ -n "$PG_BIN" ] && [ -f "$DIR/pg/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg" -m fast stop >/dev/null 2>&1 || true
  fi
}

case "${1:-start}" in
  start)
    ensure_packages
    start_redis
    start_postgres
    echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT POSTGRES_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
    ;;
  stop) stop_all ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
