#!/usr/bin/env bash
# Legible's server start against a bare Spring Boot app with the same starters (docs/benchmarks.md, "Server start-up
# against a bare Spring Boot app"): builds both jars, then starts them alternately RUNS times each (JVM start to the
# first answered request) and prints medians and ratios. With CDS=1 it also runs Legible extracted with a class data
# sharing archive from a training run (the README's optional step). Run from the repository root:
#   [BASELINE_JAR=/tmp/legible-base.jar] [CDS=1] src/benchmark/startup.sh [RUNS=7]
set -euo pipefail
RUNS=${1:-7}
./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
./mvnw -q -B -f src/benchmark/bare/pom.xml package
WORK=$(mktemp -d /tmp/legible-startup.XXXX)
cp target/legible-0.1.0-SNAPSHOT.jar "$WORK/legible.jar"
cp src/benchmark/bare/target/bare.jar "$WORK/bare.jar"
SPECS=("bare=$WORK/bare.jar")
# BASELINE_JAR: the jar of an earlier commit, started in the same rounds (built as for the import benchmark)
if [ -n "${BASELINE_JAR:-}" ]; then cp "$BASELINE_JAR" "$WORK/before.jar"; SPECS+=("before=$WORK/before.jar"); fi
SPECS+=("legible=$WORK/legible.jar")
if [ "${CDS:-0}" = 1 ]; then
  java -Djarmode=tools -jar "$WORK/legible.jar" extract --destination "$WORK/cds" >/dev/null
  (cd "$WORK/cds" && LEGIBLE_DATA_DIR="$WORK/training" java -XX:ArchiveClassesAtExit=legible.jsa \
    -Dspring.context.exit=onRefresh -jar legible.jar >/dev/null 2>&1 || true)
  SPECS+=("legible-cds=$WORK/cds/legible.jar,-XX:SharedArchiveFile=$WORK/cds/legible.jsa")
fi
python3 src/benchmark/python/startup.py "$RUNS" "${SPECS[@]}"
rm -rf "$WORK"
