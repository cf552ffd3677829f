#!/usr/bin/env bash
# End-to-end test of the interactive shell in a real terminal (tmux): start ./qantar, assume a
# driver and see the change, complete an id with Tab, ask why, undo, exit; check the prompt and
# that the history was kept under QANTAR_HOME. Prints one line; exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/.."

session="qantar-e2e-$$"
home="$(mktemp -d)"
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT

fail() {
  echo "e2e-tmux: FAILED: $1" >&2
  if tmux has-session -t "$session" 2>/dev/null; then
    echo "---- screen ----" >&2
    tmux capture-pane -p -t "$session" >&2 || true
  fi
  echo "e2e-tmux: FAILED: $1"
  exit 1
}

screen() {
  tmux capture-pane -p -J -t "$session" -S -200
}

# Waits (polling, up to $2 seconds) until the screen matches the extended regex $1.
wait_for() {
  local pattern="$1" seconds="${2:-20}" i
  for ((i = 0; i < seconds * 10; i++)); do
    if screen | grep -Eq -- "$pattern"; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

command -v tmux >/dev/null || fail "tmux is not installed"

# Build outside the terminal (first run), and pick a driver whose id a short prefix completes.
export QANTAR_HOME="$home"
ids="$(./qantar propositions --kind driver --json | grep -o '"id":"[a-z0-9_]*"' | sed 's/"id":"\(.*\)"/\1/')" \
  || fail "./qantar propositions did not run"
all="$(./qantar propositions --json | grep -o '"id":"[a-z0-9_]*"' | sed 's/"id":"\(.*\)"/\1/')"
driver="" prefix=""
for id in $ids; do
  for ((n = 3; n < ${#id}; n++)); do
    p="${id:0:n}"
    if [[ "$(grep -c "^$p" <<<"$all")" == 1 ]]; then
      driver="$id" prefix="$p"
      break 2
    fi
  done
done
[[ -n "$driver" ]] || fail "no driver id with a unique prefix to complete"

tmux new-session -d -s "$session" -x 120 -y 50 "QANTAR_HOME='$home' ./qantar"
wait_for 'qantar \[untitled · 0 assumed\]> ' 60 || fail "no prompt"

tmux send-keys -t "$session" "assume $driver" Enter
wait_for "^$driver +OPEN -> ASSUMED true" || fail "assume did not print the change"
wait_for 'qantar \[untitled\* · 1 assumed\]> $' || fail "the prompt does not count the assumption"

tmux send-keys -t "$session" "why $prefix" Tab
wait_for "> why $driver ?$" 10 || fail "Tab did not complete '$prefix' to '$driver'"
tmux send-keys -t "$session" Enter
wait_for "^$driver is ASSUMED true" || fail "why did not explain $driver"
wait_for "^you assumed it" || fail "why did not say it was assumed"

tmux send-keys -t "$session" "undo" Enter
wait_for "^$driver +ASSUMED true -> OPEN" || fail "undo did not print the change back"
wait_for 'qantar \[untitled · 0 assumed\]> $' || fail "the prompt did not follow undo"

tmux send-keys -t "$session" "assume $prefix" Enter
wait_for "^unknown proposition '$prefix' \(did you mean $driver" || fail "a mistake did not name the nearest id"

# A short word is completed, never "corrected" into an unrelated name: diff's c<Tab> is current.
tmux send-keys -t "$session" "save afternoon" Enter
wait_for "^saved 'afternoon'" || fail "save did not say so"
tmux send-keys -t "$session" "diff afternoon c" Tab
wait_for "> diff afternoon current ?$" 10 || fail "Tab did not complete 'c' to current after diff"
tmux send-keys -t "$session" C-u Enter

tmux send-keys -t "$session" "exit" Enter
for ((i = 0; i < 100; i++)); do
  tmux has-session -t "$session" 2>/dev/null || break
  sleep 0.1
done
tmux has-session -t "$session" 2>/dev/null && fail "exit did not end the shell"
grep -q "^[0-9]*:why $driver$" "$home/history" || fail "history was not kept in QANTAR_HOME"

# TERM=dumb: Ctrl-C interrupts the running analysis and says so; the shell goes on. A history
# file that is not UTF-8 is set aside in one line instead of stopping the start.
printf 'status\n\377\n' >"$home/history"
tmux new-session -d -s "$session" -x 120 -y 50 "TERM=dumb QANTAR_HOME='$home' ./qantar; echo SHELL-ENDED; sleep 30"
wait_for '> $' 60 || fail "no prompt with TERM=dumb"
wait_for '^qantar: history: .* is not UTF-8 text; moved it aside' 5 || fail "a bad history file was not set aside in one line"
tmux send-keys -t "$session" "simulate --samples 100000000" Enter
sleep 3
tmux send-keys -t "$session" C-c
wait_for '^interrupted' 20 || fail "Ctrl-C with TERM=dumb did not print interrupted"
screen | grep -q SHELL-ENDED && fail "Ctrl-C with TERM=dumb ended the shell"
tmux send-keys -t "$session" "exit" Enter
wait_for 'SHELL-ENDED' 20 || fail "exit did not end the TERM=dumb shell"

echo "e2e-tmux: ok (prompt, assume -> change, Tab completion, why, undo, did-you-mean, exit, history; TERM=dumb Ctrl-C, bad history)"
