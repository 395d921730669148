#!/usr/bin/env bash
# EXPLAIN ANALYZE of the dashboard's report statement, taken from ReportQueries.java itself (so it
# cannot drift from what the app runs), for one university and range of months:
#   bench/reports-query.sh stint_reports 'Bench University 1' 2025-12-01 2026-11-01
# (the first days of the range's first and last months; PGHOST/PGUSER as for psql).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$1; UNIVERSITY=$2; FROM=$3; TO=$4
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
ID=$(psql -qtAX -d "$DB" -v uni="$UNIVERSITY" <<< "select id from universities where name = :'uni'")
[ -n "$ID" ] || { echo "No university named $UNIVERSITY in $DB" >&2; exit 1; }
[[ "$FROM" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ && "$TO" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] \
  || { echo "Months as first days: 2025-12-01" >&2; exit 1; }
STATEMENT=$(awk '/private static final String REPORT = """/ { inside = 1; next } inside && /""";/ { exit } inside' \
              src/main/java/org/stint/university/report/ReportQueries.java \
            | perl -pe "s/:university\b/$ID/g; s/(?<!:):from\b/'$FROM'::date/g; s/(?<!:):to\b/'$TO'::date/g")
[ -n "$STATEMENT" ] || { echo "The REPORT statement was not found in ReportQueries.java" >&2; exit 1; }
psql -X -d "$DB" <<< "\\timing on
explain (analyze, buffers) $STATEMENT;"
