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
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-$DATABASE
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
sql() { psql -qtAX -d "$DATABASE" -c "$1"; }
sql "select 1" >/dev/null || { echo "Cannot reach database $DATABASE" >&2; exit 1; }

NAMES=(); LISTS=(); WEIGHTS=()
while IFS='|' read -r name list weight; do
  name=$(echo "$name" | sed 's/^ *//; s/ *$//')
  [ -n "$name" ] || continue
  [[ "$name" =~ ${ONLY:-.} ]] || continue
  NAMES+=("$name"); LISTS+=("$(echo "$list" | tr -d ' ')"); WEIGHTS+=("$(echo "$weight" | tr -d ' ')")
done <<< "$TYPES"

# ---- Clean-up: the wrk processes, the writer and the app stop with the script, Ctrl-C included ----
APP=""; WRITER=""; WRK_PIDS=()
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
  JAR=$(find target -maxdepth 1 -name 'stint-*.jar' ! -name '*plain*' 2>/dev/null | head -1)
  [ -n "$JAR" ] || { echo "No jar in target/: run ./mvnw -B package -DskipTests first" >&2; exit 1; }
  BASE="http://127.0.0.1:$PORT"
  if curl -s --max-time 2 -o /dev/null "$BASE/"; then echo "Port $PORT is in use (set PORT or BASE_URL)" >&2; exit 1; fi
  echo "Starting the app on $DATABASE at $BASE"
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
  DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" DATABASE_USER="$PGUSER" \
  DATABASE_PASSWORD="${PGPASSWORD:-}" STINT_BENCH_COUNT_SQL=true \
    java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --stint.demo-data.enabled=false > "$OUT/app.log" 2>&1 &
  APP=$!
  APP_PIDS=$APP
  for i in $(seq 300); do
    curl -fs --max-time 5 -o /dev/null "$BASE/actuator/health" && break
    kill -0 "$APP" 2>/dev/null || { tail -50 "$OUT/app.log" >&2; echo "The app did not start" >&2; exit 1; }
    [ "$i" -lt 300 ] || { echo "The app did not answer within 300 s" >&2; exit 1; }
    sleep 1
  done
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

# ---- Measuring -----------------------------------------------------------------------------------
# wrk on a URL list, in the background (its pid in WRK_PIDS and $!): start_wrk LIST CONNECTIONS SECONDS OUTPUT
start_wrk() {
  timeout -k 5 $(( $3 + TIMEOUT + 30 )) wrk -t1 -c"$2" -d"$3s" --timeout "${TIMEOUT}s" --latency \
    -s bench/realistic.lua "$BASE" -- "$OUT/lists/$1.txt" > "$4" 2>&1 &
  WRK_PIDS+=($!)
}
run_wrk() { start_wrk "$@"; wait "$!" || true; WRK_PIDS=(); }
# The RESULT line realistic.lua's done() printed, or a line saying what went wrong.
result_of() { grep -h '^RESULT ' "$1" || echo "FAILED $(tail -1 "$1" | tr -s ' ')"; }
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1"; }
# Errors of a RESULT line as the report shows them: "3 (404: 2, timeout: 1)", and the stall if any.
errors_cell() {
  local gap
  gap=$(field "$1" max_gap_s)
  if [ "${gap:-0}" -ge "$STALL_SECONDS" ]; then
    echo "$(errors_of "$1"); stall: ${gap} s without a response"
  else
    errors_of "$1"
  fi
}
# Total errors of a RESULT line and what they were, e.g. "3 (404: 2, timeout: 1)".
errors_of() {
  awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
       END { n = split("s3xx s404 s4xx s5xx connect read write timeout", k, " ")
             split("3xx 404 4xx 5xx connect read write timeout", label, " ")
             for (i = 1; i <= n; i++) if (v[k[i]] > 0) { total += v[k[i]]; list = list (list ? ", " : "") label[i] ": " v[k[i]] }
             printf "%d%s", total, total ? " (" list ")" : "" }' <<< "$1"
}

