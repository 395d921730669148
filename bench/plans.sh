#!/usr/bin/env bash
# The query plans of the statements the application itself runs for the search pages: no copy
# of the SQL to drift from PostingSearch. PostgreSQL's auto_explain (a contrib module shipped with
# every PostgreSQL) logs each statement's EXPLAIN ANALYZE for the benchmark database only; the
# script starts the packaged app, requests each page (the first five requests of a statement are
# planned afresh, later ones re-use a generic plan, which is what a warm server runs, so each page
# is requested 7 times), and prints the last plan of each page from the server log.
#
#   bench/plans.sh stint_bench [PATH…]    # needs superuser on $PGHOST and read access to its log
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=${1:-stint_bench}
shift || true
PORT=${PORT:-8092}
# shellcheck source=bench/lib/app.sh
source bench/lib/app.sh   # PGHOST, PGPORT, PGUSER; the app
find_jar
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=(
  "/postings"
  "/postings?page=10"
  "/postings?q=project"
  "/postings?q=project&page=3"
  "/postings?q=data+analyst"
  "/postings?q=data+analyst&mode=REMOTE&country=US&payType=HOURLY"
  "/postings?q=data&sort=NEWEST"
  "/postings?category=DATA&mode=REMOTE&country=IN&minHours=20"
  "/postings?q=zebrafish"
)
# The server log: the logging collector's file if it runs, else Debian's /var/log/postgresql.
LOG=$(psql -qtAX -d postgres -c "select case when pg_current_logfile() like '/%' then pg_current_logfile()
                                             else current_setting('data_directory') || '/' || pg_current_logfile() end")
[ -n "$LOG" ] && [ -r "$LOG" ] || LOG=$(ls -t /var/log/postgresql/*.log 2>/dev/null | head -1)
[ -r "$LOG" ] || { echo "Cannot read the PostgreSQL server log" >&2; exit 1; }

settings() {
  psql -q -d postgres -c "alter database $DATABASE $1 session_preload_libraries $2" \
       -c "alter database $DATABASE $1 auto_explain.log_min_duration $3" \
       -c "alter database $DATABASE $1 auto_explain.log_analyze $4" \
       -c "alter database $DATABASE $1 auto_explain.log_buffers $4"
}
psql -q -d "$DATABASE" -c "load 'auto_explain'"   # fails early where the module is missing
settings set "= 'auto_explain'" "= 0" "= on"
: > target/plans-app.log
start_app "$PORT" target/plans-app.log
APP=$APP_PID
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; settings reset "" "" ""' EXIT
wait_healthy "$APP" "http://127.0.0.1:$PORT" target/plans-app.log
for page in "${PAGES[@]}"; do
  for _ in 1 2 3 4 5 6; do curl -fs -o /dev/null "http://127.0.0.1:$PORT$page"; done
  start=$(wc -l < "$LOG")
  curl -fs -o /dev/null "http://127.0.0.1:$PORT$page"
  sleep 0.5
  echo "=== $page"
  # Each logged plan starts with "duration: … plan:"; keep the plans of this request's statements.
  tail -n +"$((start + 1))" "$LOG" | awk '/duration: .* plan:/ { keep = ($0 ~ /@'"$DATABASE"' /) } keep' \
    | grep -v -E '^\s*$|COMMIT|Query Text: (COMMIT|SELECT 1)' | sed -E 's/^[0-9-]+ [0-9:.]+ UTC \[[0-9]+\] [^ ]+ //'
  echo
done
