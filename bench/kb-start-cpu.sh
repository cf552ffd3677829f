#!/usr/bin/env bash
# What a start costs the engine's thread, by thread CPU time, for the shipped knowledge base and a
# directory one, each in fresh JVMs run the way one-shot commands run (serial GC, C1 only), taken
# round-robin: bench/kb-start-cpu.sh KB_DIR [RUNS] (default 5). Builds through
# bench/rules-classpath.sh, like bench/jmh.sh (fresh clone fine; QANTAR_MVN_OPTS adds Maven
# options, e.g. -o offline). The directory's verdict is not cached here, so 'open' includes its check.
set -euo pipefail
cd "$(dirname "$0")/.."
kb="${1:?usage: bench/kb-start-cpu.sh KB_DIR [RUNS]}"
runs="${2:-5}"
cp=$(bench/rules-classpath.sh)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 0; i < runs; i++)); do
  for k in shipped "$kb"; do
    java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -cp "$cp" org.qantar.rules.bench.KbStartCpuTime "$k" | grep -v '^SLF4J'
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
