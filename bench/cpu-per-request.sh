#!/usr/bin/env bash
# CPU time per request, split into the application and PostgreSQL: a measure that, unlike
# requests/s and latency, hardly depends on what else the machine is doing. Run it against an
# application started by bench/run.sh or by hand (any port):
#
#   bench/cpu-per-request.sh http://127.0.0.1:8090 stint_bench /about /postings '/postings?q=data+analyst'
#
# For each path: wrk (2 threads, 8 connections) warms up for 5 s, then runs for DURATION (10) s
# while the CPU time of the application's JVM (found by its port) and of PostgreSQL's backends
# connected to the database is read from /proc before and after. COOKIE (e.g. "SESSION=...")
# is sent with every request, for pages behind the sign-in.
set -euo pipefail
# shellcheck source=bench/lib/app.sh
source "$(dirname "$0")/lib/app.sh"
# shellcheck source=bench/lib/cpu.sh
source "$(dirname "$0")/lib/cpu.sh"
BASE=$1; DATABASE=$2; shift 2
APP_PIDS=$(app_pid "$BASE")
BEFORE=$(mktemp); AFTER=$(mktemp)
trap 'rm -f "$BEFORE" "$AFTER"' EXIT
echo "| path | requests | app CPU ms/request | PostgreSQL CPU ms/request | total |"
echo "|---|---:|---:|---:|---:|"
for path in "$@"; do
  wrk -t2 -c8 -d5s ${COOKIE:+-H "Cookie: $COOKIE"} "$BASE$path" > /dev/null
  cpu_snapshot > "$BEFORE"
  requests=$(wrk -t2 -c8 -d"${DURATION:-10}"s ${COOKIE:+-H "Cookie: $COOKIE"} "$BASE$path" | awk '/requests in/ { print $1 }')
  cpu_snapshot > "$AFTER"
  read -r app db _ <<< "$(cpu_between "$BEFORE" "$AFTER")"
  awk -v p="$path" -v n="$requests" -v a="$app" -v d="$db" 'BEGIN {
    printf "| `%s` | %d | %.2f | %.2f | %.2f |\n", p, n, a / n, d / n, (a + d) / n }'
done
