#!/usr/bin/env bash
# The shipped tour's report in a real browser (headless Chromium): it must load without a console
# error or a failed resource, show every outcome and a map with nodes, and draw ink in the map.
# At a phone's width (390 px) the page must not be wider than the screen.
# Artefacts under target/report/: report.html, report.png, report-phone.png, map.svg, map.png,
# console.log, dom.html, phone-dom.html.
set -euo pipefail
cd "$(dirname "$0")/.."
out="target/report"
rm -rf "$out" && mkdir -p "$out"
home="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$home" "$profile"' EXIT

# The tour, the analyses and the report in one session (the report shows this session's
# analyses), then the map as a picture of its own.
QANTAR_HOME="$home" ./qantar script .ci/report-tour.txt >"$out/tour.log" 2>&1 || { cat "$out/tour.log"; exit 1; }
QANTAR_HOME="$home" ./qantar map --out "$out/map.svg" >>"$out/tour.log"

chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "$@"
}
page="file://$PWD/$out/report.html"
chrome --enable-logging=stderr --v=0 --virtual-time-budget=5000 --dump-dom "$page" >"$out/dom.html" 2>"$out/console.log"
chrome --window-size=1200,4000 --screenshot="$PWD/$out/report.png" "$page" 2>>"$out/console.log" >/dev/null
# At a phone's width (390 CSS px): a picture to look at, and whether anything makes the page wider
# than the screen (tables and the map must scroll in their own boxes). Headless Chromium's window
# is at least 500 px wide, so the page goes in a 390 px frame; a copy of it tells the frame's
# parent its scroll width, which lands in the DOM that --dump-dom prints.
python3 - "$out/report.html" "$out" <<'PY'
import os, sys
html = open(sys.argv[1], encoding="utf-8").read()
probe = ("<script>window.addEventListener('load',function(){var d=document.documentElement;"
         "parent.postMessage(d.scrollWidth+'/'+window.innerWidth,'*');});</script>")
open(os.path.join(sys.argv[2], "phone-probe.html"), "w", encoding="utf-8").write(html.replace("</body>", probe + "</body>"))
open(os.path.join(sys.argv[2], "phone.html"), "w", encoding="utf-8").write(
    '<!DOCTYPE html><html><body style="margin:0"><iframe src="phone-probe.html" width="390" height="2400" '
    'style="border:0;display:block" title="the report at phone width"></iframe><script>'
    'window.addEventListener("message",function(e){document.body.setAttribute("data-page-width",e.data);});'
    '</script></body></html>')
PY
chrome --window-size=390,2400 --virtual-time-budget=5000 --screenshot="$PWD/$out/report-phone.png" \
  "file://$PWD/$out/phone.html" 2>>"$out/console.log" >/dev/null
chrome --window-size=390,2400 --virtual-time-budget=5000 --dump-dom "file://$PWD/$out/phone.html" \
  >"$out/phone-dom.html" 2>>"$out/console.log"
# The root element's size, read without a pipe that closes early (grep | head is SIGPIPE, 141,
# under pipefail once the file is larger than a pipe buffer).
svg_size() {
  python3 -c 'import re, sys; print(re.search(r"<svg[^>]*?\s" + sys.argv[2] + r"=\"([0-9]+)", open(sys.argv[1]).read()).group(1))' "$1" "$2"
}
width="$(svg_size "$out/map.svg" width)"
height="$(svg_size "$out/map.svg" height)"
chrome --window-size="$width,$((height + 1))" --screenshot="$PWD/$out/map.png" "file://$PWD/$out/map.svg" \
  2>>"$out/console.log" >/dev/null

fail() { echo "report in the browser: $*" >&2; exit 1; }
if grep -E 'CONSOLE|Uncaught|Failed to load resource|net::ERR' "$out/console.log"; then
  fail "console error or failed resource (see $out/console.log)"
fi
grep -q '<svg[^>]*class="argument-map"' "$out/dom.html" || fail "no map in the rendered page"
nodes="$(grep -o 'class="node proposition' "$out/dom.html" | wc -l)"
outcomes="$(grep -o 'id="why-' "$out/dom.html" | wc -l)"
[ "$nodes" -gt 0 ] || fail "the map has no propositions"
[ "$outcomes" -gt 0 ] || fail "no outcome justifications"
grep -q '<img' "$out/dom.html" && fail "the report references an image file"
ink="$(python3 .ci/png-ink.py "$out/map.png")"
python3 -c "import sys; sys.exit(0 if float('$ink') > 0.02 else 1)" || fail "the map is blank ($ink ink)"
page_ink="$(python3 .ci/png-ink.py "$out/report.png")"
python3 -c "import sys; sys.exit(0 if float('$page_ink') > 0.02 else 1)" || fail "the page is blank ($page_ink ink)"
phone="$(python3 -c 'import re, sys; print(re.search(r"data-page-width=\"([0-9]+/[0-9]+)\"", open(sys.argv[1]).read()).group(1))' "$out/phone-dom.html")"
python3 -c "import sys; w, s = map(int, '$phone'.split('/')); sys.exit(0 if w <= s else 1)" \
  || fail "at phone width the page is wider than the screen ($phone px: something does not wrap or scroll in its box)"
phone_ink="$(python3 .ci/png-ink.py "$out/report-phone.png")"
python3 -c "import sys; sys.exit(0 if float('$phone_ink') > 0.02 else 1)" || fail "the phone-width page is blank ($phone_ink ink)"
echo "report in the browser: $outcomes outcomes, $nodes propositions on the map, map ink $ink, page ink $page_ink; at phone width page/screen $phone px; $out/report.png, $out/report-phone.png"
