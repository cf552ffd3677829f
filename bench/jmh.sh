#!/usr/bin/env bash
# Runs the JMH benchmarks of the rules module: bench/jmh.sh [JMH args, e.g. a name pattern or -h].
# Example: bench/jmh.sh EngineBenchmark
# Works on a fresh clone: one reactor invocation compiles model and rules and writes the test
# classpath, so the unpublished qantar-model resolves from the reactor (model/target/classes)
# rather than from a repository. QANTAR_MVN_OPTS adds Maven options (e.g. -o offline).
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
# The rules module runs last in the reactor, so its classpath is the one left in the file.
./mvnw -q -B ${QANTAR_MVN_OPTS:-} test-compile dependency:build-classpath -pl rules -am \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -cp "rules/target/test-classes:rules/target/classes:$(cat "$cp_file")" \
    org.openjdk.jmh.Main "$@"
