#!/usr/bin/env bash
# Compiles the model and rules modules with their tests and prints the rules module's test
# classpath, for the benchmarks that run from it (bench/jmh.sh, bench/engine-cpu.sh).
# Works on a fresh clone with no qantar artifact in the Maven repository: one reactor invocation
# compiles model and rules and writes the classpath, so the unpublished qantar-model resolves from
# the reactor (model/target/classes) rather than from a repository. QANTAR_MVN_OPTS adds Maven
# options (e.g. -o offline, or -Dmaven.repo.local=DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
# The rules module runs last in the reactor, so its classpath is the one left in the file.
./mvnw -q -B ${QANTAR_MVN_OPTS:-} test-compile dependency:build-classpath -pl rules -am \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
echo "$PWD/rules/target/test-classes:$PWD/rules/target/classes:$(cat "$cp_file")"
