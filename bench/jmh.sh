#!/usr/bin/env bash
# Runs the JMH benchmarks of the rules module: bench/jmh.sh [JMH args, e.g. a name pattern or -h].
# Example: bench/jmh.sh EngineBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -pl rules -am
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -q -B dependency:build-classpath -pl rules -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -cp "rules/target/test-classes:rules/target/classes:model/target/classes:$(cat "$cp_file")" \
    org.openjdk.jmh.Main "$@"
