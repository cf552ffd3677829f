#!/usr/bin/env bash
# Start-up of the Qantar shell against a bare Spring Shell 4 app of one command (bench/bare-shell),
# both run the same way: the extracted jar, a class-data-sharing archive from a training run,
# serial GC, and C1 only for one-shot commands (as ./qantar runs them).
#
#   bench/startup.sh [RUNS]     (default 10; needs python3)
#   QANTAR_BENCH_NICE=-19 bench/startup.sh 10   on a busy machine (root, Linux): every measured
#                               process runs in an autogroup at nice -19 (see bench/timeit.py)
#
# Prints medians of RUNS runs, taken round-robin so that the machine's load hits all alike:
# one-shot wall time (./qantar status; the same JVM command without the launcher; the bare app's
# one command), time to the first prompt in a pseudo-terminal, time to the answer of a command
# typed as soon as that prompt shows, and how long Engine.load() takes.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 1; }

bare="bench/bare-shell/target"
jvm="-XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off"

echo "== building (./qantar builds and prepares itself; the bare app with the same wrapper)"
./qantar help >/dev/null
./mvnw -q -B -f bench/bare-shell/pom.xml package
rm -rf "$bare/app" "$bare/bare.jsa"
java -Djarmode=tools -jar "$bare/bare-shell.jar" extract --destination "$bare/app" >/dev/null
# shellcheck disable=SC2086
printf 'hello\nexit\n' | java $jvm -XX:ArchiveClassesAtExit="$bare/bare.jsa" -Dspring.shell.history.enabled=false \
  -jar "$bare/app/bare-shell.jar" >/dev/null 2>&1
java -version 2>&1 | head -1
echo "CPUs: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export QANTAR_HOME="$home"
qantar_java="java $jvm -XX:SharedArchiveFile=.qantar-build/qantar.jsa"
# The bare app keeps its history where Qantar keeps its own: in the temporary home.
bare_java="java $jvm -XX:SharedArchiveFile=$bare/bare.jsa -Dspring.shell.history.name=$home/bare-history"

echo
echo "== one-shot: process start to exit"
python3 bench/timeit.py wall "$runs" \
  "./qantar status=./qantar status" \
  "qantar status (java, no launcher)=$qantar_java -XX:TieredStopAtLevel=1 -jar .qantar-build/app/qantar.jar status" \
  "bare app hello=$bare_java -XX:TieredStopAtLevel=1 -jar $bare/app/bare-shell.jar hello"

echo
echo "== interactive: process start to the first prompt"
python3 bench/timeit.py prompt "$runs" \
  "./qantar=qantar \[untitled=./qantar" \
  "bare app=shell:>=$bare_java -jar $bare/app/bare-shell.jar"

echo
echo "== interactive: process start to the answer of a command typed as soon as the prompt shows"
echo "   (the interactive shell builds its rule base as the prompt shows: a quick first command waits for it)"
python3 bench/timeit.py answer "$runs" \
  "./qantar status=qantar \[untitled=status=./qantar" \
  "bare app hello=shell:>=hello=$bare_java -jar $bare/app/bare-shell.jar"

echo
echo "== Engine.load() inside ./qantar status (its own thread, beside Spring's start-up)"
for ((i = 0; i < runs; i++)); do
  QANTAR_TIMING=1 ./qantar status 2>&1 >/dev/null | grep '^qantar: Engine.load()'
done | tee >(cat >&2) | sed 's/.*Engine.load() \([0-9]*\) ms.*/\1/' | sort -n \
  | awk '{a[NR]=$1} END {printf "Engine.load() median %d ms (%d runs)\n", (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2, NR}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
