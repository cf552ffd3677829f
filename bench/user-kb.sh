#!/usr/bin/env bash
# A user's knowledge base of 2,000 claims over 400 propositions (bench/generate-kb.py) against the
# shipped one: first start (the check, then the rule base built in-process), later starts (the
# check's verdict cached under $QANTAR_HOME/kb-cache), kb validate, and the toggle p99 (JMH, and by
# thread CPU time with bench/engine-cpu.sh).
#
#   bench/user-kb.sh [RUNS]     (default 5; needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
kb="$work/gen2000"
python3 bench/generate-kb.py "$kb" --claims 2000 --propositions 400 --sources 8
./qantar help >/dev/null
echo "CPUs: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== first start: ./qantar --kb KB status with an empty QANTAR_HOME (check + build)"
for ((i = 0; i < runs; i++)); do
  home="$(mktemp -d -p "$work")"
  python3 bench/timeit.py wall 1 "first=env QANTAR_HOME=$home ./qantar --kb $kb status" | tail -1
done

echo
echo "== later starts, one-shot status: the shipped knowledge base vs the generated one (verdict cached)"
home="$work/home"
mkdir -p "$home"
QANTAR_HOME="$home" ./qantar --kb "$kb" status >/dev/null
# 15 runs at least: on a shared 2-core machine three runs move this ratio by ±0.1.
python3 bench/timeit.py wall "$(( runs > 15 ? runs : 15 ))" \
  "shipped=env QANTAR_HOME=$home ./qantar status" \
  "generated=env QANTAR_HOME=$home ./qantar --kb $kb status"

echo
echo "== kb validate --kb KB (one-shot, process start to exit)"
python3 bench/timeit.py wall "$runs" "validate=env QANTAR_HOME=$home ./qantar --kb $kb kb validate"

echo
echo "== toggle: change one driver, read every status (JMH sample time, µs)"
bench/jmh.sh DirectoryKbBenchmark -p kb="$kb" 2>&1 | grep -E "changeOneAssumption|p0.99|p0.999" | head -8

echo
echo "== the same toggle by the thread's CPU time (what to compare on a busy machine)"
bench/engine-cpu.sh 3000 8000 "$kb" | head -1
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
