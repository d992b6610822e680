#!/usr/bin/env bash
# GovStack test harness entry point of the API suite (also `npm run test:api`, which CI runs).
#
# Without CATALOGUE_API_URL it first brings the product up with examples/circular-ict/test_entrypoint.sh
# (the catalogue on localhost:3333, assessment on 3002, reporting on 3003) and stops it at the end.
# With CATALOGUE_API_URL (and ASSESSMENT_API_URL, REPORTING_API_URL) it tests that deployment and
# starts nothing. Parameters: testDefaultParameters.json here, overridden by the file named in
# TEST_PARAMETERS_FILE (examples/circular-ict/testCustomParameters.json shows the form), overridden
# by those environment variables.
#
# Results, in result/ beside this file: example_result.message (cucumber messages, what the harness
# uploads), junit.xml, report.html and operations.json (which operation each scenario exercised).
# The last line is "api: N passed, N failed" (scenarios, plus one failure if an operation of the
# contracts lacks a positive or a negative scenario); the exit status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
# The project's own Node 24 (type stripping), whatever node the calling shell has.
export PATH="$PWD/node_modules/.bin:$PATH"

result=test/api/result
rm -rf "$result"
mkdir -p "$result"

app=examples/circular-ict/test_entrypoint.sh
started=0
stop_product() {
  [ "$started" -eq 1 ] || return 0
  bash "$app" down >/dev/null 2>&1
  started=0
}
trap stop_product EXIT
trap 'exit 130' INT TERM

if [ -z "${CATALOGUE_API_URL:-}" ]; then
  started=1
  bash "$app" up || { echo "api: 0 passed, 1 failed"; exit 1; }
  # Tokens are minted with the product's local signing key, kept there.
  export DATA_DIR="$PWD/.data/api-test"
fi

cucumber-js --config test/api/cucumber.yaml
status=$?

node test/api/coverage.ts "$result/operations.json"
coverage_status=$?

# One closing line in the form CI counts: scenarios passed and failed, from the JUnit report.
total=0 failed=0 skipped=0
if [ -f "$result/junit.xml" ]; then
  summary=$(grep -m1 -o '<testsuite [^>]*>' "$result/junit.xml")
  total=$(sed -nE 's/.* tests="([0-9]+)".*/\1/p' <<<"$summary")
  failures=$(sed -nE 's/.* failures="([0-9]+)".*/\1/p' <<<"$summary")
  errors=$(sed -nE 's/.* errors="([0-9]+)".*/\1/p' <<<"$summary")
  skipped=$(sed -nE 's/.* skipped="([0-9]+)".*/\1/p' <<<"$summary")
  failed=$(( ${failures:-0} + ${errors:-0} ))
fi
passed=$(( ${total:-0} - failed - ${skipped:-0} ))
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
[ "$coverage_status" -ne 0 ] && failed=$((failed + 1))
echo "api: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$coverage_status" -eq 0 ]
