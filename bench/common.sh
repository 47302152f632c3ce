#!/usr/bin/env bash
# Steps shared by bench/run.sh and bench/ab.sh; sourced, not run. Every step is bounded by `timeout`,
# and only 127.0.0.1 (or the PGHOST given) is contacted.
#
# DB=h2 (default): each data directory holds its own embedded H2 database.
# DB=postgres: each data directory is paired with a fresh database on the local PostgreSQL (see
# create_database), named hoptac_bench_<pid>_<suffix> and dropped by drop_databases.

HEAP="${HEAP:--Xmx512m}"
AGREEMENTS="${AGREEMENTS:-20000}"
DB="${DB:-h2}"
PG_HOST="${PGHOST:-127.0.0.1}"
PG_PORT="${PGPORT:-5432}"
# The role the application connects as (created if missing, as .ci/run does).
PG_APP_USER="${PG_APP_USER:-hoptac}"
PG_APP_PASSWORD="${PG_APP_PASSWORD:-hoptac}"
CREATED_DATABASES=()

case "$DB" in
  h2|postgres) ;;
  *) echo "DB must be h2 or postgres, not '$DB'" >&2; exit 2 ;;
esac

# Builds the application jar ($1) when it is missing; the tests are neither compiled nor run.
build_if_missing() {
  if [[ ! -f "$1" ]]; then
    echo "== building $1" >&2
    timeout 900 ./mvnw -q -Dmaven.test.skip=true package
  fi
}

# Copies the JDBC drivers bundled in jar $1 into directory $2, for Bench.java's classpath: the same
# driver versions as the application's.
extract_drivers() {
  mkdir -p "$2"
  timeout 60 unzip -q -o -j -d "$2" "$1" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar'
}

# psql as a superuser: with the PG* variables given, as they say; otherwise as root through the
# postgres account (peer authentication on the local socket), the way .ci/run does.
pg_admin() {
  if [[ -n "${PGUSER:-}" ]]; then
    timeout 120 psql -h "$PG_HOST" -p "$PG_PORT" -X -q -v ON_ERROR_STOP=1 -d "${PGDATABASE:-postgres}" "$@"
  elif [[ "$(id -u)" -eq 0 ]]; then
    timeout 120 runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"
  else
    echo "DB=postgres needs root (runuser -u postgres) or PGUSER/PGPASSWORD of a superuser" >&2
    return 1
  fi
}

# Starts the local cluster if it is down (as .ci/run does), and makes sure the application's role exists.
ensure_postgres() {
  if ! timeout 10 pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    if [[ -z "${PGUSER:-}" && "$(id -u)" -eq 0 ]]; then
      local version
      version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
      echo "== starting PostgreSQL $version" >&2
      timeout 60 pg_ctlcluster "$version" main start 2>/dev/null || true
    fi
    for _ in $(seq 1 30); do timeout 5 pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
  fi
  pg_admin <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_APP_USER') THEN
    CREATE ROLE "$PG_APP_USER" LOGIN PASSWORD '$PG_APP_PASSWORD';
  END IF;
END \$\$;
SQL
}

# The name of the database paired with data directory suffix $1 (a, b, ...).
database_name() {
  echo "hoptac_bench_$$_$1"
}

# Creates database $1, empty or (with $2) as a copy of database $2; dropped by drop_databases.
create_database() {
  local template="${2:-template0}"
  echo "== creating database $1${2:+ from $2}" >&2
  CREATED_DATABASES+=("$1")
  pg_admin -c "CREATE DATABASE \"$1\" OWNER \"$PG_APP_USER\" ENCODING 'UTF8' TEMPLATE \"$template\""
}

drop_databases() {
  for name in "${CREATED_DATABASES[@]}"; do
    pg_admin -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" || echo "could not drop database $name" >&2
  done
  CREATED_DATABASES=()
}

jdbc_url() {
  echo "jdbc:postgresql://$PG_HOST:$PG_PORT/$1"
}

# Sets DB_ENV to the environment of the application for data directory $1 and database $2 (ignored
# on H2), demo data off; used as `env "${DB_ENV[@]}" java ...`, so that a background java's $! is its pid.
database_env() {
  DB_ENV=(HOPTAC_DEMO=false HOPTAC_DATA_DIR="$1")
  if [[ "$DB" == "postgres" ]]; then
    DB_ENV+=(SPRING_DATASOURCE_URL="$(jdbc_url "$2")" SPRING_DATASOURCE_USERNAME="$PG_APP_USER"
      SPRING_DATASOURCE_PASSWORD="$PG_APP_PASSWORD")
  fi
}

