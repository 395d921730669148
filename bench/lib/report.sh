# bench/realistic.sh's SQL statement counts and its report (OUT/report.md), from the script's
# settings and what its phases left: NAMES, LISTS, WEIGHTS, ALONE_ROWS, ABOUT_*, MIX_ROWS, MIX_CPU,
# BASELINE_TEXT, SETTLE_NOTES, OUT/prepare.json and OUT/writer.json. Uses bench/lib/wrk.sh and
# bench/lib/cpu.sh.

# sample_statements: the SQL statements of SQL_SAMPLE URLs of each list, counted by the app for a
# request carrying X-Stint-Count-Sql, into STATEMENTS[list] ("min / median / max", and the
# statuses other than 200).
declare -A STATEMENTS
sample_statements() {
  local list counts codes path cookie headers code n summary
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
}

median() { printf '%s\n' "$@" | grep -v '^-*$' | sort -g | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print "-" }'; }

# write_report: OUT/report.md.
write_report() {
  local level total_rps total_errors worst_gap total_conns i c r e gap verdict about_cpu row name about cpu acpu
  local list ratio notes n app_errors
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
}
