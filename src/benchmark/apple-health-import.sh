#!/usr/bin/env bash
# The Apple Health import benchmark (docs/benchmarks.md), end to end as the person waits for it: from starting the
# process to its exit, JVM start included. Generates an export of SIZE_MB in SHAPE (watch: a phone and a watch, as
# most exports are; phone: an iPhone alone, many small records, no metadata), then in each round imports it with the
# command-line importer (heap capped at 256 MB) into a fresh account, with the jar at BASELINE_JAR first when it is
# given, and runs the Python standard-library iterparse script doing the same reduction on the same file, so the
# machine's drift hits each alike. Run from the repository root:
#   [BASELINE_JAR=/tmp/before.jar] src/benchmark/apple-health-import.sh [SIZE_MB=1024] [RUNS=3] [SHAPE=watch]
set -euo pipefail
SIZE_MB=${1:-1024}
RUNS=${2:-3}
SHAPE=${3:-watch}
WORK=$(mktemp -d /tmp/legible-import-bench.XXXX)
PORT=8097
PASS='violet kettle under moonlight 42'

./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
./mvnw -q -B -Pbenchmark test-compile -Dspotless.check.skip=true # after package, which recompiles without it
JAR=$(ls target/legible-*.jar | head -1)
cp "$JAR" "$WORK/legible.jar"
java -cp target/test-classes org.legible.benchmarks.AppleHealthExportGenerator "$WORK/export.xml" "$SIZE_MB" 1 "$SHAPE"

sign_up() { # a fresh data directory with one account, made through the sign-up page
  LEGIBLE_DATA_DIR="$1" SERVER_PORT=$PORT java -jar "$WORK/legible.jar" >"$1.log" 2>&1 &
  local pid=$!
  for _ in $(seq 120); do curl -s -o /dev/null "http://localhost:$PORT/login" && break; sleep 1; done
  local jar="$WORK/cookies" token
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/signup" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=bench@example.com" \
    --data-urlencode "passphrase=$PASS" --data-urlencode "passphraseConfirm=$PASS" \
    --data-urlencode "timeZone=Europe/London" --data-urlencode "_csrf=$token" "http://localhost:$PORT/signup"
  kill $pid; wait $pid 2>/dev/null || true
}

import_with() { # label jar data-directory
  LEGIBLE_DATA_DIR="$3" /usr/bin/time -f "$1: %e s end to end, peak resident memory %M kB" \
    java -Xmx256m -jar "$2" import apple-health "$WORK/export.xml" --account bench@example.com 2>&1 \
    | grep -E "Imported|end to end" | sed 's/.*ImportCommand *: /  /'
}

for run in $(seq "$RUNS"); do
  echo "round $run"
  if [ -n "${BASELINE_JAR:-}" ]; then
    sign_up "$WORK/base$run"
    import_with "baseline jar" "$BASELINE_JAR" "$WORK/base$run"
  fi
  sign_up "$WORK/data$run"
  import_with "this jar" "$WORK/legible.jar" "$WORK/data$run"
  /usr/bin/time -f "python iterparse: %e s end to end, peak resident memory %M kB" \
    python3 src/benchmark/python/apple_health_iterparse.py "$WORK/export.xml" 2>&1 | grep -E "end to end|records"
done
rm -rf "$WORK"