# CPU time, from /proc: "app|db pid ticks" for the app's JVM(s) and PostgreSQL's processes serving
# the database (their backends; not the shared background processes, nor other databases).
TICK=$(getconf CLK_TCK)
cpu_snapshot() {
  local p kind
  # shellcheck disable=SC2086  # APP_PIDS is a list
  for p in $APP_PIDS $(pgrep -f "^postgres: .* $DATABASE " || true); do
    kind=db; [[ " $APP_PIDS " == *" $p "* ]] && kind=app
    awk -v k="$kind" -v p="$p" '{ print k, p, $14 + $15 }' "/proc/$p/stat" 2>/dev/null || true
  done
  date +%s.%N | awk '{ print "time 0", $1 }'
}
# CPU ms spent between two snapshots: "app db seconds" (processes that started in between count whole).
cpu_between() {
  awk -v tick="$TICK" 'NR == FNR { before[$1 " " $2] = $3; next }
       $1 == "time" { seconds = $3 - before["time 0"]; next }
       { spent[$1] += $3 - before[$1 " " $2] }
       END { printf "%.0f %.0f %.2f", spent["app"] * 1000 / tick, spent["db"] * 1000 / tick, seconds }' "$1" "$2"
}
# CPU ms per request, less the idle-plus-writer baseline: per_request CPU_BETWEEN REQUESTS
# ("-" when nothing is left: a stalled app stalls the writer too, so the baseline overstates).
per_request() {
  awk -v r="$2" -v base="${BASELINE_MS_PER_S:-0}" '{ net = $1 + $2 - base * $3
       if (r > 0 && net > 0) printf "%.2f", net / r; else print "-" }' <<< "$1"
}
# Waits (up to 60 s) until the app answers its health check, which takes a database connection,
# within 2 s: requests left stuck by a stall (a pool waits 30 s for a connection) would slow the
# next measurement. Notes how long it took when it took long.
SETTLE_NOTES=()
settle() {
  local start=$SECONDS
  if [ -n "$APP" ] && ! kill -0 "$APP" 2>/dev/null; then SETTLE_NOTES+=("before $1: the app is no longer running"); return; fi
  until [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$BASE/actuator/health" || true)" != 000 ]; do
    [ $(( SECONDS - start )) -lt 60 ] || break
    sleep 1
  done
  if [ $(( SECONDS - start )) -ge 3 ]; then
    SETTLE_NOTES+=("before $1: the app took $(( SECONDS - start )) s to answer its health check within 2 s")
  fi
}
# Runs one wrk with the CPU time around it: measure NAME LIST CONNECTIONS SECONDS; sets RESULT, CPU.
measure() {
  settle "$1"
  cpu_snapshot > "$OUT/cpu-before"
  run_wrk "$2" "$3" "$4" "$OUT/wrk-$1.txt"
  cpu_snapshot > "$OUT/cpu-after"
  RESULT=$(result_of "$OUT/wrk-$1.txt")
  CPU=$(cpu_between "$OUT/cpu-before" "$OUT/cpu-after")
  printf '%s\t%s\t%s\t%s\n' "$1" "$3" "$CPU" "$RESULT" >> "$OUT/results.tsv"
}
slug() { echo "$1" | tr -c 'a-z0-9\n' '-'; }
has_urls() { [ -s "$OUT/lists/$1.txt" ]; }
ms() { awk -v v="$1" 'BEGIN { printf (v >= 100 ? "%.0f" : "%.1f"), v }'; }

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

