#!/usr/bin/env bash
# Drives the application with wrk over loopback and prints, per page: requests/s, p50, p99,
# errors, the ratio to the no-data layout page measured in the same run, and the SQL statements
# the page runs (X-Stint-Sql-Statements, counted by the app with stint.bench.count-sql=true for a
# request sending X-Stint-Count-Sql; the timed requests do not, so they are not buffered).
#
#   bench/generate.sh 100000 stint_bench      # once: a marketplace of 100,000 postings
#   bench/run.sh stint_bench                  # then: benchmark the app on it
#
# Every page is warmed up in passes over all pages (WARMUP_PASSES) and once more just before its
# own measurement.
# The app keeps nothing between requests, but one repeated URL finds its data in PostgreSQL's
# cache: this is the best case. bench/realistic.sh is the benchmark of traffic like real users'.
# The machine's speed can drift within minutes, so besides the ratio to the layout page measured
# at the start, each page has its ratio to the layout page measured just before it (LAYOUT_BESIDE
# seconds, 10; 0 = not).
# Settings (environment): DURATION per page in seconds (20), WARMUP seconds (10), WARMUP_PASSES
# over all pages before any is measured (2), CONNECTIONS
# (16), THREADS (2), PORT (8090), PGHOST/PGPORT/PGUSER as for psql, JAVA_OPTS, ONLY (a regular
# expression: run only the pages whose name matches, e.g. ONLY='layout|keyword').
# Pages answering 404 are reported as "missing" and skipped (the employer's applicant list and
# the staff reports exist only once the hiring work is merged).
set -euo pipefail
cd "$(dirname "$0")/.."

# ---- The pages: name | path | who is signed in (anonymous, employer or staff) ----------------
# Placeholders: {posting} an open posting; {employer_posting} a posting of the employer below.
PAGES=$(cat <<'CONF'
static asset                | /css/stint.css                                                   | anonymous
layout, no data (About)     | /about                                                           | anonymous
home                        | /                                                                | anonymous
browse page 1               | /postings                                                        | anonymous
browse page 50              | /postings?page=50                                                | anonymous
keyword search              | /postings?q=data+analyst                                         | anonymous
keyword + 3 filters         | /postings?q=data+analyst&mode=REMOTE&country=US&payType=HOURLY   | anonymous
posting detail              | /postings/{posting}                                              | anonymous
employer's applicant list   | /employer/postings/{employer_posting}/applicants                 | employer
staff dashboard             | /university/reports                                              | staff
CONF
)
LAYOUT_PAGE="layout, no data (About)"
EMPLOYER=${EMPLOYER:-employer1@bench.example.com}
STAFF=${STAFF:-staff1@bench.example.edu}
PASSWORD=${PASSWORD:-demo-password}
# ----------------------------------------------------------------------------------------------

DATABASE=${1:-stint_bench}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8090}
# shellcheck source=bench/lib/app.sh
source bench/lib/app.sh   # PGHOST, PGPORT, PGUSER; sql; the app
BASE="http://127.0.0.1:$PORT"
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-$DATABASE
mkdir -p "$OUT"

find_jar
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

