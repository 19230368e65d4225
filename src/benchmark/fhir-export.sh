#!/usr/bin/env bash
# The FHIR download with two jars side by side (docs/benchmarks.md, "The FHIR export without HAPI at run time"): a
# person with a year of demo diary, copied for each server; in each round both servers start fresh, the first
# download after start and the warm ones are timed (src/benchmark/python/fhir_export.py, alternating which goes
# first), then the live heap after a full collection. Run from the repository root:
#   src/benchmark/fhir-export.sh BEFORE.jar AFTER.jar [ROUNDS=3]
set -euo pipefail
BEFORE=$1 AFTER=$2 ROUNDS=${3:-3}
WORK=$(mktemp -d /tmp/legible-fhir.XXXX)
PASSPHRASE="slow walks by the river"
FLAGS="--legible.throttle.expensive-per-minute=1000 --legible.throttle.expensive-per-address-per-minute=1000"
wait_for() { for _ in $(seq 120); do curl -s -o /dev/null "localhost:$1/login" && return; sleep 1; done; }
LEGIBLE_DATA_DIR=$WORK/data LEGIBLE_SIGNUP=open java -jar "$BEFORE" --server.port=8098 >/dev/null 2>&1 &
SERVER=$!
wait_for 8098
python3 src/benchmark/python/fhir_export.py http://localhost:8098 w@example.org "$PASSPHRASE" signup
kill $SERVER; wait $SERVER || true
LEGIBLE_DATA_DIR=$WORK/data java -jar "$BEFORE" demo w@example.org --days=365 >/dev/null 2>&1
for round in $(seq "$ROUNDS"); do
  rm -rf "$WORK/before" "$WORK/after"; cp -r "$WORK/data" "$WORK/before"; cp -r "$WORK/data" "$WORK/after"
  LEGIBLE_DATA_DIR=$WORK/before java -jar "$BEFORE" --server.port=8098 $FLAGS >/dev/null 2>&1 &
  PIDS[8098]=$!
  LEGIBLE_DATA_DIR=$WORK/after java -jar "$AFTER" --server.port=8099 $FLAGS >/dev/null 2>&1 &
  PIDS[8099]=$!
  wait_for 8098; wait_for 8099; sleep 5
  if [ $((round % 2)) = 1 ]; then ORDER="8098 8099"; else ORDER="8099 8098"; fi
  for port in $ORDER; do python3 src/benchmark/python/fhir_export.py "http://localhost:$port" w@example.org "$PASSPHRASE"; done
  for port in 8098 8099; do
    jcmd "${PIDS[$port]}" GC.run >/dev/null
    echo "round $round :$port live heap after a full collection:" \
      "$(jcmd "${PIDS[$port]}" GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
  done
  kill "${PIDS[8098]}" "${PIDS[8099]}"; wait || true
done
rm -rf "$WORK"
