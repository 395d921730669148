#!/usr/bin/env bash
# A consistent backup of Stint's database with pg_dump (custom format, compressed), safe while the
# app runs: pg_dump reads one snapshot.
#
#   ops/backup.sh DATABASE [DIRECTORY]      # default directory: ./backups
#
# Prints the path of the dump. PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD as
# for psql. Restore with ops/restore.sh; ops/backup-check.sh proves a dump restores.
set -euo pipefail
DATABASE=${1:?usage: ops/backup.sh DATABASE [DIRECTORY]}
DIRECTORY=${2:-backups}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
mkdir -p "$DIRECTORY"
FILE="$DIRECTORY/$DATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --compress=6 --no-owner --file="$FILE.partial" "$DATABASE"
mv "$FILE.partial" "$FILE"  # a dump that exists is a whole dump
echo "$FILE"
