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

source bench/common.sh

JAR="${JAR:-target/hoptac.jar}"
build_if_missing "$JAR"

DATA_DIR="$(mktemp -d -t hoptac-bench-XXXXXX)"
SERVER_PID=""
cleanup() {
  stop_server "$SERVER_PID"
  if [[ "${KEEP_DATA:-0}" == "1" ]]; then
    echo "== database kept in $DATA_DIR" >&2
  else
    rm -rf "$DATA_DIR"
  fi
}
trap cleanup EXIT INT TERM

generate_data "$JAR" "$DATA_DIR"
PORT="$(free_port)"
start_server "$JAR" "$DATA_DIR" "$PORT"

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)" >&2
BENCH_ARGS=(--requests "${REQUESTS:-2000}" --concurrency "${CONCURRENCY:-8}" --warmup "${WARMUP:-1000}" --rounds "${ROUNDS:-2}" --wait 180 --max-seconds "${MAX_SECONDS:-90}" --server-pid "$SERVER_PID")
if [[ -n "${OUT:-}" ]]; then BENCH_ARGS+=(--out "$OUT"); fi
timeout 1800 java -Xmx256m bench/Bench.java "http://127.0.0.1:$PORT" "${BENCH_ARGS[@]}" || {
  status=$?
  echo "benchmark failed ($status); server log tail:" >&2; tail -40 "$DATA_DIR/server.log" >&2; exit "$status"; }
