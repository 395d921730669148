# bench/realistic.sh's measurements: wrk on a URL list through bench/realistic.lua, the RESULT line
# it prints, and the CPU time around it (bench/lib/cpu.sh). Uses the script's BASE, OUT, TIMEOUT,
# STALL_SECONDS and APP; the lists are OUT/lists/<list>.txt (bench/prepare.py).
WRK_PIDS=()

# start_wrk LIST CONNECTIONS SECONDS OUTPUT: wrk in the background (its pid in WRK_PIDS and $!).
start_wrk() {
  timeout -k 5 $(( $3 + TIMEOUT + 30 )) wrk -t1 -c"$2" -d"$3s" --timeout "${TIMEOUT}s" --latency \
    -s bench/realistic.lua "$BASE" -- "$OUT/lists/$1.txt" > "$4" 2>&1 &
  WRK_PIDS+=($!)
}
run_wrk() { start_wrk "$@"; wait "$!" || true; WRK_PIDS=(); }
# The RESULT line realistic.lua's done() printed, or a line saying what went wrong.
result_of() { grep -h '^RESULT ' "$1" || echo "FAILED $(tail -1 "$1" | tr -s ' ')"; }
# field RESULT NAME: one value of a RESULT line.
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
