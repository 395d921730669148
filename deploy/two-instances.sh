#!/usr/bin/env bash
# Two Stint instances behind nginx over one PostgreSQL, under the realistic benchmark, with one
# instance stopped mid-run and started again. Builds nothing: it runs target/stint-*.jar.
#
#   ./mvnw -B -q package -DskipTests               # once, for the jar
#   bench/generate.sh 10000 stint_scale_10k        # once, a marketplace to run on
#   deploy/two-instances.sh stint_scale_10k
#
# nginx (deploy/nginx.conf, apt-get install -y nginx) listens on 127.0.0.1:8088 and balances
# instances A (port 8081) and B (port 8082). Meanwhile:
#   - bench/realistic.sh runs its mix phase through nginx (BASE_URL), signed-in and anonymous
#     visitors and the writer's form posts;
#   - a probe signed in once as a student asks for its applications page every PROBE_INTERVAL s;
#   - STOP_AFTER s into the measured mix, instance B is stopped with STOP_SIGNAL (KILL: a crash,
#     whatever it was answering fails; TERM: a graceful stop), started again DOWN_FOR s later.
# The report (bench/results/<time>-two-instances-<database>/report.md) counts, from nginx's
# access log, the requests each instance answered every 5 s and every response that failed, and
# says whether the probe stayed signed in and when B answered again.
#
# Settings (environment): CONNECTIONS (32), MEASURE (90), WARMUP (10), STOP_AFTER (25), DOWN_FOR
# (5), STOP_SIGNAL (KILL), PROBE_INTERVAL (0.25), WRITES_PER_SECOND (5), JAVA_OPTS, PGHOST, PGPORT,
# PGUSER (127.0.0.1, 5432, postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASE=${1:?usage: deploy/two-instances.sh DATABASE}
CONNECTIONS=${CONNECTIONS:-32}
MEASURE=${MEASURE:-90}
WARMUP=${WARMUP:-10}
STOP_AFTER=${STOP_AFTER:-25}
DOWN_FOR=${DOWN_FOR:-5}
STOP_SIGNAL=${STOP_SIGNAL:-KILL}
PROBE_INTERVAL=${PROBE_INTERVAL:-0.25}
export WRITES_PER_SECOND=${WRITES_PER_SECOND:-5}
# shellcheck source=bench/lib/app.sh
source bench/lib/app.sh   # PGHOST, PGPORT, PGUSER; the app
NGINX=http://127.0.0.1:8088
PORT_A=8081
PORT_B=8082
PROBE_USER=${PROBE_USER:-student1@uni2.bench.example.edu}

command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install -y nginx)" >&2; exit 1; }
find_jar
psql -qtAX -d "$DATABASE" -c 'select 1' >/dev/null || { echo "Cannot reach database $DATABASE" >&2; exit 1; }
for port in 8088 $PORT_A $PORT_B; do
  if curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$port/"; then echo "Port $port is in use" >&2; exit 1; fi
done

OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-two-instances-$DATABASE
mkdir -p "$OUT"
RUN=$(mktemp -d /tmp/stint-nginx.XXXXXX)
mkdir -p "$RUN/logs" "$RUN/temp" "$RUN/cache"
chmod -R a+rwx "$RUN"  # nginx's workers run as nobody when it is started as root

