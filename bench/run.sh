#!/usr/bin/env bash
# Benchmark at national scale, in one command, on this machine only (127.0.0.1):
#   1. builds target/hoptac.jar if it is missing,
#   2. fills a fresh temporary database with the scale data generator (HOPTAC_DEMO=false): embedded H2
#      in a temporary directory (DB=h2, default) or a new database on the local PostgreSQL (DB=postgres),
#   3. captures the SQL of each scenario: starts the server with statement logging, sends each variant
#      twice, keeps the second request's statements (Bench.java --capture-log), stops it,
#   4. starts the server with -Xmx512m on a free loopback port, runs bench/Bench.java (list/filter/detail
#      scenarios, the framework floor, and each scenario's captured SQL replayed over bare JDBC: the
#      database floor) and prints the table with start-up time and heap after warm-up,
#   5. stops the server and deletes the database (trap), whatever happens.
#
# Knobs (environment): DB (h2 | postgres), AGREEMENTS (20000), REQUESTS (2000), CONCURRENCY (8),
# WARMUP (1000), ROUNDS (2), MAX_SECONDS (90, per scenario), WAIT (300 s for the server to be healthy), HEAP (-Xmx512m), JAR (target/hoptac.jar),
# OUT (write the table to this file too), KEEP_DATA=1 (keep the data directory and database),
# DB_FLOOR=0 (skip the capture and the database floor), CAPTURE_COLD=1 (capture each variant's first
# request, caches empty, instead of its second); on PostgreSQL also PGHOST/PGPORT/PGUSER/PGPASSWORD
# (a superuser; without PGUSER, root uses `runuser -u postgres`), PG_APP_USER/PG_APP_PASSWORD (hoptac).
# Every step is bounded by `timeout`; the whole run takes a few minutes on 2 cores.
set -euo pipefail

cd "$(dirname "$0")/.."

source bench/common.sh

JAR="${JAR:-target/hoptac.jar}"
build_if_missing "$JAR"

DATA_DIR="$(mktemp -d -t hoptac-bench-XXXXXX)"
DATABASE="$(database_name a)"
SERVER_PID=""
cleanup() {
  stop_server "$SERVER_PID"
  if [[ "${KEEP_DATA:-0}" == "1" ]]; then
    echo "== data kept in $DATA_DIR${CREATED_DATABASES[*]:+ and database ${CREATED_DATABASES[*]}}" >&2
  else
    if [[ "$DB" == "postgres" ]]; then drop_databases; fi
    rm -rf "$DATA_DIR"
  fi
}
trap cleanup EXIT INT TERM

if [[ "$DB" == "postgres" ]]; then
  ensure_postgres
  create_database "$DATABASE"
fi
generate_data "$JAR" "$DATA_DIR" "$DATABASE"
extract_drivers "$JAR" "$DATA_DIR/lib"
BENCH_JAVA=(timeout 1800 java -Xmx512m -cp "$DATA_DIR/lib/*" bench/Bench.java)

BENCH_ARGS=(--requests "${REQUESTS:-2000}" --concurrency "${CONCURRENCY:-8}" --warmup "${WARMUP:-1000}" --rounds "${ROUNDS:-2}" --wait "${WAIT:-300}" --max-seconds "${MAX_SECONDS:-90}")
if [[ "${DB_FLOOR:-1}" == "1" ]]; then
  snapshot_h2 "$DATA_DIR"
  sql_logging_args "$DATA_DIR/sql.log"
  PORT="$(free_port)"
  start_server "$JAR" "$DATA_DIR" "$PORT" "$DATABASE" "${SQL_LOGGING[@]}"
  echo "== capturing the SQL of each scenario" >&2
  "${BENCH_JAVA[@]}" "http://127.0.0.1:$PORT" --wait "${WAIT:-300}" --capture-log "$DATA_DIR/sql.log" \
      --capture-out "$DATA_DIR/statements.txt" ${CAPTURE_COLD:+--capture-cold} || {
    status=$?
    echo "capture failed ($status); server log tail:" >&2; tail -40 "$DATA_DIR/server.log" >&2; exit "$status"; }
  stop_server "$SERVER_PID"
  if [[ "${KEEP_DATA:-0}" != "1" ]]; then rm -f "$DATA_DIR/sql.log"; fi
  bench_jdbc_args "$DATA_DIR" "$DATABASE"
  BENCH_ARGS+=(--statements "$DATA_DIR/statements.txt" "${BENCH_JDBC[@]}")
fi

PORT="$(free_port)"
start_server "$JAR" "$DATA_DIR" "$PORT" "$DATABASE"
BENCH_ARGS+=(--server-pid "$SERVER_PID")
if [[ -n "${OUT:-}" ]]; then BENCH_ARGS+=(--out "$OUT"); fi

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), $DB, $(date -u +%Y-%m-%dT%H:%MZ)" >&2
"${BENCH_JAVA[@]}" "http://127.0.0.1:$PORT" "${BENCH_ARGS[@]}" || {
  status=$?
  echo "benchmark failed ($status); server log tail:" >&2; tail -40 "$DATA_DIR/server.log" >&2; exit "$status"; }
