#!/usr/bin/env bash
# Faults under realistic traffic. Starts the app on DATABASE and runs the realistic mix with
# background writes (bench/realistic.sh, PHASES=mix) through it, while a probe asks a posting page
# and /actuator/health four times a second. Then:
#   1. PostgreSQL stops for OUTAGE seconds (default 10) in the middle of the mix: what people see
#      (the friendly 503 page, never a stack trace), /actuator/health going DOWN, and how soon pages
#      answer again after PostgreSQL is back;
#   2. every write the app acknowledged (the redirect after a POST) is looked up in the database
#      (bench/check-writes.py);
#   3. pool exhaustion: a transaction locks the postings table for 12 s, so the requests that read
#      it hold every pooled connection; the others must get the 503 page within a few seconds
#      (DATABASE_POOL_TIMEOUT_MS, default 3000), not hang.
#
#   bench/generate.sh 10000 stint_bench_10k   # once
#   bench/faults.sh stint_bench_10k
#
# Stops and starts the machine's PostgreSQL with PG_STOP / PG_START (defaults: pg_ctlcluster for
# the one cluster in /etc/postgresql), so run it where nothing else needs PostgreSQL for a minute.
# Settings: OUTAGE (10), CONNECTIONS (16), WRITES_PER_SECOND (5), PORT (8092), JAVA_OPTS.
# Report: bench/results/<time>-faults-<database>/faults.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASE=${1:-stint_bench_10k}
OUTAGE=${OUTAGE:-10}
CONNECTIONS=${CONNECTIONS:-16}
WRITES_PER_SECOND=${WRITES_PER_SECOND:-5}
PORT=${PORT:-8092}
CLUSTER=${CLUSTER:-$(ls /etc/postgresql 2>/dev/null | head -1) main}
PG_STOP=${PG_STOP:-pg_ctlcluster --skip-systemctl-redirect $CLUSTER stop -m fast}
PG_START=${PG_START:-pg_ctlcluster --skip-systemctl-redirect $CLUSTER start}
# shellcheck source=bench/lib/app.sh
source bench/lib/app.sh   # PGHOST, PGPORT, PGUSER; sql; the app
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-faults-$DATABASE
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"
now() { date +%s.%N; }

find_jar

APP=""; PROBE=""; BENCH=""
cleanup() {
  trap - EXIT
  touch "$OUT/stop"
  [ -z "$BENCH" ] || kill "$BENCH" 2>/dev/null || true
  [ -z "$PROBE" ] || wait "$PROBE" 2>/dev/null || true
  pg_isready -q -h "$PGHOST" -p "$PGPORT" || $PG_START || true
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
}
trap cleanup EXIT

echo "Starting the app on $DATABASE at $BASE"
start_app "$PORT" "$OUT/app.log"
APP=$APP_PID
wait_healthy "$APP" "$BASE" "$OUT/app.log"
POSTING=$(sql "select min(id) from postings where status = 'OPEN'")

echo "Realistic mix, $CONNECTIONS connections, $WRITES_PER_SECOND writes/s (bench/realistic.sh)"
MEASURE=$(( 30 + OUTAGE + 40 ))
BASE_URL=$BASE APP_PIDS=$APP PHASES=mix CONNECTIONS=$CONNECTIONS MEASURE=$MEASURE WARMUP=5 \
  WRITES_PER_SECOND=$WRITES_PER_SECOND STALL_SECONDS=$(( MEASURE + 1 )) SQL_SAMPLE=1 \
  bench/realistic.sh "$DATABASE" > "$OUT/realistic.log" 2>&1 &
BENCH=$!
wait_for_mix "$BENCH" "$OUT/realistic.log"
python3 bench/probe.py --out "$OUT/probe.tsv" --stop "$OUT/stop" "$BASE/postings/$POSTING" "$BASE/actuator/health" &
PROBE=$!
sleep 20

echo "PostgreSQL stops for $OUTAGE s"
STOPPED=$(now); $PG_STOP > "$OUT/pg-stop.log" 2>&1
sleep "$OUTAGE"
$PG_START > "$OUT/pg-start.log" 2>&1; STARTED=$(now)
echo "PostgreSQL is back"
wait "$BENCH" || true; BENCH=""
echo "Mix done"

