# CPU time from /proc, of the app's JVM(s) (APP_PIDS, a list of process ids) and of PostgreSQL's
# processes serving DATABASE (its backends; not the shared background processes, nor other
# databases). Sourced by bench/realistic.sh and bench/cpu-per-request.sh.
TICK=$(getconf CLK_TCK)

# cpu_snapshot: lines "app|db PID TICKS", and "time 0 SECONDS" (the clock).
cpu_snapshot() {
  local p kind
  # shellcheck disable=SC2086  # APP_PIDS is a list
  for p in $APP_PIDS $(pgrep -f "^postgres: .* $DATABASE " || true); do
    kind=db; [[ " $APP_PIDS " == *" $p "* ]] && kind=app
    awk -v k="$kind" -v p="$p" '{ print k, p, $14 + $15 }' "/proc/$p/stat" 2>/dev/null || true
  done
  date +%s.%N | awk '{ print "time 0", $1 }'
}

# cpu_between BEFORE AFTER: CPU ms spent between two snapshot files, "app db seconds" (processes
# that started in between count whole).
cpu_between() {
  awk -v tick="$TICK" 'NR == FNR { before[$1 " " $2] = $3; next }
       $1 == "time" { seconds = $3 - before["time 0"]; next }
       { spent[$1] += $3 - before[$1 " " $2] }
       END { printf "%.0f %.0f %.2f", spent["app"] * 1000 / tick, spent["db"] * 1000 / tick, seconds }' "$1" "$2"
}

# per_request CPU_BETWEEN REQUESTS: CPU ms per request, less BASELINE_MS_PER_S (the idle app and
# the writer) over the time; "-" when nothing is left (a stalled app stalls the writer too, so the
# baseline overstates).
per_request() {
  awk -v r="$2" -v base="${BASELINE_MS_PER_S:-0}" '{ net = $1 + $2 - base * $3
       if (r > 0 && net > 0) printf "%.2f", net / r; else print "-" }' <<< "$1"
}
