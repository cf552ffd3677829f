#!/usr/bin/env bash
# The engine's change-and-read-every-status operation timed by thread CPU time (and wall clock):
# bench/engine-cpu.sh [warm-up changes] [measured changes]. Builds like bench/jmh.sh (fresh clone
# fine). QANTAR_MVN_OPTS adds Maven options (e.g. -o offline).
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -q -B ${QANTAR_MVN_OPTS:-} test-compile dependency:build-classpath -pl rules -am \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -cp "rules/target/test-classes:rules/target/classes:$(cat "$cp_file")" \
    org.qantar.rules.bench.EngineCpuTime "$@"
