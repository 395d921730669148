#!/usr/bin/env bash
# The default benchmark: realistic traffic. A weighted mix of distinct URLs, made from the
# database's own data, from anonymous visitors and from signed-in students, employers and staff
# (each with its own session), while a background stream of writes (new postings, edits, closes,
# applications, hires) changes the data at a set rate. Per page type: requests/s, p50, p99,
# errors, SQL statements, CPU ms per request, and requests/s beside the About page's.
#
#   bench/generate.sh 100000 stint_bench      # once: a marketplace of 100,000 postings
#   bench/realistic.sh stint_bench            # start the app on it and run the benchmark
#   CONNECTIONS="16 64 256" bench/realistic.sh stint_bench
#   BASE_URL=http://127.0.0.1:8080 bench/realistic.sh stint_bench   # an app (or nginx) already running
#
# Phases (PHASES, "alone mix"):
#   alone  each page type by itself with all connections (the first of CONNECTIONS, or
#          ALONE_CONNECTIONS) for MEASURE s, right after About for MEASURE s through the same
#          wrk script, with the CPU time the app and PostgreSQL spent per request;
#   mix    every page type at once, one wrk per type, its share of the connections by weight, at
#          each level of CONNECTIONS in turn; targets: no errors and no stall (no STALL_SECONDS
#          without a single response of a page type).
# Before them: URL lists and sign-ins (bench/prepare.py) and a first pass over every page type
# (WARMUP s each) for the JIT. Between them: IDLE s (MEASURE, at most 30) without page traffic, the CPU time of the
# idle app plus the writer (subtracted from the CPU per request). Each measurement is preceded by
# WARMUP s of the same traffic, and by a wait for the app to answer its health check (a stall
# leaves requests stuck). After them: SQL statements of SQL_SAMPLE URLs of each type
# (X-Stint-Count-Sql, counted by the app when started with STINT_BENCH_COUNT_SQL=true, as this
# script does).
#
# Settings (environment): ONLY (a regular expression: the page types to run, e.g. 'reports'), MEASURE (30) and WARMUP (10) seconds, CONNECTIONS ("16"),
# WRITES_PER_SECOND (5; 0 = no writes), PHASES, PORT (8090), BASE_URL (then no app is started;
# APP_PIDS = the app's JVM process ids for the CPU figures, found by the jar's name if unset),
# JAVA_OPTS, SEARCH_URLS (20000), POSTING_URLS (50000), TIMEOUT per request (10 s), STALL_SECONDS
# (5), SQL_SAMPLE (20), PGHOST/PGPORT/PGUSER as for psql. The app's own settings (e.g.
# DATABASE_POOL_SIZE, DATABASE_POOL_TIMEOUT_MS) pass through the environment.
# The writes stay in the database: regenerate it (bench/generate.sh) for runs on identical data.
# Results: bench/results/<time>-<database>/report.md, with the URL lists, raw wrk output, the
# writer's summary (every acknowledged write with its ids; bench/check-writes.py finds each one in
# the database) and the app's log.
# Its parts: bench/lib/app.sh (the app), cpu.sh (CPU time), wrk.sh (the measurements) and
# report.sh (SQL statement counts, the report); bench/prepare.py and bench/writer.py.
set -euo pipefail
cd "$(dirname "$0")/.."

# ---- The page types of the mix: name | URL list (bench/prepare.py) | weight, % of connections ----
TYPES=$(cat <<'CONF'
search, anonymous       | search-anonymous     | 30
search, student         | search-student       | 15
posting, anonymous      | posting-anonymous    | 17
posting, student        | posting-student      | 8
company                 | company              | 10
home                    | home                 | 8
applicants, employer    | applicants-employer  | 7
reports, staff          | reports-staff        | 5
CONF
)
# ----------------------------------------------------------------------------------------------

DATABASE=${1:?usage: bench/realistic.sh DATABASE}
MEASURE=${MEASURE:-30}
IDLE=${IDLE:-$(( MEASURE < 30 ? MEASURE : 30 ))}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-16}
ALONE_CONNECTIONS=${ALONE_CONNECTIONS:-${CONNECTIONS%% *}}
WRITES_PER_SECOND=${WRITES_PER_SECOND:-5}
PHASES=${PHASES:-alone mix}
PORT=${PORT:-8090}
SEARCH_URLS=${SEARCH_URLS:-20000}
POSTING_URLS=${POSTING_URLS:-50000}
TIMEOUT=${TIMEOUT:-10}
STALL_SECONDS=${STALL_SECONDS:-5}
SQL_SAMPLE=${SQL_SAMPLE:-20}
# shellcheck source=bench/lib/app.sh
source bench/lib/app.sh   # PGHOST, PGPORT, PGUSER; sql; the app
# shellcheck source=bench/lib/cpu.sh
source bench/lib/cpu.sh
# shellcheck source=bench/lib/wrk.sh
source bench/lib/wrk.sh
# shellcheck source=bench/lib/report.sh
source bench/lib/report.sh
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-$DATABASE
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
sql "select 1" >/dev/null || { echo "Cannot reach database $DATABASE" >&2; exit 1; }

