#!/usr/bin/env bash
# Steps shared by bench/run.sh and bench/ab.sh; sourced, not run. Every step is bounded by `timeout`.

HEAP="${HEAP:--Xmx512m}"
AGREEMENTS="${AGREEMENTS:-20000}"

# Builds the application jar ($1) when it is missing; the tests are neither compiled nor run.
build_if_missing() {
  if [[ ! -f "$1" ]]; then
    echo "== building $1" >&2
    timeout 900 ./mvnw -q -Dmaven.test.skip=true package
  fi
}

# Fills the data directory $2 with the scale data generator of jar $1 (demo data off).
generate_data() {
  echo "== generating $AGREEMENTS agreements into $2" >&2
  HOPTAC_DEMO=false HOPTAC_DATA_DIR="$2" timeout 900 java "$HEAP" -jar "$1" \
    --server.address=127.0.0.1 --server.port=0 \
    --hoptac.generate.agreements="$AGREEMENTS" \
    --hoptac.generate.exit=true > "$2/generate.log" 2>&1 || {
      echo "generator failed; log:" >&2; tail -50 "$2/generate.log" >&2; return 1; }
  grep -h "Scale data generated" "$2/generate.log" | sed 's/.*ScaleDataGenerator *: /== /' >&2 || true
}

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

# Starts jar $1 on data directory $2 and loopback port $3, logging to $2/server.log; sets SERVER_PID.
start_server() {
  echo "== starting $1 on 127.0.0.1:$3 ($HEAP)" >&2
  HOPTAC_DEMO=false HOPTAC_DATA_DIR="$2" PORT="$3" java "$HEAP" -jar "$1" --server.address=127.0.0.1 \
    > "$2/server.log" 2>&1 &
  SERVER_PID=$!
}

# Stops the process $1: politely, then after 30 s for good.
stop_server() {
  if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
    kill -9 "$1" 2>/dev/null || true
  fi
}
