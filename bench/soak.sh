#!/usr/bin/env bash
# Soak: the realistic mix with background writes for SOAK seconds (default 600) at CONNECTIONS
# (16), while the app's heap (jstat) and its PostgreSQL connections by state (pg_stat_activity)
# are sampled every 15 s. Target: 0 errors, heap after collections and connections flat.
#
#   bench/soak.sh stint_bench                  # bench/generate.sh 100000 stint_bench first
#
# Report: bench/results/<time>-soak-<database>/soak.md (the mix's own report beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=${1:-stint_bench}
SOAK=${SOAK:-600}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-8093}
# shellcheck source=bench/lib/app.sh
source bench/lib/app.sh   # PGHOST, PGPORT, PGUSER; following bench/realistic.sh
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-soak-$DATABASE
mkdir -p "$OUT"
command -v jstat >/dev/null || { echo "jstat (JDK) is needed" >&2; exit 1; }

PORT=$PORT PHASES=mix CONNECTIONS=$CONNECTIONS MEASURE=$SOAK WARMUP=15 SQL_SAMPLE=1 \
  bench/realistic.sh "$DATABASE" > "$OUT/realistic.log" 2>&1 &
BENCH=$!
trap 'kill $BENCH 2>/dev/null || true' EXIT
wait_for_mix "$BENCH" "$OUT/realistic.log"
APP=$(pgrep -f "stint-.*\.jar --server.port=$PORT" | head -1)
echo "Soaking for $SOAK s (app pid $APP)"
printf 'seconds\theap_mb\told_mb\tfull_gcs\tactive\tidle\tidle_in_transaction\n' > "$OUT/samples.tsv"
start=$(date +%s)
while kill -0 "$BENCH" 2>/dev/null && kill -0 "$APP" 2>/dev/null; do
  gc=$(jstat -gc "$APP" | tail -1)
  heap=$(echo "$gc" | awk '{ printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }')
  old=$(echo "$gc" | awk '{ printf "%.0f", $8 / 1024 }')
  fgc=$(echo "$gc" | awk '{ print $(NF-4) }')
  states=$(psql -qtAX -d postgres -c "select count(*) filter (where state = 'active'), count(*) filter (where state = 'idle'),
           count(*) filter (where state like 'idle in transaction%') from pg_stat_activity
           where datname = '$DATABASE' and application_name like 'PostgreSQL JDBC%'")
  printf '%s\t%s\t%s\t%s\t%s\n' "$(( $(date +%s) - start ))" "$heap" "$old" "$fgc" "$(echo "$states" | tr '|' '\t')" >> "$OUT/samples.tsv"
  sleep 15
done
wait "$BENCH" || true
RUN=$(realistic_run "$OUT/realistic.log")
{
  echo "# Soak: $SOAK s of the realistic mix on $DATABASE, $CONNECTIONS connections"
  echo
  echo "Command: \`SOAK=$SOAK CONNECTIONS=$CONNECTIONS bench/soak.sh $DATABASE\`; the mix's report: $RUN/report.md"
  echo
  sed -n '/^## Mix/,/^Target/p' "$RUN/report.md"
  echo
  echo "## Heap and connections, every 15 s"
  echo
  awk -F'\t' 'NR == 1 { print "| " $1 " | heap MB | old generation MB | full GCs | connections active | idle | idle in transaction |"; print "|---:|---:|---:|---:|---:|---:|---:|"; next }
              { print "| " $1 " | " $2 " | " $3 " | " $4 " | " $5 " | " $6 " | " $7 " |" }' "$OUT/samples.tsv"
  echo
  sed -n '/^## Background writes/,/^## /p' "$RUN/report.md" | sed '$d'
} > "$OUT/soak.md"
cat "$OUT/soak.md"