NAMES=(); LISTS=(); WEIGHTS=()
while IFS='|' read -r name list weight; do
  name=$(echo "$name" | sed 's/^ *//; s/ *$//')
  [ -n "$name" ] || continue
  [[ "$name" =~ ${ONLY:-.} ]] || continue
  NAMES+=("$name"); LISTS+=("$(echo "$list" | tr -d ' ')"); WEIGHTS+=("$(echo "$weight" | tr -d ' ')")
done <<< "$TYPES"

# ---- Clean-up: the wrk processes, the writer and the app stop with the script, Ctrl-C included ----
APP=""; WRITER=""
cleanup() {
  trap - EXIT INT TERM
  local pid
  for pid in "${WRK_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_writer
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
  fi
}
stop_writer() { # SIGTERM: the writer writes its summary and exits; killed if it has not after 40 s
  [ -n "$WRITER" ] || return 0
  kill -TERM "$WRITER" 2>/dev/null || true
  local i
  for i in $(seq 40); do kill -0 "$WRITER" 2>/dev/null || break; sleep 1; done
  kill -KILL "$WRITER" 2>/dev/null || true
  wait "$WRITER" 2>/dev/null || true
  WRITER=""
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- The app: started on the database, or already running at BASE_URL ----------------------------
if [ -n "${BASE_URL:-}" ]; then
  BASE=${BASE_URL%/}
  APP_PIDS=${APP_PIDS:-$(pgrep -f 'java .*stint-.*\.jar' | tr '\n' ' ' || true)}
  curl -fs --max-time 10 -o /dev/null "$BASE/about" || { echo "Nothing answers at $BASE" >&2; exit 1; }
else
  find_jar
  BASE="http://127.0.0.1:$PORT"
  if curl -s --max-time 2 -o /dev/null "$BASE/"; then echo "Port $PORT is in use (set PORT or BASE_URL)" >&2; exit 1; fi
  echo "Starting the app on $DATABASE at $BASE"
  start_app "$PORT" "$OUT/app.log" STINT_BENCH_COUNT_SQL=true
  APP=$APP_PID
  APP_PIDS=$APP
  wait_healthy "$APP" "$BASE" "$OUT/app.log"
fi

# ---- The data, the URL lists and the signed-in sessions ------------------------------------------
POSTINGS=$(sql "select count(*) from postings")
OPEN=$(sql "select count(*) from postings where status = 'OPEN'")
DATA=$(sql "select (select count(*) from companies) || ' companies, ' || (select count(*) from students) || ' students, '
            || (select count(*) from applications) || ' applications; ' || (select count(*) from universities)
            || ' universities, ' || (select count(*) from universities where partner_only) || ' partner-only, '
            || (select count(*) from partnerships where status = 'APPROVED') || ' approved partnerships'")
echo "Database $DATABASE: $POSTINGS postings ($OPEN open), $DATA"
echo "URL lists and sign-ins (bench/prepare.py)"
python3 bench/prepare.py --database "$DATABASE" --base-url "$BASE" --out "$OUT" \
  --search-urls "$SEARCH_URLS" --posting-urls "$POSTING_URLS" > "$OUT/prepare.log"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print("  lists:", d["lists"]); print("  sessions:", d["sessions"]); [print("  note:", n) for n in d["notes"]]' "$OUT/prepare.json"

if [ "$WRITES_PER_SECOND" != 0 ]; then
  echo "Background writes: $WRITES_PER_SECOND per second (bench/writer.py)"
  python3 bench/writer.py --base-url "$BASE" --rate "$WRITES_PER_SECOND" --employers "$OUT/writer-employers.txt" \
    --students "$OUT/writer-students.txt" --postings "$OUT/open-postings.txt" --summary "$OUT/writer.json" \
    --log "$OUT/writer-acknowledged.jsonl" > "$OUT/writer.log" 2>&1 &
  WRITER=$!
  for i in $(seq 600); do  # its sign-ins first, so that the first pass does not time them out
    if grep -q '^writer: signed in' "$OUT/writer.log" || ! kill -0 "$WRITER" 2>/dev/null; then break; fi
    sleep 0.5
  done
  sed -n 's/^writer: /  /p' "$OUT/writer.log"
fi

# ---- Measuring (bench/lib/wrk.sh, bench/lib/cpu.sh) ---------------------------------------------

# First pass: every page type for WARMUP s, so that the code all pages share is compiled before
# any is measured (the JIT needs about a minute of traffic).
echo "First pass over every page type (${WARMUP}s each, $ALONE_CONNECTIONS connections)"
for i in "${!NAMES[@]}"; do
  if has_urls "${LISTS[$i]}"; then
    run_wrk "${LISTS[$i]}" "$ALONE_CONNECTIONS" "$WARMUP" "$OUT/warm-$(slug "${LISTS[$i]}").txt"
  fi
done
run_wrk about "$ALONE_CONNECTIONS" "$WARMUP" "$OUT/warm-about.txt"

ALONE_ROWS=(); ABOUT_RPS=(); ABOUT_P50=(); ABOUT_P99=(); ABOUT_ERRORS=0
if [[ " $PHASES " == *" alone "* ]]; then
  echo "Phase alone: each page type by itself, $ALONE_CONNECTIONS connections, ${MEASURE}s after About for ${MEASURE}s"
  for i in "${!NAMES[@]}"; do
    name=${NAMES[$i]}; list=${LISTS[$i]}
    if ! has_urls "$list"; then ALONE_ROWS+=("$name|no URLs (see the notes)"); continue; fi
    run_wrk "$list" "$ALONE_CONNECTIONS" "$WARMUP" "$OUT/warm-$(slug "$list").txt"
    measure "alone-about-before-$(slug "$list")" about "$ALONE_CONNECTIONS" "$MEASURE"
    about=$RESULT; about_cpu=$CPU
    measure "alone-$(slug "$list")" "$list" "$ALONE_CONNECTIONS" "$MEASURE"
    ABOUT_RPS+=("$(field "$about" rps)"); ABOUT_P50+=("$(field "$about" p50_ms)"); ABOUT_P99+=("$(field "$about" p99_ms)")
    ABOUT_ERRORS=$(( ABOUT_ERRORS + $(errors_of "$about" | cut -d' ' -f1) ))
    ALONE_ROWS+=("$name|$RESULT|$about|$CPU|$about_cpu")
    echo "  $name: $(field "$RESULT" rps) req/s (About $(field "$about" rps)), p50 $(field "$RESULT" p50_ms) ms," \
         "p99 $(field "$RESULT" p99_ms) ms, errors $(errors_cell "$RESULT")"
  done
fi

# The CPU the app and PostgreSQL spend without page traffic (the writer, scheduled jobs), taken off
# the CPU per request. Measured once the JIT has settled (after the alone phase): right after the
# first pass the compiler threads alone keep a core busy.
settle baseline
cpu_snapshot > "$OUT/cpu-before"; sleep "$IDLE"; cpu_snapshot > "$OUT/cpu-after"
BASELINE=$(cpu_between "$OUT/cpu-before" "$OUT/cpu-after")
BASELINE_MS_PER_S=$(awk '{ printf "%.1f", ($1 + $2) / $3 }' <<< "$BASELINE")
BASELINE_TEXT=$(awk '{ printf "%.1f ms/s (app %.1f, PostgreSQL %.1f)", ($1 + $2) / $3, $1 / $3, $2 / $3 }' <<< "$BASELINE")
echo "CPU without page traffic (idle app and writer): $BASELINE_TEXT"

# The mix: one wrk per page type at once, connections shared by weight (at least one each).
declare -A MIX_ROWS MIX_CPU
if [[ " $PHASES " == *" mix "* ]]; then
  for level in $CONNECTIONS; do
    conns=(); shares=()
    for i in "${!NAMES[@]}"; do
      conns+=("$(awk -v w="${WEIGHTS[$i]}" -v c="$level" 'BEGIN { n = int(w * c / 100 + 0.5); print (n < 1 ? 1 : n) }')")
      shares+=("${NAMES[$i]} ${WEIGHTS[$i]}% = ${conns[$i]}")
    done
    echo "Phase mix: $level connections (${WARMUP}s warm-up, ${MEASURE}s measured): $(printf '%s, ' "${shares[@]}" | sed 's/, $//')"
    for round in warm measure; do
      seconds=$WARMUP
      if [ "$round" = measure ]; then seconds=$MEASURE; settle "mix-$level"; cpu_snapshot > "$OUT/cpu-before"; fi
      pids=()
      for i in "${!NAMES[@]}"; do
        has_urls "${LISTS[$i]}" || continue
        start_wrk "${LISTS[$i]}" "${conns[$i]}" "$seconds" "$OUT/$round-mix-$level-$(slug "${LISTS[$i]}").txt"
        pids+=($!)
      done
      for pid in "${pids[@]}"; do wait "$pid" || true; done
      WRK_PIDS=()
    done
    cpu_snapshot > "$OUT/cpu-after"
    total_requests=0
    for i in "${!NAMES[@]}"; do
      if has_urls "${LISTS[$i]}"; then
        r=$(result_of "$OUT/measure-mix-$level-$(slug "${LISTS[$i]}").txt")
        n=$(field "$r" requests)
        total_requests=$(( total_requests + ${n:-0} ))
      else
        r="no URLs"
      fi
      MIX_ROWS["$level|$i"]="${conns[$i]}|$r"
      printf '%s\t%s\t%s\t%s\n' "mix-$level-${LISTS[$i]}" "${conns[$i]}" "" "$r" >> "$OUT/results.tsv"
    done
    MIX_CPU[$level]="$(cpu_between "$OUT/cpu-before" "$OUT/cpu-after")|$total_requests"
  done
fi

stop_writer

# ---- SQL statements per page type, and the report (bench/lib/report.sh) ---------------------------
echo "SQL statements: $SQL_SAMPLE URLs of each page type"
sample_statements
write_report

echo
cat "$OUT/report.md"
