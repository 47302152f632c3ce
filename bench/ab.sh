#!/usr/bin/env bash
# Compares two builds of the application on this machine, against the same data:
#   bench/ab.sh OLD.jar NEW.jar [scenarios] [rounds]
# Both servers run at once on copies of one generated database; after a warm-up of each, the
# scenarios (default agreements-list,agreements-filter) are measured on A, then B, `rounds` times
# (default 3). Alternating spreads the machine's noise over both, which one run of each cannot.
# Prints one line per scenario and round: build, scenario, throughput, × floor, server CPU ms/req.
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/common.sh

A="$1"; B="$2"; SCENARIOS="${3:-agreements-list,agreements-filter}"; ROUNDS="${4:-3}"
WORK="$(mktemp -d -t hoptac-ab-XXXXXX)"
PID_A=""; PID_B=""
cleanup() { stop_server "$PID_A"; stop_server "$PID_B"; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

mkdir -p "$WORK/a"
generate_data "$A" "$WORK/a"
cp -r "$WORK/a" "$WORK/b"
PORT_A="$(free_port)"; start_server "$A" "$WORK/a" "$PORT_A"; PID_A=$SERVER_PID
PORT_B="$(free_port)"; start_server "$B" "$WORK/b" "$PORT_B"; PID_B=$SERVER_PID

# measure PORT PID LABEL REQUESTS WARMUP
measure() {
  timeout 900 java -Xmx256m bench/Bench.java "http://127.0.0.1:$1" --only "$SCENARIOS" --requests "$4" \
      --warmup "$5" --concurrency 8 --rounds 1 --wait 180 --server-pid "$2" 2>/dev/null \
    | grep '^| [a-z]' | grep -v '^| floor' \
    | awk -F'|' -v build="$3" '{ gsub(/ /, "", $2); printf "%s %-22s %6s req/s  × floor %s  CPU %s ms/req\n", build, $2, $9, $11, $12 }'
}

measure "$PORT_A" "$PID_A" A 3000 3000 > /dev/null
measure "$PORT_B" "$PID_B" B 3000 3000 > /dev/null
for _ in $(seq 1 "$ROUNDS"); do
  measure "$PORT_A" "$PID_A" A 2000 200
  measure "$PORT_B" "$PID_B" B 2000 200
done