# Sets BENCH_JDBC to Bench.java's --jdbc-* options to reach the data of directory $1 / database $2
# directly. On H2, a copy
# of the database file made by snapshot_h2 (the server holds the original's lock); it opens embedded in
# the bench's own JVM, as the application opens its own, with the application's cache size.
bench_jdbc_args() {
  if [[ "$DB" == "postgres" ]]; then
    BENCH_JDBC=(--jdbc-url "$(jdbc_url "$2")" --jdbc-user "$PG_APP_USER" --jdbc-password "$PG_APP_PASSWORD")
  else
    BENCH_JDBC=(--jdbc-url "jdbc:h2:file:$1/floor/hoptac;CACHE_SIZE=131072" --jdbc-user sa --jdbc-password "")
  fi
}

# H2 only: copies the (closed) database of directory $1 aside for the database floor.
snapshot_h2() {
  if [[ "$DB" == "h2" ]]; then
    mkdir -p "$1/floor" && cp "$1"/hoptac.mv.db "$1/floor/"
  fi
}

# Fills data directory $2 (and on PostgreSQL database $3) with the scale data generator of jar $1.
generate_data() {
  echo "== generating $AGREEMENTS agreements into $DB ${3:-$2}" >&2
  database_env "$2" "${3:-}"
  env "${DB_ENV[@]}" timeout "${GENERATE_TIMEOUT:-900}" java "$HEAP" -jar "$1" \
    --server.address=127.0.0.1 --server.port=0 \
    --hoptac.generate.agreements="$AGREEMENTS" \
    --hoptac.generate.delegations="${DELEGATIONS:-0}" --hoptac.generate.projects="${PROJECTS:-0}" \
    --hoptac.generate.indicator-values="${INDICATOR_VALUES:-0}" \
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

# Starts jar $1 on data directory $2 (and database $4) and loopback port $3, logging to $2/server.log,
# with any further arguments passed to the application; sets SERVER_PID.
start_server() {
  local jar="$1" dir="$2" port="$3" name="$4"; shift 4
  echo "== starting $jar on 127.0.0.1:$port ($DB, $HEAP)" >&2
  database_env "$dir" "$name"
  env "${DB_ENV[@]}" PORT="$port" java "$HEAP" -jar "$jar" --server.address=127.0.0.1 "$@" \
    > "$dir/server.log" 2>&1 &
  SERVER_PID=$!
}

# Sets SQL_LOGGING to the application arguments that log every statement and its bind values (Hibernate, and JdbcTemplate
# should lists use it) to file $1, in the pattern Bench.java --capture-log reads.
sql_logging_args() {
  SQL_LOGGING=(--logging.file.name="$1" '--logging.pattern.file=@@%thread@@%logger@@%msg%n'
    --logging.level.org.hibernate.SQL=debug --logging.level.org.hibernate.orm.jdbc.bind=trace
    --logging.level.org.springframework.jdbc.core.JdbcTemplate=debug
    --logging.level.org.springframework.jdbc.core.StatementCreatorUtils=trace)
}

# Stops the process $1: politely, then after 30 s for good.
stop_server() {
  if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
    kill -9 "$1" 2>/dev/null || true
  fi
}

# psql as the application on database $DATABASE: one statement ($1), unaligned output.
psql_app() {
  PGPASSWORD="$PG_APP_PASSWORD" timeout 60 psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_APP_USER" -d "$DATABASE" -Atc "$1"
}

# For the scripts that time one server on an existing database of generated data (reports.sh,
# exports.sh): starts jar $JAR (target/hoptac.jar, built if missing) on PostgreSQL database
# $BENCH_DATABASE (migrated on start, out of order
# allowed) in a temporary data directory named after $1, removed on exit with the server stopped;
# waits until it answers and its first administrator exists (created with HOPTAC_ADMIN_PASSWORD when
# the database has no user yet, the same on later runs), who then signs in without the first-use
# password change. Sets JAR, DATABASE, DATA_DIR, PORT and SERVER_PID.
start_on_existing_database() {
  JAR="${JAR:-target/hoptac.jar}"
  build_if_missing "$JAR"
  DATABASE="${BENCH_DATABASE:?name an existing database of generated data}"
  DATA_DIR="$(mktemp -d -t "hoptac-$1-XXXXXX")"
  SERVER_PID=""
  trap 'stop_server "$SERVER_PID"; rm -rf "$DATA_DIR"' EXIT INT TERM
  export SPRING_FLYWAY_OUT_OF_ORDER=true
  PORT="$(free_port)"
  start_server "$JAR" "$DATA_DIR" "$PORT" "$DATABASE"
  for _ in $(seq 1 "${WAIT:-600}"); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then tail -40 "$DATA_DIR/server.log" >&2; exit 1; fi
    sleep 1
  done
  # the first administrator is created once the server is up (an application runner): wait for it
  for _ in $(seq 1 "${WAIT:-600}"); do
    if [[ "$(psql_app "select count(*) from app_user where username = 'admin'")" == "1" ]]; then break; fi
    sleep 1
  done
  psql_app "update app_user set must_change_password = false where username = 'admin'" >/dev/null
}
