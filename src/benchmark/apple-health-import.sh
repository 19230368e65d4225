#!/usr/bin/env bash
# The Apple Health import benchmark (docs/benchmarks.md): generates an export of SIZE_MB, imports it with the
# command-line importer into fresh accounts with the heap capped at 256 MB, then runs the Python standard-library
# iterparse script doing the same reduction on the same file. Run from the repository root:
#   src/benchmark/apple-health-import.sh [SIZE_MB=1024] [RUNS=3]
set -euo pipefail
SIZE_MB=${1:-1024}
RUNS=${2:-3}
WORK=$(mktemp -d /tmp/legible-import-bench.XXXX)
PORT=8097
PASS='violet kettle under moonlight 42'

./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
./mvnw -q -B -Pbenchmark test-compile -Dspotless.check.skip=true # after package, which recompiles without it
JAR=$(ls target/legible-*.jar | head -1)
java -cp target/test-classes org.legible.benchmarks.AppleHealthExportGenerator "$WORK/export.xml" "$SIZE_MB"

sign_up() { # a fresh data directory with one account, made through the sign-up page
  LEGIBLE_DATA_DIR="$1" SERVER_PORT=$PORT java -jar "$JAR" >"$1.log" 2>&1 &
  local pid=$!
  for _ in $(seq 120); do curl -s -o /dev/null "http://localhost:$PORT/login" && break; sleep 1; done
  local jar="$WORK/cookies" token
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/signup" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=bench@example.com" \
    --data-urlencode "passphrase=$PASS" --data-urlencode "passphraseConfirm=$PASS" \
    --data-urlencode "timeZone=Europe/London" --data-urlencode "_csrf=$token" "http://localhost:$PORT/signup"
  kill $pid; wait $pid 2>/dev/null || true
}

for run in $(seq "$RUNS"); do
  sign_up "$WORK/data$run"
  LEGIBLE_DATA_DIR="$WORK/data$run" /usr/bin/time -f "peak resident memory %M kB" \
    java -Xmx256m -jar "$JAR" import apple-health "$WORK/export.xml" --account bench@example.com 2>&1 \
    | grep -E "Imported|peak resident" | sed 's/.*ImportCommand *: //'
done
/usr/bin/time -f "peak resident memory %M kB" python3 src/benchmark/python/apple_health_iterparse.py "$WORK/export.xml"
rm -rf "$WORK"
