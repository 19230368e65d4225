#!/usr/bin/env bash
# A/B under load on a machine whose speed drifts (docs/benchmarks.md): two Legible servers already running side by
# side (A on 8091, B on 8092, each started with LEGIBLE_SIGNUP=open and its own LEGIBLE_DATA_DIR), then the Gatling
# simulation against A, then B, then A… Each run prints the server's CPU per simulated person (from /proc, so Linux
# only) and Gatling's p99, so neighbours slowing the machine hit both alike. Run from the repository root:
#   src/benchmark/alternate-load.sh [ROUNDS=3] [PEOPLE_PER_SECOND=5] [SECONDS=40]
set -euo pipefail
ROUNDS=${1:-3}
RATE=${2:-5}
SECONDS_PER_RUN=${3:-40}
PID_A=$(lsof -t -sTCP:LISTEN -i :8091)
PID_B=$(lsof -t -sTCP:LISTEN -i :8092)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second=$(getconf CLK_TCK)
people=$(awk -v r="$RATE" -v s="$SECONDS_PER_RUN" 'BEGIN {print int(r * s + 0.5)}')
for round in $(seq 1 "$ROUNDS"); do
  for server in A B; do
    if [ "$server" = A ]; then pid=$PID_A; port=8091; else pid=$PID_B; port=8092; fi
    log=$(mktemp /tmp/legible-alternate.XXXX)
    before=$(cpu_ticks "$pid")
    ./mvnw -B -o -Pbenchmark gatling:test -Dlegible.baseUrl=http://127.0.0.1:$port \
      -Dlegible.usersPerSecond="$RATE" -Dlegible.seconds="$SECONDS_PER_RUN" >"$log" 2>&1 || true
    after=$(cpu_ticks "$pid")
    p99=$(grep -m1 '^Global: 99th' "$log" | sed 's/.*actual : //; s/)//')
    echo "round $round $server: server CPU $(( (after - before) * 1000 / ticks_per_second / people )) ms per person, p99 $p99 ms"
    rm -f "$log"
  done
done
