#!/usr/bin/env bash
# Times the reports at national scale on an existing PostgreSQL database of the generator's data
# (BENCH_DATABASE, kept; migrated on start, out of order allowed): a province's annual report
# (PROVINCE, the one keeping the most delegations unless given) and MOFA's national report, each as
# JSON and as DOCX, REPEAT times after one warm-up request, as the first administrator.
#   BENCH_DATABASE=hoptac_x13bench flock /work/bench.lock bench/reports.sh
# Knobs: YEAR (2023), REPEAT (5), HEAP (-Xmx512m), JAR (target/hoptac.jar), WAIT (600 s).
set -euo pipefail

cd "$(dirname "$0")/.."

DB=postgres
source bench/common.sh

YEAR="${YEAR:-2023}"
REPEAT="${REPEAT:-5}"
export HOPTAC_ADMIN_PASSWORD="${BENCH_PASSWORD:-bench-reports-only}"
start_on_existing_database reports
BUSIEST="select l.code from delegation d join locality l on l.id = d.owner_province_id
  where l.valid_to is null group by l.code order by count(*) desc limit 1"
if [[ -z "${PROVINCE:-}" ]]; then PROVINCE="$(psql_app "$BUSIEST")"; fi

# seconds of one request (curl's total time), failing on any status but 200
timed() {
  curl -fsS -u "admin:$HOPTAC_ADMIN_PASSWORD" -o /dev/null -w '%{time_total}\n' --max-time 120 "http://127.0.0.1:$PORT$1"
}
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $DATABASE, $PROVINCE, $YEAR, $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-44s %8s %8s %8s\n' "report" "min s" "median s" "max s"
for path in "/api/v1/reports/annual?province=$PROVINCE&year=$YEAR" \
    "/api/v1/reports/annual?province=$PROVINCE&year=$YEAR&format=docx" \
    "/api/v1/reports/national?year=$YEAR" "/api/v1/reports/national?year=$YEAR&format=docx"; do
  timed "$path" >/dev/null
  times="$(for _ in $(seq 1 "$REPEAT"); do timed "$path"; done | sort -n)"
  middle=$(( (REPEAT + 1) / 2 ))
  printf '%-44s %8s %8s %8s\n' "${path#/api/v1/reports/}" "$(head -1 <<<"$times")" \
    "$(sed -n "${middle}p" <<<"$times")" "$(tail -1 <<<"$times")"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
