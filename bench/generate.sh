#!/usr/bin/env bash
# Fills a fresh PostgreSQL database with a realistic marketplace for benchmarks.
#
#   bench/generate.sh [POSTINGS] [DATABASE]        # defaults: 100000 stint_bench
#
# Sizes follow POSTINGS unless set: COMPANIES=POSTINGS/50, STUDENTS=POSTINGS/2,
# APPLICATIONS=POSTINGS*5 (100,000 → 2,000 companies, 50,000 students, 500,000 applications).
# Server: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); PGPASSWORD if it needs one.
# The database is dropped and created, migrated by the application's own Flyway migrations
# (needs the jar: ./mvnw -B package -DskipTests), then filled by bench/generate.sql.
# Every generated account's password is "demo-password"; bench logins: employer1@bench.example.com
# and staff1@bench.example.edu.
set -euo pipefail
cd "$(dirname "$0")/.."

POSTINGS=${1:-100000}
DATABASE=${2:-stint_bench}
COMPANIES=${COMPANIES:-$(( POSTINGS / 50 > 1 ? POSTINGS / 50 : 1 ))}
STUDENTS=${STUDENTS:-$(( POSTINGS / 2 > 10 ? POSTINGS / 2 : 10 ))}
APPLICATIONS=${APPLICATIONS:-$(( POSTINGS * 5 ))}
# shellcheck source=bench/lib/app.sh
source bench/lib/app.sh   # PGHOST, PGPORT, PGUSER; the app
find_jar

echo "Database $DATABASE on $PGHOST:$PGPORT: $POSTINGS postings, $COMPANIES companies, $STUDENTS students, $APPLICATIONS applications"
psql -q -d postgres -c "drop database if exists $DATABASE with (force)" -c "create database $DATABASE"

echo "Migrating with the application's Flyway migrations (starts the app once, then stops it)"
: > target/generate-migrate.log
start_app 0 target/generate-migrate.log
app=$APP_PID
until grep -q "Started StintApplication" target/generate-migrate.log; do
  kill -0 "$app" 2>/dev/null || { cat target/generate-migrate.log >&2; exit 1; }
  sleep 1
done
kill "$app"; wait "$app" 2>/dev/null || true

start=$(date +%s.%N)
psql -q -d "$DATABASE" -v postings="$POSTINGS" -v companies="$COMPANIES" -v students="$STUDENTS" \
     -v applications="$APPLICATIONS" -f bench/generate.sql
loaded=$(date +%s.%N)
psql -q -d "$DATABASE" -c "vacuum analyze"
done_at=$(date +%s.%N)
printf 'Generated in %.1f s (plus %.1f s vacuum analyze)\n' "$(echo "$loaded - $start" | bc)" "$(echo "$done_at - $loaded" | bc)"
