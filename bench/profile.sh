#!/usr/bin/env bash
# Where a page's CPU time goes: async-profiler (from Maven Central) is loaded into the running
# application while wrk asks for the page, and the share of the JVM's samples under each frame
# that matches one of the patterns is printed (inclusive), with the hottest frames of their own.
# Unlike a flight recording on this machine, its proportions matched what removing code saved.
#
#   bench/profile.sh http://127.0.0.1:8090/postings?q=data+analyst 'ThymeleafView.render' 'postingsVersion'
#
# The application must run on that port (bench/run.sh's, or started by hand). Settings
# (environment): DURATION (10 s), COOKIE (sent with each request), EVENT (cpu; itimer where perf
# events are not allowed), OUT (the collapsed stacks, target/profile.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib/app.sh
source bench/lib/app.sh
URL=$1; shift
PID=$(app_pid "$URL")
VERSION=4.2
LIB=target/async-profiler-$VERSION/linux-x64/libasyncProfiler.so
if [ ! -f "$LIB" ]; then
  mkdir -p "target/async-profiler-$VERSION"
  curl -fsSL -o "target/async-profiler-$VERSION.jar" \
    "https://repo1.maven.org/maven2/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION-linux-x64.jar"
  (cd "target/async-profiler-$VERSION" && unzip -q -o "../async-profiler-$VERSION.jar" 'linux-x64/*')
fi
LIB=$(realpath "$LIB")
OUT=$(realpath -m "${OUT:-target/profile.txt}")
wrk -t2 -c16 -d5s ${COOKIE:+-H "Cookie: $COOKIE"} "$URL" > /dev/null   # warm up
# jcmd takes key=value words as its own options: the agent's options go in quotes
jcmd "$PID" JVMTI.agent_load "$LIB" "\"start,event=${EVENT:-cpu},interval=200us\"" > /dev/null
wrk -t2 -c16 -d"${DURATION:-10}"s ${COOKIE:+-H "Cookie: $COOKIE"} "$URL" | grep Requests/sec
jcmd "$PID" JVMTI.agent_load "$LIB" "\"stop,collapsed,file=$OUT\"" > /dev/null
python3 - "$OUT" "$@" <<'PY'
import collections, re, sys
total, own, under = 0, collections.Counter(), collections.Counter()
for line in open(sys.argv[1]):
    stack, n = line.rstrip().rsplit(' ', 1)
    frames, n = stack.split(';'), int(n)
    total += n
    own[frames[-1]] += n
    for frame in set(frames):
        under[frame] += n
print(f"{total} samples in {sys.argv[1]}")
for pattern in sys.argv[2:]:
    for frame, n in sorted(((f, n) for f, n in under.items() if re.search(pattern, f)), key=lambda x: -x[1])[:3]:
        print(f"{100 * n / total:5.1f} % under {frame}")
print("hottest frames of their own:")
for frame, n in own.most_common(12):
    print(f"{100 * n / total:5.1f} % {frame[:120]}")
PY
