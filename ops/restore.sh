#!/usr/bin/env bash
# Restores a dump made by ops/backup.sh into a new database (it refuses to write into one that
# exists). Point the app at it with DATABASE_URL; Flyway sees the schema is current.
#
#   ops/restore.sh DUMP_FILE NEW_DATABASE
#
# PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD as for psql.
set -euo pipefail
DUMP=${1:?usage: ops/restore.sh DUMP_FILE NEW_DATABASE}
TARGET=${2:?usage: ops/restore.sh DUMP_FILE NEW_DATABASE}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
[ -f "$DUMP" ] || { echo "No such dump: $DUMP" >&2; exit 1; }
if [ -n "$(psql -qtAX -d postgres -c "select 1 from pg_database where datname = '$TARGET'")" ]; then
  echo "Database $TARGET exists: restore into a new database, then switch the app to it" >&2
  exit 1
fi
createdb "$TARGET"
pg_restore --no-owner --exit-on-error --jobs="$(nproc)" --dbname="$TARGET" "$DUMP"
psql -qtAX -d "$TARGET" -c "analyze" > /dev/null
echo "Restored $DUMP into $TARGET"
