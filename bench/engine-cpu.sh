#!/usr/bin/env bash
# The engine's change-and-read-every-status operation timed by thread CPU time (and wall clock):
# bench/engine-cpu.sh [warm-up changes] [measured changes] [KB directory: a user knowledge base
# instead of the shipped one, e.g. from bench/generate-kb.py]. Builds like bench/jmh.sh (fresh clone
# fine, see bench/rules-classpath.sh). QANTAR_MVN_OPTS adds Maven options (e.g. -o offline).
set -euo pipefail
classpath=$("$(dirname "$0")/rules-classpath.sh")
exec java -cp "$classpath" org.qantar.rules.bench.EngineCpuTime "$@"