echo "Pool exhaustion: the postings table locked for 12 s"
LOCKED=$(now)
psql -qtAX -d "$DATABASE" -c "begin; lock table postings in access exclusive mode; select pg_sleep(12); commit;" > /dev/null &
LOCKER=$!
VISITORS=()
for i in $(seq 24); do  # two dozen visitors arriving during the lock, each on a different posting
  curl -s -o /dev/null -w "%{http_code}\t%{time_total}\n" --max-time 30 "$BASE/postings/$(( POSTING + i ))" >> "$OUT/exhaustion.tsv" &
  VISITORS+=($!)
  sleep 0.25
done
wait "$LOCKER"; UNLOCKED=$(now)
wait "${VISITORS[@]}"
touch "$OUT/stop"; while kill -0 "$PROBE" 2>/dev/null; do sleep 0.2; done; PROBE=""

RUN=$(realistic_run "$OUT/realistic.log")
CHECK=$(python3 bench/check-writes.py "$RUN/writer.json" "$DATABASE" 2>&1 | tail -3 || true)

python3 - "$OUT" "$STOPPED" "$STARTED" "$LOCKED" "$UNLOCKED" "$RUN" "$CHECK" "$OUTAGE" <<'PY' | tee "$OUT/faults.md"
import csv, sys
out, stopped, started, locked, unlocked, run, check, outage = sys.argv[1:9]
stopped, started, locked, unlocked = map(float, (stopped, started, locked, unlocked))
rows = list(csv.DictReader(open(f"{out}/probe.tsv"), delimiter="\t"))
for r in rows:
    r["t"], r["status"], r["ms"] = float(r["t"]), int(r["status"]), float(r["ms"])
page = [r for r in rows if "/postings/" in r["url"]]
health = [r for r in rows if "health" in r["url"]]
during = [r for r in page if stopped <= r["t"] < started]
after_ok = [r for r in page if r["t"] >= started and r["status"] == 200]
first_ok = after_ok[0]["t"] + after_ok[0]["ms"] / 1000 - started if after_ok else None
down = [r for r in health if stopped <= r["t"] < started + 5 and r["status"] == 503]
statuses = {}
for r in during:
    statuses[r["status"]] = statuses.get(r["status"], 0) + 1
traces = sum(int(r["trace"]) for r in page)
friendly = sum(int(r["friendly"]) for r in during if r["status"] == 503)
exhaust = [line.split("\t") for line in open(f"{out}/exhaustion.tsv").read().split("\n") if line]
ex_status = {}
for s, _ in exhaust:
    ex_status[s] = ex_status.get(s, 0) + 1
ex_503 = [float(t) for s, t in exhaust if s == "503"]
mix = open(f"{run}/report.md").read() if run else ""
print(f"# Faults under the realistic mix\n")
print(f"Run: `bench/faults.sh {out.split('-faults-')[-1]}`; the mix's own report: {run}/report.md\n")
print(f"## PostgreSQL stopped for {outage} s\n")
print(f"- Posting page while PostgreSQL was down: {len(during)} probes, statuses {statuses}; "
      f"{friendly} of the 503s were the friendly page; stack traces in any answer: {traces}.")
print(f"- `/actuator/health` answered 503 (DOWN) {len(down)} times during the outage.")
print(f"- First posting page answered 200 {first_ok:.1f} s after PostgreSQL was started again."
      if first_ok is not None else "- No posting page answered 200 after PostgreSQL came back.")
print(f"\n## Acknowledged writes\n\n```\n{check}\n```\n")
print(f"## Pool exhaustion (postings locked for {unlocked - locked:.0f} s)\n")
print(f"- {len(exhaust)} visitors: statuses {ex_status}; the 503s answered in "
      f"{min(ex_503):.1f}–{max(ex_503):.1f} s." if ex_503 else f"- {len(exhaust)} visitors: statuses {ex_status}.")
section = mix[mix.find("## Mix"):mix.find("## SQL")] if "## Mix" in mix else ""
print(f"\n## The mix around the faults\n\n{section.strip()}")
PY
echo "Report: $OUT/faults.md"
