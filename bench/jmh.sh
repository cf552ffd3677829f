#!/usr/bin/env bash
# Runs the JMH benchmarks of the rules module: bench/jmh.sh [JMH args, e.g. a name pattern or -h].
# Example: bench/jmh.sh EngineBenchmark
# Works on a fresh clone (see bench/rules-classpath.sh). QANTAR_MVN_OPTS adds Maven options (e.g. -o).
set -euo pipefail
classpath=$("$(dirname "$0")/rules-classpath.sh")
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
