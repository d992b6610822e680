#!/usr/bin/env bash
# GovStack-style API test entry point (npm run test:api).
#
# Without CATALOGUE_API_URL it brings the product up the way the GovStack test harness expects,
# the building block's public API (the catalogue) on localhost:3333, with assessment and reporting
# on their own ports (ASSESSMENT_PORT, REPORTING_PORT; 3002 and 3003 by default), on DATABASE_URL
# or else an embedded PostgreSQL of its own under .data/api-test. It waits until every service is
# ready, runs the Gherkin suite, stops everything it started and exits with cucumber's status.
#
# With CATALOGUE_API_URL, ASSESSMENT_API_URL and REPORTING_API_URL it tests that deployment and
# starts nothing; API_TOKEN_AUDITOR and API_TOKEN_BUYER (with an organisation) then carry tokens
# that deployment accepts (minted inside it, or from its identity provider).
#
# Results: test/api/results/ (progress on stdout; JUnit, cucumber messages and HTML in the folder).
set -uo pipefail
cd "$(dirname "$0")/../.."
# The project's own Node 24 (type stripping), whatever node the calling shell has.
export PATH="$PWD/node_modules/.bin:$PATH"

results=test/api/results
rm -rf "$results"
mkdir -p "$results"

product_pid=
stop_product() {
  [ -n "$product_pid" ] || return 0
  # start-all stops the services and the embedded database on SIGTERM; the process group it
  # leads is swept afterwards only if something outlived that.
  kill -TERM "$product_pid" 2>/dev/null
  for _ in $(seq 1 150); do kill -0 "$product_pid" 2>/dev/null || break; sleep 0.1; done
  kill -TERM -- "-$product_pid" 2>/dev/null
  wait "$product_pid" 2>/dev/null
  product_pid=
}
trap stop_product EXIT
trap 'exit 130' INT TERM

port_is_free() {
  node -e 'const s = require("node:net").createServer(); s.once("error", () => process.exit(1)); s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)))' "$1"
}

if [ -z "${CATALOGUE_API_URL:-}" ]; then
  export CATALOGUE_PORT=3333
  export ASSESSMENT_PORT=${ASSESSMENT_PORT:-3002}
  export REPORTING_PORT=${REPORTING_PORT:-3003}
  for port in "$CATALOGUE_PORT" "$ASSESSMENT_PORT" "$REPORTING_PORT"; do
    port_is_free "$port" || { echo "port $port is in use: stop what holds it, or set ASSESSMENT_PORT/REPORTING_PORT" >&2; exit 1; }
  done
  export HOST=127.0.0.1
  export CATALOGUE_URL="http://127.0.0.1:$CATALOGUE_PORT"
  export ASSESSMENT_URL="http://127.0.0.1:$ASSESSMENT_PORT"
  # Its own data directory and embedded server, so a developer's `npm start` is never touched.
  export DATA_DIR="$PWD/.data/api-test"
  if [ -z "${DATABASE_URL:-}" ]; then
    export EMBEDDED_POSTGRES_PORT
    EMBEDDED_POSTGRES_PORT=$(node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')
  fi
  export LOG_LEVEL=${LOG_LEVEL:-info}
  # setsid: start-all and everything it starts form one process group that stop_product can sweep.
  setsid node scripts/start-all.ts >"$results/product.log" 2>&1 &
  product_pid=$!
  export CATALOGUE_API_URL="http://127.0.0.1:$CATALOGUE_PORT"
  export ASSESSMENT_API_URL="http://127.0.0.1:$ASSESSMENT_PORT"
  export REPORTING_API_URL="http://127.0.0.1:$REPORTING_PORT"
fi

echo "waiting for $CATALOGUE_API_URL, ${ASSESSMENT_API_URL:?} and ${REPORTING_API_URL:?}"
ready=0
for _ in $(seq 1 180); do
  if [ -n "$product_pid" ] && ! kill -0 "$product_pid" 2>/dev/null; then break; fi
  if node -e 'Promise.all(process.argv.slice(1).map((u) => fetch(`${u}/health/ready`).then((r) => r.ok, () => false))).then((all) => process.exit(all.every(Boolean) ? 0 : 1))' \
    "$CATALOGUE_API_URL" "$ASSESSMENT_API_URL" "$REPORTING_API_URL"; then
    ready=1
    break
  fi
  sleep 1
done
if [ "$ready" -ne 1 ]; then
  echo "the services did not become ready; last lines of $results/product.log:" >&2
  tail -n 30 "$results/product.log" >&2 2>/dev/null
  exit 1
fi

cucumber-js --config test/api/cucumber.yaml
status=$?

# One closing line in the form CI counts: scenarios passed and failed, from the JUnit report.
if [ -f "$results/junit.xml" ]; then
  summary=$(grep -m1 -o '<testsuite [^>]*>' "$results/junit.xml")
  total=$(sed -nE 's/.* tests="([0-9]+)".*/\1/p' <<<"$summary")
  failures=$(sed -nE 's/.* failures="([0-9]+)".*/\1/p' <<<"$summary")
  errors=$(sed -nE 's/.* errors="([0-9]+)".*/\1/p' <<<"$summary")
  skipped=$(sed -nE 's/.* skipped="([0-9]+)".*/\1/p' <<<"$summary")
  failed=$(( ${failures:-0} + ${errors:-0} ))
  echo "api: $(( ${total:-0} - failed - ${skipped:-0} )) passed, $failed failed"
fi
exit "$status"
