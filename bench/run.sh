#!/usr/bin/env bash
# Benchmark at national scale, in one command, on this machine only (127.0.0.1):
#   1. builds target/hoptac.jar if it is missing,
#   2. fills a fresh temporary database with the scale data generator (HOPTAC_DEMO=false),
#   3. starts the server with -Xmx512m on a free loopback port and waits until it is healthy,
#   4. runs bench/Bench.java (list/filter/detail scenarios and the framework floor) and prints the table,
#   5. stops the server and deletes the database (trap), whatever happens.
#
# Knobs (environment): AGREEMENTS (20000), REQUESTS (2000), CONCURRENCY (8), WARMUP (1000), ROUNDS (2),
# MAX_SECONDS (90, per scenario), HEAP (-Xmx512m), JAR (target/hoptac.jar), OUT (write the table to this file too), KEEP_DATA=1 (keep the DB).
# Every step is bounded by `timeout`; the whole run takes a few minutes on 2 cores.
set -euo pipefail

cd "$(dirname "$0")/.."

AGREEMENTS="${AGREEMENTS:-20000}"
REQUESTS="${REQUESTS:-2000}"
CONCURRENCY="${CONCURRENCY:-8}"
WARMUP="${WARMUP:-1000}"
HEAP="${HEAP:--Xmx512m}"
JAR="${JAR:-target/hoptac.jar}"

if [[ ! -f "$JAR" ]]; then
  echo "== building $JAR" >&2
  # maven.test.skip also skips compiling the tests: the benchmark needs only the application jar.
  timeout 900 ./mvnw -q -Dmaven.test.skip=true package
fi

DATA_DIR="$(mktemp -d -t hoptac-bench-XXXXXX)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP_DATA:-0}" == "1" ]]; then
    echo "== database kept in $DATA_DIR" >&2
  else
    rm -rf "$DATA_DIR"
  fi
}
trap cleanup EXIT INT TERM

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

export HOPTAC_DEMO=false
export HOPTAC_DATA_DIR="$DATA_DIR"

echo "== generating $AGREEMENTS agreements into $DATA_DIR" >&2
timeout 900 java "$HEAP" -jar "$JAR" \
  --server.address=127.0.0.1 --server.port=0 \
  --hoptac.generate.agreements="$AGREEMENTS" \
  --hoptac.generate.exit=true > "$DATA_DIR/generate.log" 2>&1 || {
    echo "generator failed; log:" >&2; tail -50 "$DATA_DIR/generate.log" >&2; exit 1; }
grep -h "Scale data generated" "$DATA_DIR/generate.log" | sed 's/.*ScaleDataGenerator *: /== /' >&2 || true

PORT="$(free_port)"
echo "== starting server on 127.0.0.1:$PORT ($HEAP)" >&2
PORT="$PORT" java "$HEAP" -jar "$JAR" --server.address=127.0.0.1 > "$DATA_DIR/server.log" 2>&1 &
SERVER_PID=$!

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)" >&2
BENCH_ARGS=(--requests "$REQUESTS" --concurrency "$CONCURRENCY" --warmup "$WARMUP" --rounds "${ROUNDS:-2}" --wait 180 --max-seconds "${MAX_SECONDS:-90}" --server-pid "$SERVER_PID")
if [[ -n "${OUT:-}" ]]; then BENCH_ARGS+=(--out "$OUT"); fi
timeout 1800 java -Xmx256m bench/Bench.java "http://127.0.0.1:$PORT" "${BENCH_ARGS[@]}" || {
  status=$?
  echo "benchmark failed ($status); server log tail:" >&2; tail -40 "$DATA_DIR/server.log" >&2; exit "$status"; }
