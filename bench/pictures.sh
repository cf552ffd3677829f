#!/usr/bin/env bash
# Issue 11's targets, timed on the real program: one-shot `map --format svg` of the whole graph and
# one-shot `report` with a simulation kept in the session (a one-shot `simulate` before it), each
# against one-shot `sources` (start-up and a trivial command) run the same way. "Beyond start-up"
# is the difference of the medians, in wall-clock and in CPU time (user + system of the whole
# process, JIT and GC threads included; steadier than the wall clock on a shared machine). Both
# commands are timed with the layout cache ($QANTAR_HOME/layout-cache) empty and filled.
#
#   bench/pictures.sh [RUNS]     (default 10; needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 1; }
./qantar help >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QANTAR_HOME="$work/home"
mkdir -p "$QANTAR_HOME"
java -version 2>&1 | head -1
echo "CPUs: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./qantar simulate --samples 10000 >/dev/null
echo
echo "== one-shot, process start to exit; the session holds a 10,000-sample simulation"
echo "   (cold: the layout cache emptied first, so ELK lays the graph out; cached: laid out before)"
python3 bench/cputime.py "$runs" \
  "sources=./qantar sources" \
  "map svg, cold=sh -c 'rm -rf $QANTAR_HOME/layout-cache && exec ./qantar map --format svg --out $work/map.svg'" \
  "map svg, cached=./qantar map --format svg --out $work/map.svg" \
  "report, cold=sh -c 'rm -rf $QANTAR_HOME/layout-cache && exec ./qantar report --out $work/report.html --force'" \
  "report, cached=./qantar report --out $work/report.html --force"
grep -q 'section id="simulation"' "$work/report.html" && grep -q 'class="chart"' "$work/report.html" \
  || { echo "the report has no simulation chart" >&2; exit 1; }
echo
echo "== what the commands themselves took in the same runs (QANTAR_TIMING=1, the command's own thread)"
for c in "map --format svg --out $work/map.svg" "report --out $work/report.html --force"; do
  rm -rf "$QANTAR_HOME/layout-cache"
  for _ in 1 2 3; do  # the first run lays out (cold), the next two read the layout back
    # shellcheck disable=SC2086
    QANTAR_TIMING=1 ./qantar $c 2>&1 >/dev/null | grep -E '^qantar: (map|report) '
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
