#!/usr/bin/env bash
# Times the export of the whole agreements list (every agreement, no filter) as XLSX and as CSV on an
# existing PostgreSQL database of the generator's data (BENCH_DATABASE, kept; migrated on start, out
# of order allowed), REPEAT times after one warm-up export each, signed in as a national analyst
# ("bench-analyst", made once as a copy of the first administrator with the NATIONAL_ANALYST role):
# national scope, so every agreement is in the file. Prints each file's rows, the wall times, the
# server's CPU per export (user + system, from /proc; the busy machine changes it far less than the
# wall time) and its heap afterwards (jcmd; any OutOfMemoryError said).
#   BENCH_DATABASE=hoptac_x13agr bench/exports.sh
# Knobs: REPEAT (3), HEAP (-Xmx512m), JAR (target/hoptac.jar), WAIT (600 s).
set -euo pipefail

cd "$(dirname "$0")/.."

DB=postgres
source bench/common.sh

REPEAT="${REPEAT:-3}"
export HOPTAC_ADMIN_PASSWORD="${BENCH_PASSWORD:-bench-exports-only}"
start_on_existing_database exports
psql_app "insert into app_user (username, password_hash, display_name, role, enabled, must_change_password,
    language, created_at, version, security_version)
  select 'bench-analyst', password_hash, 'Bench analyst', 'NATIONAL_ANALYST', true, false, 'vi', now(), 0, 0
  from app_user where username = 'admin' and not exists (select 1 from app_user where username = 'bench-analyst')" >/dev/null
AGREEMENTS_KEPT="$(psql_app "select count(*) from agreement")"

# seconds of one export (curl's total time), failing on any status but 200; the file is kept in $2
timed() {
  curl -fsS -u "bench-analyst:$HOPTAC_ADMIN_PASSWORD" -o "$2" -w '%{time_total}\n' --max-time 300 \
    "http://127.0.0.1:$PORT/api/v1/agreements?format=$1"
}
rows_of() {
  if [[ "$1" == csv ]]; then echo $(( $(wc -l < "$2") - 2 )); else
    unzip -p "$2" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l | awk '{print $1 - 2}'; fi
}
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $DATABASE ($AGREEMENTS_KEPT agreements), $HEAP, $(basename "$JAR"), $(date -u +%Y-%m-%dT%H:%MZ)"
# the server's CPU time so far, in seconds
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$SERVER_PID/stat"; }
printf '%-6s %8s %8s %8s %8s %12s\n' "format" "rows" "min s" "median s" "max s" "CPU s/export"
for format in xlsx csv; do
  file="$DATA_DIR/export.$format"
  timed "$format" "$file" >/dev/null
  cpu_before="$(cpu_s)"
  times="$(for _ in $(seq 1 "$REPEAT"); do timed "$format" "$file"; done | sort -n)"
  cpu="$(awk -v a="$cpu_before" -v b="$(cpu_s)" -v n="$REPEAT" 'BEGIN {printf "%.2f", (b - a) / n}')"
  middle=$(( (REPEAT + 1) / 2 ))
  printf '%-6s %8s %8s %8s %8s %12s\n' "$format" "$(rows_of "$format" "$file")" "$(head -1 <<<"$times")" \
    "$(sed -n "${middle}p" <<<"$times")" "$(tail -1 <<<"$times")" "$cpu"
done
heap="$(timeout 30 jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K' || true)"
if grep -q OutOfMemoryError "$DATA_DIR/server.log"; then heap="$heap; OutOfMemoryError in the server's log"; fi
echo "== heap after: ${heap:-unknown}; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