PID_A=""; PID_B=""; NGINX_PID=""; PROBE=""; BENCH=""
cleanup() {
  trap - EXIT INT TERM
  local pid
  for pid in $BENCH $PROBE $PID_A $PID_B; do kill "$pid" 2>/dev/null || true; done
  [ -z "$NGINX_PID" ] || kill -QUIT "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  cp "$RUN/logs/access.log" "$OUT/nginx-access.log" 2>/dev/null || true
  cp "$RUN/logs/error.log" "$OUT/nginx-error.log" 2>/dev/null || true
  rm -rf "$RUN"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now() { date +%s.%N; }

# start_instance NAME PORT: the instance started, its pid in PID_NAME, and answering
start_instance() {
  start_app "$2" "$OUT/app-$1.log" STINT_BENCH_COUNT_SQL=true
  printf -v "PID_$1" '%s' "$APP_PID"
  wait_healthy "$APP_PID" "http://127.0.0.1:$2" "$OUT/app-$1.log" "Instance $1"
}

echo "Starting instances A (:$PORT_A) and B (:$PORT_B) on $DATABASE, and nginx on $NGINX"
start_instance A $PORT_A  # one at a time: the first migrates the database if needed
start_instance B $PORT_B
nginx -p "$RUN/" -c "$PWD/deploy/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for i in $(seq 50); do curl -fs --max-time 2 -o /dev/null "$NGINX/actuator/health" && break; sleep 0.2; done

# ---- The cache: an anonymous page twice, then with a session cookie ------------------------------
cache_status() { curl -s -o /dev/null -D - --max-time 10 "$@" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" { print $2 }'; }
CACHE_CHECK="first anonymous /about: $(cache_status "$NGINX/about"), second: $(cache_status "$NGINX/about"),"
CACHE_CHECK="$CACHE_CHECK with a SESSION cookie: $(cache_status -H 'Cookie: SESSION=x' "$NGINX/about")"
echo "Cache: $CACHE_CHECK"

# ---- The probe: one signed-in student, its applications page again and again -----------------------
JAR_COOKIES="$OUT/probe-cookies.txt"
signed_in=$(sign_in "$NGINX" "$PROBE_USER" demo-password "$JAR_COOKIES")
echo "Probe signed in as $PROBE_USER: $signed_in"
probe() {
  while true; do
    printf '%s %s\n' "$(now)" "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -A stint-session-probe \
      -b "$JAR_COOKIES" "$NGINX/applications")"
    sleep "$PROBE_INTERVAL"
  done
}
probe > "$OUT/probe.txt" 2>&1 &
PROBE=$!

# ---- The benchmark through nginx, and B stopped in the middle of its measured mix ------------------
echo "bench/realistic.sh through nginx: mix at $CONNECTIONS connections, ${WARMUP}s warm-up, ${MEASURE}s measured"
BASE_URL=$NGINX APP_PIDS="$PID_A $PID_B" PHASES=mix CONNECTIONS=$CONNECTIONS MEASURE=$MEASURE WARMUP=$WARMUP \
  bench/realistic.sh "$DATABASE" > "$OUT/realistic.log" 2>&1 &
BENCH=$!
wait_for_mix "$BENCH" "$OUT/realistic.log"
MIX_START=$(awk -v w="$WARMUP" -v t="$(now)" 'BEGIN { printf "%.3f", t + w }')
sleep $(( WARMUP + STOP_AFTER ))
echo "Stopping instance B (kill -$STOP_SIGNAL $PID_B), ${STOP_AFTER}s into the measured mix"
STOPPED_AT=$(now)
kill -"$STOP_SIGNAL" "$PID_B"
wait "$PID_B" 2>/dev/null || true
GONE_AT=$(now)
sleep "$DOWN_FOR"
echo "Starting instance B again"
RESTARTED_AT=$(now)
start_instance B $PORT_B
HEALTHY_AT=$(now)
echo "Instance B answers again, $(awk -v a="$RESTARTED_AT" -v b="$HEALTHY_AT" 'BEGIN { printf "%.0f", b - a }') s after its start"
wait "$BENCH" || true
BENCH=""
kill "$PROBE" 2>/dev/null || true
wait "$PROBE" 2>/dev/null || true
PROBE=""
sleep 2  # nginx writes its access log buffer every second
cp "$RUN/logs/access.log" "$OUT/nginx-access.log"
BENCH_REPORT=$(realistic_run "$OUT/realistic.log")
[ -z "$BENCH_REPORT" ] || BENCH_REPORT=$BENCH_REPORT/report.md

# ---- The report -----------------------------------------------------------------------------------
python3 - "$OUT" "$MIX_START" "$STOPPED_AT" "$GONE_AT" "$RESTARTED_AT" "$HEALTHY_AT" "$STOP_SIGNAL" \
  "$CONNECTIONS" "$MEASURE" "$CACHE_CHECK" "$BENCH_REPORT" "$DATABASE" "$PORT_A" "$PORT_B" <<'PY' > "$OUT/report.md"
import collections, re, sys
(out, mix_start, stopped, gone, restarted, healthy, signal, connections, measure, cache_check,
 bench_report, database, port_a, port_b) = sys.argv[1:]
mix_start, stopped, gone, restarted, healthy = map(float, (mix_start, stopped, gone, restarted, healthy))
mix_end = mix_start + float(measure)
a, b = "127.0.0.1:" + port_a, "127.0.0.1:" + port_b
line = re.compile(r'^(\S+) (\d+) (\S+(?:, \S+)*) (\S+(?:, \S+)*) (\S+) (\S+) "([^"]*)" (\S+) "([^"]*)"')
rows = []
for text in open(out + "/nginx-access.log"):
    m = line.match(text)
    if m:
        rows.append(dict(t=float(m[1]), status=int(m[2]), upstream=m[3], cache=m[5], method=m[6],
                         uri=m[7], probe=m[9] == "stint-session-probe"))
first_b_after = next((r["t"] for r in rows if r["t"] > restarted and r["upstream"].split(", ")[-1] == b), None)

def failed(r):
    return r["status"] >= 500 or r["status"] == 499

buckets = collections.OrderedDict()
for r in rows:
    if r["t"] >= mix_start - 5:
        k = int((r["t"] - mix_start) // 5) * 5
        c = buckets.setdefault(k, collections.Counter())
        last = r["upstream"].split(", ")[-1]
        c["A" if last == a else "B" if last == b else "cache"] += 1
        c["retried"] += ", " in r["upstream"]
        c["failed"] += failed(r)

mix = [r for r in rows if mix_start <= r["t"] <= mix_end]
after = [r for r in rows if r["t"] > mix_end]
fails = [r for r in mix if failed(r)]
probe = [l.split() for l in open(out + "/probe.txt") if len(l.split()) == 2]
probe_bad = [p for p in probe if p[1] != "200"]
rel = lambda t: "%+.1f s" % (t - stopped)

print("# Two instances behind nginx: %s" % database)
print()
print("`deploy/two-instances.sh %s` (nginx `deploy/nginx.conf`, instances A :%s and B :%s on one PostgreSQL)," % (database, port_a, port_b))
print("bench/realistic.sh's mix phase through nginx at %s connections for %s s; instance B stopped with SIG%s "
      "%.0f s into it and started again %.0f s later." % (connections, measure, signal, stopped - mix_start, restarted - gone))
print()
print("- Cache (anonymous pages): %s" % cache_check)
print("- Requests through nginx during the measured mix: %d, of which %d failed (5xx or cut off): %s"
      % (len(mix), len(fails), ", ".join("%s ×%d" % kv for kv in collections.Counter(
          "%d %s %s" % (r["status"], r["method"], r["uri"].split("?")[0].rstrip("0123456789")) for r in fails).most_common(8)) or "none"))
if fails:
    print("  - failures between %s and %s around the stop" % (rel(min(r["t"] for r in fails)), rel(max(r["t"] for r in fails))))
print("- Requests nginx sent to B, found it gone and answered from A instead (retried): %d" % sum(", " in r["upstream"] for r in mix))
print("- Signed-in probe (one student's session, its applications page every few hundred ms through nginx): "
      "%d requests, %d answered 200, other answers: %s"
      % (len(probe), len(probe) - len(probe_bad), dict(collections.Counter(p[1] for p in probe_bad)) or "none"))
print("- B stopped at %s; its process was gone %.1f s later; started again at %s; healthy at %s; first request nginx gave it: %s"
      % (rel(stopped), gone - stopped, rel(restarted), rel(healthy), rel(first_b_after) if first_b_after else "none"))
print("- The benchmark's own report: `%s` (its mix table follows; a 3xx there means a lost session)" % bench_report)
print()
print("Requests every 5 s from the start of the measured mix (%d s) to the end of the run (the benchmark's SQL"
      " sample and the probe), by who answered:" % float(measure))
print()
print("| s | instance A | instance B | nginx cache | retried | failed |")
print("|---:|---:|---:|---:|---:|---:|")
for k, c in buckets.items():
    mark = ""
    if k <= stopped - mix_start < k + 5: mark += " (B stopped)"
    if k <= healthy - mix_start < k + 5: mark += " (B healthy again)"
    print("| %d%s | %d | %d | %d | %d | %d |" % (k, mark, c["A"], c["B"], c["cache"], c["retried"], c["failed"]))
PY
if [ -n "$BENCH_REPORT" ] && [ -f "$BENCH_REPORT" ]; then
  { echo; sed -n '/^## Mix/,/^Target/p' "$BENCH_REPORT"; } >> "$OUT/report.md"
fi
cat "$OUT/report.md"
echo
echo "Report: $OUT/report.md"
