#!/usr/bin/env bash
# Proves that backups restore: backs DATABASE up (ops/backup.sh), restores the dump into a fresh
# database (ops/restore.sh), compares the exact row count of every table, and the latest Flyway
# migration, then drops the copy. Exits 1 on any difference.
#
#   ops/backup-check.sh DATABASE
#
# Counts are compared against the live database, so run it when nothing writes, or expect the
# tables written meanwhile to differ (they are named).
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=${1:?usage: ops/backup-check.sh DATABASE}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
COPY="${DATABASE}_restore_check"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; psql -qtAX -d postgres -c "drop database if exists $COPY with (force)" > /dev/null 2>&1' EXIT

counts() {
  psql -qtAX -d "$1" -c "select table_name from information_schema.tables
                         where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" |
    while read -r table; do
      echo "$table $(psql -qtAX -d "$1" -c "select count(*) from \"$table\"")"
    done
}

started=$(date +%s)
DUMP=$(ops/backup.sh "$DATABASE" "$WORK")
dumped=$(date +%s)
psql -qtAX -d postgres -c "drop database if exists $COPY with (force)" > /dev/null 2>&1
ops/restore.sh "$DUMP" "$COPY" > /dev/null
restored=$(date +%s)
counts "$DATABASE" > "$WORK/live.txt"
counts "$COPY" > "$WORK/copy.txt"
migration() { psql -qtAX -d "$1" -c "select max(version::int) from flyway_schema_history where success"; }

echo "Backup of $DATABASE: $(du -h "$DUMP" | cut -f1), dumped in $(( dumped - started )) s, restored in $(( restored - dumped )) s"
echo "Tables: $(wc -l < "$WORK/live.txt"), rows: $(awk '{ s += $2 } END { print s }' "$WORK/live.txt")," \
     "latest migration: live V$(migration "$DATABASE"), restored V$(migration "$COPY")"
if diff "$WORK/live.txt" "$WORK/copy.txt" > "$WORK/diff.txt" && [ "$(migration "$DATABASE")" = "$(migration "$COPY")" ]; then
  echo "Every table has the same number of rows in the restored copy."
else
  echo "DIFFERENT (live < > restored):"; cat "$WORK/diff.txt"; exit 1
fi
