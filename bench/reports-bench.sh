#!/usr/bin/env bash
# Times the career-office dashboard (/university/reports) at 50,000 students / 500,000 applications.
#   bench/reports-bench.sh            # needs psql, curl and a PostgreSQL at $PGHOST (default 127.0.0.1)
# 1. (re)creates database $DB, applies the Flyway migrations and bench/reports-data.sql;
# 2. starts the packaged application against it (./mvnw -DskipTests package first);
# 3. signs in as staff of the biggest university and requests each page $RUNS times, printing
#    the median and 90th percentile of curl's total time, next to a static asset as a baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=${DB:-stint_reports}
PORT=${PORT:-8099}
RUNS=${RUNS:-30}
WARMUPS=${WARMUPS:-2}
if [ "${SKIP_DATA:-}" != "true" ]; then
  psql -q -c "drop database if exists $DB with (force)" -c "create database $DB"
  for f in $(ls src/main/resources/db/migration/V*.sql | sort -V); do psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$f"; done
  time psql -q -d "$DB" -f bench/reports-data.sql
fi
JAR=$(ls target/stint-*.jar | grep -v original | head -1)
# COUNT_SQL=true prints the statements per dashboard (X-Stint-Sql-Statements, asked for by one request)
DATABASE_URL=jdbc:postgresql://$PGHOST:5432/$DB DATABASE_USER=$PGUSER STINT_DEMO_DATA=false \
  STINT_BENCH_COUNT_SQL=${COUNT_SQL:-false} \
  java -jar "$JAR" --server.port=$PORT --spring.flyway.enabled=false > target/reports-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
JAR_COOKIES=$(mktemp)
TOKEN=$(curl -s -c "$JAR_COOKIES" "http://localhost:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -d "username=${STAFF:-staff1@bench1.edu}&password=bench-password&_csrf=$TOKEN" "http://localhost:$PORT/login"
measure() {
  local url=$1
  for _ in $(seq 1 "$WARMUPS"); do curl -s -b "$JAR_COOKIES" -o /dev/null "http://localhost:$PORT$url"; done
  for _ in $(seq 1 "$RUNS"); do
    curl -s -b "$JAR_COOKIES" -o /dev/null -w '%{http_code} %{time_total}\n' "http://localhost:$PORT$url"
  done | awk -v url="$url" '{ if ($1 != 200) bad++; t[NR] = $2 * 1000 } END {
      n = asort(t); printf "%-60s median %6.1f ms  p90 %6.1f ms  (%d runs, %d non-200)\n", url, t[int((n+1)/2)], t[int(n*0.9)], n, bad }'
}
if [ "${COUNT_SQL:-}" = "true" ]; then
  for url in /university/reports "/university/reports?from=2016-01&to=$(date -u +%Y-%m)"; do
    echo "$url: $(curl -s -H "X-Stint-Count-Sql: true" -b "$JAR_COOKIES" -o /dev/null -D - "http://localhost:$PORT$url" | tr -d '\r' | sed -n 's/^X-Stint-Sql-Statements: //Ip') SQL statements"
  done
  exit 0
fi
measure "/css/stint.css"
measure "/university/reports"
measure "/university/reports?from=$(date -u -d '-23 months' +%Y-%m)&to=$(date -u +%Y-%m)"
measure "/university/reports/figures.csv"
measure "/university/reports/engagements.csv"