POSTINGS=$(sql "select count(*) from postings")
OPEN=$(sql "select count(*) from postings where status = 'OPEN' and application_deadline >= current_date")
POSTING=$(sql "select id from postings where status = 'OPEN' and application_deadline >= current_date order by published_at desc limit 1 offset 100")
EMPLOYER_POSTING=$(sql "select p.id from postings p join company_members m on m.company_id = p.company_id
                        join users u on u.id = m.user_id where u.email = '$EMPLOYER'
                        order by (select count(*) from applications a where a.posting_id = p.id) desc, p.id limit 1")

echo "Starting the app on $DATABASE ($POSTINGS postings, $OPEN open) at $BASE"
start_app "$PORT" "$OUT/app.log" STINT_BENCH_COUNT_SQL=true
APP=$APP_PID
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
wait_healthy "$APP" "$BASE" "$OUT/app.log"

# Form login: the session cookie is what wrk sends.
declare -A COOKIE=([anonymous]="")
sign_in "$BASE" "$EMPLOYER" "$PASSWORD" "$OUT/cookies-employer" > /dev/null || true
COOKIE[employer]=$(session_cookie "$OUT/cookies-employer")
sign_in "$BASE" "$STAFF" "$PASSWORD" "$OUT/cookies-staff" > /dev/null || true
COOKIE[staff]=$(session_cookie "$OUT/cookies-staff")

MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
{
  echo "Database: $DATABASE ($POSTINGS postings, $OPEN open and before their deadline)"
  echo "Load average before the run: $(cut -d" " -f1-3 /proc/loadavg)"
  echo "Machine: $MACHINE; PostgreSQL $(sql 'show server_version'); $(java -version 2>&1 | head -1)"
  echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per page after a ${WARMUP}s warm-up (and ${WARMUP_PASSES:-2} such passes over all pages first); $(date -u)"
  echo
  echo "| page | path | req/s | p50 ms | p99 ms | errors | ratio to layout | layout req/s just before | ratio to that | SQL statements |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$OUT/table.md"

ms() { # wrk latency ("812.00us", "3.21ms", "1.02s") in milliseconds
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
                        else if (v ~ /s$/) printf "%.0f", v * 1000; else print "?" }'
}

# One line of PAGES: sets name, path (placeholders filled in) and cookie; fails for a blank line
# or a page that ONLY leaves out.
page() {
  local who
  IFS='|' read -r name path who <<< "$1"
  name=$(echo "$name" | sed 's/^ *//; s/ *$//'); path=$(echo "$path" | tr -d ' '); who=$(echo "$who" | tr -d ' ')
  [ -n "$name" ] || return 1
  if [ -n "${ONLY:-}" ] && ! [[ "$name" =~ $ONLY ]]; then return 1; fi
  path=${path//\{posting\}/$POSTING}; path=${path//\{employer_posting\}/$EMPLOYER_POSTING}
  cookie=${COOKIE[$who]}
}

# A first pass over every page lets the JIT compiler settle on code the pages share (security
# filters, templates, JDBC): in a run that warms each page only just before measuring it, the
# first pages measured pay for compiling what later pages reuse (the About page costs three
# times its settled CPU time in its first seconds: bench/cpu-per-request.sh).
# On two cores the one C2 compiler thread takes minutes to settle: a page measured after one pass
# was still getting faster from one 15 s run to the next, so there are two passes by default.
# The statements are counted on each page's first request, before any cache holds its counts.
declare -A STATEMENTS CODE
for pass in $(seq "${WARMUP_PASSES:-2}"); do
  while IFS= read -r line; do
    page "$line" || continue
    if [ "$pass" = 1 ]; then
      headers=$(curl -s -o /dev/null -D - -H "X-Stint-Count-Sql: true" ${cookie:+-H "Cookie: $cookie"} "$BASE$path")
      CODE[$name]=$(awk 'NR == 1 { print $2 }' <<< "$headers")
      STATEMENTS[$name]=$(echo "$headers" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-stint-sql-statements" { print $2 }')
    fi
    [ "${CODE[$name]}" = "404" ] && continue
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s ${cookie:+-H "Cookie: $cookie"} "$BASE$path" >/dev/null
  done <<< "$PAGES"
done

ROWS=()
declare -A RPS LAYOUT_NEAR
while IFS= read -r line; do
  page "$line" || continue
  code=${CODE[$name]}
  if [ "$code" = "404" ]; then
    ROWS+=("$name|$path|missing (404)|||||"); echo "$name: missing (404)"; continue
  fi
  statements=${STATEMENTS[$name]}
  [ "$code" = "200" ] || statements="$statements (HTTP $code)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s ${cookie:+-H "Cookie: $cookie"} "$BASE$path" >/dev/null
  if [ "$name" != "$LAYOUT_PAGE" ] && [ "${LAYOUT_BESIDE:-10}" -gt 0 ]; then
    LAYOUT_NEAR[$name]=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${LAYOUT_BESIDE:-10}s" --timeout 5s "$BASE/about" \
                         | awk '/^Requests\/sec/ { print $2 }')
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency ${cookie:+-H "Cookie: $cookie"} \
      "$BASE$path" > "$OUT/wrk-$(echo "$name" | tr -c 'a-z0-9' '_').txt"
  result="$OUT/wrk-$(echo "$name" | tr -c 'a-z0-9' '_').txt"
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$result")
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$result")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$result")")
  non2xx=$(awk '/Non-2xx or 3xx/ { print $NF }' "$result"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$result"); socket=${socket:-0}
  RPS[$name]=$rps
  ROWS+=("$name|$path|$rps|$p50|$p99|$((non2xx + socket))|$statements")
  echo "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors $((non2xx + socket)), SQL $statements"
done <<< "$PAGES"

for row in "${ROWS[@]}"; do
  IFS='|' read -r name path rps p50 p99 errors statements <<< "$row"
  ratio=""; near=""; ratio_near=""
  if [ -n "$p50" ] && [ -n "${RPS[$LAYOUT_PAGE]:-}" ]; then
    ratio=$(awk -v a="$rps" -v b="${RPS[$LAYOUT_PAGE]}" 'BEGIN { printf "%.2f", a / b }')
  fi
  if [ -n "$p50" ] && [ -n "${LAYOUT_NEAR[$name]:-}" ]; then
    near=${LAYOUT_NEAR[$name]}
    ratio_near=$(awk -v a="$rps" -v b="$near" 'BEGIN { printf "%.2f", a / b }')
  fi
  echo "| $name | \`$path\` | $rps | $p50 | $p99 | $errors | $ratio | $near | $ratio_near | $statements |" >> "$OUT/table.md"
done

echo; cat "$OUT/table.md"; echo; echo "Raw wrk output and the app log: $OUT"
