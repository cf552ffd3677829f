#!/usr/bin/env bash
# Runs the JMH benchmarks of the rules module (rules/src/test/java/org/qantar/rules/bench).
# Usage: bench/jmh.sh [JMH pattern and options]     e.g.  bench/jmh.sh AnalysisBenchmark.simulate100k
# Builds model and rules offline in the reactor (never installs), so the classpath holds this
# tree's classes, not whatever another build left in ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
# One reactor run: test-compile, then the rules module's test classpath (model resolves to model/target/classes).
./mvnw -q -B -o test-compile dependency:build-classpath -pl rules -am \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
cp="rules/target/test-classes:rules/target/classes:$(cat "$cp_file")"
exec java -cp "$cp" org.openjdk.jmh.Main "${@:-org.qantar.rules.bench.*}"
