#!/usr/bin/env bash
# Compares two builds of the application on this machine, against the same data:
#   [DB=h2|postgres] bench/ab.sh OLD.jar NEW.jar [scenarios] [rounds]
# Both servers run at once on copies of one generated database (H2: a copied data directory;
# PostgreSQL: a second database made with CREATE DATABASE ... TEMPLATE the first); after a warm-up of
# each, the scenarios (default agreements-list,agreements-filter) are measured on A, then B, `rounds`
# times (default 3). Alternating spreads the machine's noise over both, which one run of each cannot.
# Prints one line per scenario and round: build, scenario, throughput, × floor, p95, server CPU ms/req.
# The same knobs as bench/run.sh apply (DB, AGREEMENTS, HEAP, PG*), plus AB_WARMUP (3000 requests per
# scenario and server first) and AB_REQUESTS (2000 per measurement); the databases are dropped at the end.
# On PostgreSQL, REUSE_DATA=1 with BENCH_DATABASE and BENCH_DATABASE_B measures two existing copies of
# generated data instead (A on the first, B on the second; kept, migrated by each build as it starts).
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/common.sh

A="$1"; B="$2"; SCENARIOS="${3:-agreements-list,agreements-filter}"; ROUNDS="${4:-3}"
WORK="$(mktemp -d -t hoptac-ab-XXXXXX)"
DATABASE_A="$(database_name a)"; DATABASE_B="$(database_name b)"
PID_A=""; PID_B=""
cleanup() {
  stop_server "$PID_A"; stop_server "$PID_B"
  if [[ "$DB" == "postgres" ]]; then drop_databases; fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

mkdir -p "$WORK/a"
if [[ "$DB" == "postgres" && -n "${REUSE_DATA:-}" ]]; then
  ensure_postgres
  DATABASE_A="${BENCH_DATABASE:?name the copy A measures}"; DATABASE_B="${BENCH_DATABASE_B:?name the copy B measures}"
  export SPRING_FLYWAY_OUT_OF_ORDER=true
  mkdir -p "$WORK/b"
else
  if [[ "$DB" == "postgres" ]]; then
    ensure_postgres
    create_database "$DATABASE_A"
  fi
  generate_data "$A" "$WORK/a" "$DATABASE_A"
  cp -r "$WORK/a" "$WORK/b"
  if [[ "$DB" == "postgres" ]]; then create_database "$DATABASE_B" "$DATABASE_A"; fi
fi
PORT_A="$(free_port)"; start_server "$A" "$WORK/a" "$PORT_A" "$DATABASE_A"; PID_A=$SERVER_PID
PORT_B="$(free_port)"; start_server "$B" "$WORK/b" "$PORT_B" "$DATABASE_B"; PID_B=$SERVER_PID

# measure PORT PID LABEL REQUESTS WARMUP
measure() {
  timeout 900 java -Xmx256m bench/Bench.java "http://127.0.0.1:$1" --only "$SCENARIOS" --requests "$4" \
      --warmup "$5" --concurrency 8 --rounds 1 --wait 300 --server-pid "$2" > "$WORK/table.md" 2> "$WORK/bench.log" || {
    status=$?
    echo "benchmark of $3 failed ($status):" >&2; tail -5 "$WORK/bench.log" >&2; return "$status"; }
  grep '^| [a-z]' "$WORK/table.md" | grep -v '^| floor' \
    | awk -F'|' -v build="$3" '{ gsub(/ /, "", $2); printf "%s %-22s %6s req/s  × floor %s  p95 %s ms  CPU %s ms/req\n", build, $2, $9, $11, $6, $14 }'
}

WARM="${AB_WARMUP:-3000}"; REQUESTS="${AB_REQUESTS:-2000}"
measure "$PORT_A" "$PID_A" A "$WARM" "$WARM" > /dev/null
measure "$PORT_B" "$PID_B" B "$WARM" "$WARM" > /dev/null
for _ in $(seq 1 "$ROUNDS"); do
  measure "$PORT_A" "$PID_A" A "$REQUESTS" 200
  measure "$PORT_B" "$PID_B" B "$REQUESTS" 200
done
