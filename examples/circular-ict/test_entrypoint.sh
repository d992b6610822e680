#!/usr/bin/env bash
# GovStack test harness: brings the building block up for the API suite (test/api), the public
# API (the criteria catalogue) on localhost:3333, assessment on ASSESSMENT_PORT (3002) and
# reporting on REPORTING_PORT (3003), then returns once all three answer /health/ready.
#
#   test_entrypoint.sh [up]   start the three services in the background (default)
#   test_entrypoint.sh down   stop what `up` started
#
# The product runs from this checkout (npm ci done) on DATABASE_URL, or else on an embedded
# PostgreSQL of its own under .data/api-test, so a developer's `npm start` is never touched.
# With HARNESS_RUNNER=docker it runs docker-compose.yml beside this file instead: the product's
# image, the same ports, its own PostgreSQL; the local signing key is copied to .data/api-test so
# the suite can mint its tokens.
set -uo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"

state=.data/api-test
pid_file=$state/product.pid
log_file=$state/product.log

running_pid() {
  [ -f "$pid_file" ] || return 1
  local pid
  pid=$(cat "$pid_file")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

down() {
  local pid
  pid=$(running_pid) || { rm -f "$pid_file"; return 0; }
  # start-all stops the services and the embedded database on SIGTERM; the process group it
  # leads is swept afterwards only if something outlived that.
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -TERM -- "-$pid" 2>/dev/null
  rm -f "$pid_file"
}

port_is_free() {
  node -e 'const s = require("node:net").createServer(); s.once("error", () => process.exit(1)); s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)))' "$1"
}

up() {
  if running_pid >/dev/null; then echo "already running (pid $(cat "$pid_file")); stop it with: $0 down" >&2; return 1; fi
  export CATALOGUE_PORT=3333
  export ASSESSMENT_PORT=${ASSESSMENT_PORT:-3002}
  export REPORTING_PORT=${REPORTING_PORT:-3003}
  for port in "$CATALOGUE_PORT" "$ASSESSMENT_PORT" "$REPORTING_PORT"; do
    port_is_free "$port" || { echo "port $port is in use: stop what holds it, or set ASSESSMENT_PORT/REPORTING_PORT" >&2; return 1; }
  done
  export HOST=127.0.0.1
  export CATALOGUE_URL="http://127.0.0.1:$CATALOGUE_PORT"
  export ASSESSMENT_URL="http://127.0.0.1:$ASSESSMENT_PORT"
  export DATA_DIR="$PWD/$state"
  # Reporting picks up what the suite creates within a second.
  export FEED_POLL_INTERVAL_MS=${FEED_POLL_INTERVAL_MS:-500}
  # The suite sends a few thousand requests a minute from one address; the limit itself has
  # tests of its own (test/integration).
  export RATE_LIMIT_MAX=${RATE_LIMIT_MAX:-0}
  # Webhook subscriptions of the suite point at a closed local port: accepted, never delivered.
  export WEBHOOK_ALLOWED_HOSTS=${WEBHOOK_ALLOWED_HOSTS:-127.0.0.1:9}
  if [ -z "${DATABASE_URL:-}" ]; then
    export EMBEDDED_POSTGRES_PORT
    EMBEDDED_POSTGRES_PORT=$(node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')
  fi
  export LOG_LEVEL=${LOG_LEVEL:-info}
  mkdir -p "$state"
  # setsid: start-all and everything it starts form one process group that `down` can sweep.
  setsid node scripts/start-all.ts >"$log_file" 2>&1 &
  echo $! >"$pid_file"

  local urls=("http://127.0.0.1:$CATALOGUE_PORT" "$ASSESSMENT_URL" "http://127.0.0.1:$REPORTING_PORT")
  echo "waiting for ${urls[*]}"
  for _ in $(seq 1 180); do
    running_pid >/dev/null || break
    if node -e 'Promise.all(process.argv.slice(1).map((u) => fetch(`${u}/health/ready`).then((r) => r.ok, () => false))).then((all) => process.exit(all.every(Boolean) ? 0 : 1))' "${urls[@]}"; then
      echo "ready: catalogue http://localhost:$CATALOGUE_PORT, assessment $ASSESSMENT_URL, reporting http://127.0.0.1:$REPORTING_PORT (log: $log_file)"
      return 0
    fi
    sleep 1
  done
  echo "the services did not become ready; last lines of $log_file:" >&2
  tail -n 30 "$log_file" >&2 2>/dev/null
  down
  return 1
}

compose() { docker compose -f examples/circular-ict/docker-compose.yml "$@"; }

docker_up() {
  compose up -d --build --wait || { compose logs --tail 30; return 1; }
  mkdir -p "$state"
  rm -rf "$state/auth"
  compose cp catalogue:/data/auth "$state/auth"
  echo "ready: catalogue http://localhost:3333, assessment http://localhost:3002, reporting http://localhost:3003"
}

docker_down() { compose down -v; }

case "${HARNESS_RUNNER:-local}/${1:-up}" in
  local/up) up ;;
  local/down) down ;;
  docker/up) docker_up ;;
  docker/down) docker_down ;;
  *) echo "usage: $0 [up|down]" >&2; exit 2 ;;
esac
