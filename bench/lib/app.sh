# The packaged app for the benchmark scripts: finding the jar, starting it on a database, waiting
# for it, signing in with curl, and following a bench/realistic.sh run started in the background.
# Sourced (by bench/*.sh and deploy/two-instances.sh, from the project's root); PGHOST, PGPORT and
# PGUSER get their defaults here, as for psql.
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

# sql STATEMENT: its result from DATABASE, unaligned, without headers.
sql() { psql -qtAX -d "$DATABASE" -c "$1"; }

# find_jar: the app's jar in target/ into JAR, or exit saying how to build it.
find_jar() {
  JAR=$(find target -maxdepth 1 -name 'stint-*.jar' ! -name '*plain*' 2>/dev/null | head -1)
  [ -n "$JAR" ] || { echo "No jar in target/: run ./mvnw -B package -DskipTests first" >&2; exit 1; }
}

# start_app PORT LOG [NAME=VALUE...]: the jar (find_jar) on DATABASE in the background, without
# demo data, with JAVA_OPTS and the given environment (e.g. STINT_BENCH_COUNT_SQL=true); its
# output appended to LOG, its process id in APP_PID.
start_app() {
  local port=$1 log=$2
  shift 2
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
  env DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" DATABASE_USER="$PGUSER" \
      DATABASE_PASSWORD="${PGPASSWORD:-}" "$@" \
    java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --stint.demo-data.enabled=false >> "$log" 2>&1 &
  APP_PID=$!
}

# wait_healthy PID BASE LOG [NAME]: until the app at BASE answers its health check, 300 s at most;
# when its process PID ends first, or the time is up, the end of its LOG and exit.
wait_healthy() {
  local i
  for i in $(seq 600); do
    curl -fs --max-time 2 -o /dev/null "$2/actuator/health" && return 0
    kill -0 "$1" 2>/dev/null || { tail -50 "$3" >&2; echo "${4:-The app} did not start" >&2; exit 1; }
    sleep 0.5
  done
  echo "${4:-The app} did not answer within 300 s" >&2
  exit 1
}

# app_pid URL: the process id of the app started with --server.port=PORT of URL, or exit.
app_pid() {
  local port pid
  port=$(sed -E 's#^[a-z]+://[^:/]+:([0-9]+).*#\1#' <<< "$1")
  pid=$(pgrep -f -- "--server.port=$port" | head -1)
  [ -n "$pid" ] || { echo "No application with --server.port=$port running" >&2; exit 1; }
  echo "$pid"
}

# sign_in BASE EMAIL PASSWORD COOKIES: form login as a browser does it, with the CSRF token of the
# login page; the session goes to curl's cookie file COOKIES. Prints the answer's status and where
# it redirects.
sign_in() {
  local token
  token=$(curl -s -c "$4" -b "$4" "$1/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$4" -b "$4" --data-urlencode "username=$2" \
       --data-urlencode "password=$3" --data-urlencode "_csrf=$token" "$1/login"
}
# session_cookie COOKIES: the SESSION cookie of curl's cookie file, as a Cookie header's value.
session_cookie() { awk '$6 == "SESSION" { print "SESSION=" $7 }' "$1"; }

# wait_for_mix PID LOG: until bench/realistic.sh, running as PID with its output in LOG, starts its
# mix phase; when it ends before, its output and exit.
wait_for_mix() {
  until grep -q '^Phase mix' "$2"; do
    kill -0 "$1" 2>/dev/null || { cat "$2" >&2; echo "bench/realistic.sh ended before its mix phase" >&2; exit 1; }
    sleep 0.5
  done
}

# realistic_run LOG: the result folder of the bench/realistic.sh run whose output is LOG (the last
# line of its report names it), else the newest run on DATABASE.
realistic_run() {
  local run
  run=$(sed -n 's/^Raw wrk output.*: \(bench\/results\/[^ ]*\)$/\1/p' "$1" | tail -1)
  [ -n "$run" ] || run=$(ls -d bench/results/*[0-9]Z-"$DATABASE" 2>/dev/null | tail -1)
  echo "$run"
}
