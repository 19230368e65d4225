#!/usr/bin/env bash
# How far one PostgreSQL carries Legible (docs/scaling.md). Starts Debian's PostgreSQL 15 in a throw-away cluster on
# port 55432 with two databases, a Legible server from the packaged jar on each (8097: small, 8098: large), signs the
# same person up on both and fills both diaries with the same demo (`demo --days=DAYS --seed=1`), then runs
# src/benchmark/python/one_database.py, which copies the large side's diary into COPIES more accounts and times the
# person's pages on both sides in turns. Everything is removed at the end. Run from the repository root after
# `./mvnw -q package -DskipTests`:
#   src/benchmark/one-database.sh [COPIES=10000] [DAYS=365]
set -euo pipefail
COPIES=${1:-10000}
DAYS=${2:-365}
PGBIN=/usr/lib/postgresql/15/bin
JAR=target/legible-0.1.0-SNAPSHOT.jar
EMAIL=scale@example.org
PASSPHRASE='a long passphrase for the scaling run'
DIR=$(mktemp -d /tmp/legible-one-database.XXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
cleanup() {
  for side in small large; do [ -f "$DIR/$side.pid" ] && kill "$(cat "$DIR/$side.pid")" 2>/dev/null || true; done
  as_postgres "$PGBIN/pg_ctl -D $DIR/pg -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
as_postgres "$PGBIN/initdb -D $DIR/pg -U postgres --auth=trust" >/dev/null
as_postgres "$PGBIN/pg_ctl -D $DIR/pg -o '-p 55432 -k $DIR' -l $DIR/pg/server.log -w start" >/dev/null
for side in small large; do
  psql -h 127.0.0.1 -p 55432 -U postgres -Xqc "CREATE DATABASE legible_$side"
done
environment() { echo "LEGIBLE_DATABASE_URL=jdbc:postgresql://127.0.0.1:55432/legible_$1 LEGIBLE_DATABASE_USER=postgres"; }
for side in small:8097 large:8098; do
  name=${side%%:*}
  port=${side##*:}
  env $(environment "$name") LEGIBLE_SIGNUP=open SERVER_PORT="$port" java -jar "$JAR" >"$DIR/$name.log" 2>&1 &
  echo $! >"$DIR/$name.pid"
done
for port in 8097 8098; do
  until curl -sf "http://127.0.0.1:$port/login" >/dev/null; do sleep 1; done
  jar="$DIR/cookies-$port"
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/signup" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$EMAIL" --data-urlencode "passphrase=$PASSPHRASE" \
    --data-urlencode "passphraseConfirm=$PASSPHRASE" --data-urlencode "timeZone=Europe/London" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/signup"
done
for side in small large; do
  env $(environment "$side") java -jar "$JAR" demo "$EMAIL" --days="$DAYS" --seed=1 >"$DIR/demo-$side.log" 2>&1
done
python3 src/benchmark/python/one_database.py --email "$EMAIL" --passphrase "$PASSPHRASE" --copies "$COPIES" \
  --small-base http://127.0.0.1:8097 --small-psql "psql -h 127.0.0.1 -p 55432 -U postgres legible_small" \
  --small-pid "$(cat "$DIR/small.pid")" \
  --large-base http://127.0.0.1:8098 --large-psql "psql -h 127.0.0.1 -p 55432 -U postgres legible_large" \
  --large-pid "$(cat "$DIR/large.pid")"