# ---- SQL statements per page type: a sample of each list, asking the app to count ----------------
echo "SQL statements: $SQL_SAMPLE URLs of each page type"
declare -A STATEMENTS
for list in about "${LISTS[@]}"; do
  has_urls "$list" || continue
  counts=(); codes=()
  while IFS=$'\t' read -r path cookie; do
    headers=$(curl -s --max-time 30 -o /dev/null -D - -H 'X-Stint-Count-Sql: 1' -H 'Accept-Encoding: gzip' \
                   ${cookie:+-H "Cookie: $cookie"} "$BASE$path" | tr -d '\r' || true)
    code=$(awk 'NR == 1 { print $2 }' <<< "$headers")
    [ "${code:-000}" = 200 ] || codes+=("${code:-none}")
    n=$(awk -F': ' 'tolower($1) == "x-stint-sql-statements" { print $2 }' <<< "$headers")
    [ -z "$n" ] || counts+=("$n")
  done < <(shuf -n "$SQL_SAMPLE" "$OUT/lists/$list.txt")
  summary="-"
  if [ "${#counts[@]}" -gt 0 ]; then
    summary=$(printf '%s\n' "${counts[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[1] " / " a[int((NR + 1) / 2)] " / " a[NR] }')
  fi
  if [ "${#codes[@]}" -gt 0 ]; then
    summary="$summary; not 200: $(printf '%s\n' "${codes[@]}" | sort | uniq -c | awk '{ printf "%s%s×%s", (NR > 1 ? ", " : ""), $2, $1 }')"
  fi
  STATEMENTS[$list]=$summary
done

# ---- The report ----------------------------------------------------------------------------------
median() { printf '%s\n' "$@" | grep -v '^-*$' | sort -g | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print "-" }'; }
{
  echo "# Realistic benchmark: $DATABASE"
  echo
  echo "- Database: $DATABASE, $POSTINGS postings ($OPEN open), $DATA"
  echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load average before the run $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- PostgreSQL $(sql 'show server_version'); $(java -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "- App: ${BASE_URL:-started by this script on port $PORT}; JAVA_OPTS='${JAVA_OPTS:-}'; pool ${DATABASE_POOL_SIZE:-10}"
  echo "- Settings: MEASURE=$MEASURE WARMUP=$WARMUP CONNECTIONS='$CONNECTIONS' ALONE_CONNECTIONS=$ALONE_CONNECTIONS WRITES_PER_SECOND=$WRITES_PER_SECOND TIMEOUT=$TIMEOUT STALL_SECONDS=$STALL_SECONDS; wrk -t1 per page type, requests ask for gzip; $(date -u '+%Y-%m-%d %H:%M UTC')"
  python3 -c 'import json, sys
d = json.load(open(sys.argv[1])); s = d["sessions"]
print("- URLs: " + ", ".join("%s %d" % kv for kv in d["lists"].items()))
print("- Sessions (form login): %d students (%d at partner-only universities), %d employers, %d staff; %d sign-ins failed"
      % (s["students"], s["students_partner_only"], s["employers"], s["staff"], s["failed"]))' "$OUT/prepare.json"
  echo "- CPU without page traffic (idle app and writer): $BASELINE_TEXT, subtracted from the CPU per request; the CPU counted is the app's JVM and PostgreSQL's backends serving $DATABASE"
  echo "- Errors: responses other than 2xx (a 3xx means a lost session), connect/read/write errors and timeouts (${TIMEOUT}s; a request still waiting when its run ends is not counted, so a stall shows as the longest gap: the longest time in whole seconds without any response of that page type)"

  for level in $CONNECTIONS; do
    [[ " $PHASES " == *" mix "* ]] || break
    echo
    echo "## Mix, $level connections"
    echo
    echo "| page type | weight | connections | req/s | p50 ms | p99 ms | max ms | errors | longest gap s |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|---:|"
    total_rps=0; total_errors=0; worst_gap=0; total_conns=0
    for i in "${!NAMES[@]}"; do
      IFS='|' read -r c r <<< "${MIX_ROWS[$level|$i]}"
      total_conns=$(( total_conns + c ))
      if [[ "$r" != RESULT* ]]; then
        echo "| ${NAMES[$i]} | ${WEIGHTS[$i]} % | $c | $r | | | | | |"; total_errors=$(( total_errors + 1 )); continue
      fi
      e=$(errors_of "$r"); gap=$(field "$r" max_gap_s)
      total_rps=$(awk -v a="$total_rps" -v b="$(field "$r" rps)" 'BEGIN { print a + b }')
      total_errors=$(( total_errors + ${e%% *} ))
      if [ "$gap" -gt "$worst_gap" ]; then worst_gap=$gap; fi
      echo "| ${NAMES[$i]} | ${WEIGHTS[$i]} % | $c | $(field "$r" rps) | $(ms "$(field "$r" p50_ms)") | $(ms "$(field "$r" p99_ms)") | $(ms "$(field "$r" max_ms)") | $(errors_cell "$r") | $gap |"
    done
    echo "| **all** | | $total_conns | $total_rps | | | | $total_errors | $worst_gap |"
    echo
    verdict="no errors, no stall"
    if [ "$total_errors" -gt 0 ] || [ "$worst_gap" -ge "$STALL_SECONDS" ]; then
      verdict="MISSED: $total_errors errors, longest gap ${worst_gap}s (a stall is ${STALL_SECONDS}s or more)"
    fi
    echo "Target (0 errors, no stall): $verdict. CPU (app + PostgreSQL) per request, all types: $(per_request "${MIX_CPU[$level]%|*}" "${MIX_CPU[$level]#*|}") ms."
  done

  if [ "${#ALONE_ROWS[@]}" -gt 0 ]; then
    echo
    echo "## Each page type alone, $ALONE_CONNECTIONS connections"
    echo
    echo "| page type | req/s | p50 ms | p99 ms | errors | longest gap s | About req/s just before | ratio to About | CPU ms/request | SQL statements min / median / max |"
    echo "|---|---:|---:|---:|---|---:|---:|---:|---:|---|"
    about_cpu=()
    for row in "${ALONE_ROWS[@]}"; do
      IFS='|' read -r name r about cpu acpu <<< "$row"
      [[ "$about" != RESULT* ]] || about_cpu+=("$(per_request "$acpu" "$(field "$about" requests)")")
    done
    echo "| About (median of the runs) | $(median "${ABOUT_RPS[@]}") | $(ms "$(median "${ABOUT_P50[@]}")") | $(ms "$(median "${ABOUT_P99[@]}")") | $ABOUT_ERRORS | | | 1 | $(median "${about_cpu[@]}") | ${STATEMENTS[about]:-} |"
    for i in "${!ALONE_ROWS[@]}"; do
      IFS='|' read -r name r about cpu acpu <<< "${ALONE_ROWS[$i]}"
      cpu=$(per_request "$cpu" "$(field "$r" requests)")
      list=${LISTS[$i]}
      if [[ "$r" != RESULT* ]]; then echo "| $name | $r | | | | | | | | |"; continue; fi
      ratio=$(awk -v a="$(field "$r" rps)" -v b="$(field "$about" rps)" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
      echo "| $name | $(field "$r" rps) | $(ms "$(field "$r" p50_ms)") | $(ms "$(field "$r" p99_ms)") | $(errors_cell "$r") | $(field "$r" max_gap_s) | $(field "$about" rps) | $ratio | $cpu | ${STATEMENTS[$list]:-} |"
    done
  fi

  if [ "${#ALONE_ROWS[@]}" -eq 0 ]; then
    echo
    echo "## SQL statements per request (min / median / max of $SQL_SAMPLE URLs)"
    echo
    echo "| page type | SQL statements |"
    echo "|---|---|"
    echo "| About | ${STATEMENTS[about]:-} |"
    for i in "${!NAMES[@]}"; do echo "| ${NAMES[$i]} | ${STATEMENTS[${LISTS[$i]}]:-} |"; done
  fi

  echo
  echo "## Background writes"
  echo
  if [ -s "$OUT/writer.json" ]; then
    python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print("%s writes per second scheduled for %.0f s: %d scheduled, %d dropped because the app was behind; sessions: %d employers, %d students%s"
      % (d["rate_per_second"], d["seconds"], d["scheduled"], d["skipped_behind"], d["sessions"]["employers"], d["sessions"]["students"],
         "; sign-ins failed: %s" % d["sessions"]["sign_in_failures"] if d["sessions"]["sign_in_failures"] else ""))
print()
print("| write | attempted | acknowledged | refused | failed | reasons |")
print("|---|---:|---:|---:|---:|---|")
for kind, c in d["writes"].items():
    reasons = "; ".join("%s: %d" % kv for kv in c["reasons"].items())
    print("| %s | %d | %d | %d | %d | %s |" % (kind, c["attempted"], c["acknowledged"], c["refused"], c["failed"], reasons))
t = d["totals"]
print("| **all** | %d | %d | %d | %d | |" % (t["attempted"], t["acknowledged"], t["refused"], t["failed"]))
if d.get("not_attempted"):
    print()
    print("Not attempted: " + "; ".join("%s: %d" % kv for kv in d["not_attempted"].items()))' "$OUT/writer.json"
  else
    echo "None (WRITES_PER_SECOND=$WRITES_PER_SECOND, or the writer left no summary: see writer.log)."
  fi

  notes=$(python3 -c 'import json, sys; [print("- " + n) for n in json.load(open(sys.argv[1]))["notes"]]' "$OUT/prepare.json")
  for n in "${SETTLE_NOTES[@]}"; do notes="$notes"$'\n'"- $n"; done
  notes=${notes#$'\n'}
  if [ -n "$APP" ]; then
    app_errors=$(grep -c ' ERROR ' "$OUT/app.log" || true)
    [ "$app_errors" = 0 ] || notes="$notes"$'\n'"- The app logged $app_errors ERROR lines (app.log), first: $(grep -m1 ' ERROR ' "$OUT/app.log" | cut -c1-300)"
  fi
  if [ -n "$notes" ]; then echo; echo "## Notes"; echo; echo "$notes"; fi
  echo
  echo "Raw wrk output (results.tsv: every measurement), URL lists, the writer's summary and log: $OUT"
  if [ -s "$OUT/writer.json" ]; then
    echo "(\`bench/check-writes.py $OUT/writer.json $DATABASE\` checks that every acknowledged write is in the database)."
  fi
} > "$OUT/report.md"

echo
cat "$OUT/report.md"
