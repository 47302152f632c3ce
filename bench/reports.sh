#!/usr/bin/env bash
# Times the reports at national scale on an existing PostgreSQL database of the generator's data
# (BENCH_DATABASE, kept; migrated on start, out of order allowed): a province's annual report
# (PROVINCE, the one keeping the most delegations unless given) and MOFA's national report, each as
# JSON and as DOCX, REPEAT times after one warm-up request, as the first administrator. Then the
# national dashboard and that province's (REQUESTS requests each, CONCURRENCY at a time, after WARMUP:
# median, p95 and max) and the national network (REPEAT times after one warm-up: min, median, max and the
# server's CPU per request; plain, then as a browser asks for it, gzip).
#   BENCH_DATABASE=hoptac_x13bench bench/reports.sh
# Knobs: YEAR (2023), REPEAT (5), HEAP (-Xmx512m), JAR (target/hoptac.jar), WAIT (600 s), REQUESTS (56),
# CONCURRENCY (4), WARMUP (8), MEASURE (what to time, any of "reports dashboards network"; all by default).
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

# the first administrator takes a personal access token once: the requests then carry it, so that
# they time the work asked for, not a password hash per request as HTTP Basic would (nor its throttle)
TOKEN="$(curl -fsS -u "admin:$HOPTAC_ADMIN_PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://127.0.0.1:$PORT/api/v1/account/tokens" | grep -o '"secret" *: *"hpt_[^"]*"' | sed 's/.*"hpt_/hpt_/; s/"$//')"
# seconds of one request (curl's total time), failing on any status but 200
timed() {
  curl -fsS -H "Authorization: Bearer $TOKEN" -o /dev/null -w '%{time_total}\n' --max-time 120 "http://127.0.0.1:$PORT$1"
}
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $DATABASE, $PROVINCE, $YEAR, $(date -u +%Y-%m-%dT%H:%MZ)"
MEASURE="${MEASURE:-reports dashboards network}"
printf '%-44s %8s %8s %8s\n' "report" "min s" "median s" "max s"
[[ " $MEASURE " == *" reports "* ]] && for path in "/api/v1/reports/annual?province=$PROVINCE&year=$YEAR" \
    "/api/v1/reports/annual?province=$PROVINCE&year=$YEAR&format=docx" \
    "/api/v1/reports/national?year=$YEAR" "/api/v1/reports/national?year=$YEAR&format=docx"; do
  timed "$path" >/dev/null
  times="$(for _ in $(seq 1 "$REPEAT"); do timed "$path"; done | sort -n)"
  middle=$(( (REPEAT + 1) / 2 ))
  printf '%-44s %8s %8s %8s\n' "${path#/api/v1/reports/}" "$(head -1 <<<"$times")" \
    "$(sed -n "${middle}p" <<<"$times")" "$(tail -1 <<<"$times")"
done

# the p-th percentile (nearest rank) of the sorted seconds on stdin
percentile() {
  local sorted
  sorted="$(cat)"
  sed -n "$(( ($1 * $(wc -l <<<"$sorted") + 99) / 100 ))p" <<<"$sorted"
}
if [[ " $MEASURE " == *" dashboards "* ]]; then
  export -f timed; export PORT TOKEN
  REQUESTS="${REQUESTS:-56}" CONCURRENCY="${CONCURRENCY:-4}" WARMUP="${WARMUP:-8}"
  printf '%-44s %8s %8s %8s\n' "dashboard ($REQUESTS, $CONCURRENCY at a time)" "median s" "p95 s" "max s"
  for path in "/api/v1/dashboards" "/api/v1/dashboards?province=$PROVINCE"; do
    seq 1 "$WARMUP" | xargs -P "$CONCURRENCY" -I{} bash -c "timed '$path'" >/dev/null
    times="$(seq 1 "$REQUESTS" | xargs -P "$CONCURRENCY" -I{} bash -c "timed '$path'" | sort -n)"
    printf '%-44s %8s %8s %8s\n' "${path#/api/v1/}" "$(percentile 50 <<<"$times")" "$(percentile 95 <<<"$times")" \
      "$(tail -1 <<<"$times")"
  done
fi
if [[ " $MEASURE " == *" network "* ]]; then
  # server CPU (user + system, ms) per request, from the server's /proc entry: steadier than wall time on a busy machine
  cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$SERVER_PID/stat"; }
  printf '%-44s %8s %8s %8s %8s\n' "network (one at a time)" "min s" "median s" "max s" "CPU ms"
  path="/api/v1/analytics/network"
  for encoding in identity gzip; do
    curl -fsS -H "Authorization: Bearer $TOKEN" -H "Accept-Encoding: $encoding" -o /dev/null "http://127.0.0.1:$PORT$path"
    before="$(cpu_ms)"
    times="$(for _ in $(seq 1 "$REPEAT"); do
      curl -fsS -H "Authorization: Bearer $TOKEN" -H "Accept-Encoding: $encoding" -o /dev/null -w '%{time_total}\n' \
        --max-time 120 "http://127.0.0.1:$PORT$path"; done | sort -n)"
    printf '%-44s %8s %8s %8s %8s\n' "analytics/network ($encoding)" "$(head -1 <<<"$times")" \
      "$(percentile 50 <<<"$times")" "$(tail -1 <<<"$times")" "$(( ($(cpu_ms) - before) / REPEAT ))"
  done
fi
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
