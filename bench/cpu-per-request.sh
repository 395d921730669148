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
BASE=$1; DATABASE=$2; shift 2
PORT=${BASE##*:}
PID=$(pgrep -f -- "--server.port=$PORT" | head -1)
[ -n "$PID" ] || { echo "No application with --server.port=$PORT running" >&2; exit 1; }
TICK=$(getconf CLK_TCK)
app_cpu() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
db_cpu() {
  local total=0
  for p in $(pgrep -f "postgres: .* $DATABASE " || true); do
    [ -r "/proc/$p/stat" ] && total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$p/stat") ))
  done
  echo "$total"
}
echo "| path | requests | app CPU ms/request | PostgreSQL CPU ms/request | total |"
echo "|---|---:|---:|---:|---:|"
for path in "$@"; do
  wrk -t2 -c8 -d5s ${COOKIE:+-H "Cookie: $COOKIE"} "$BASE$path" > /dev/null
  a0=$(app_cpu); d0=$(db_cpu)
  requests=$(wrk -t2 -c8 -d"${DURATION:-10}"s ${COOKIE:+-H "Cookie: $COOKIE"} "$BASE$path" | awk '/requests in/ { print $1 }')
  a1=$(app_cpu); d1=$(db_cpu)
  awk -v p="$path" -v n="$requests" -v a=$((a1 - a0)) -v d=$((d1 - d0)) -v t="$TICK" 'BEGIN {
    printf "| `%s` | %d | %.2f | %.2f | %.2f |\n", p, n, a * 1000 / t / n, d * 1000 / t / n, (a + d) * 1000 / t / n }'
done
