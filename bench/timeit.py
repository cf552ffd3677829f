#!/usr/bin/env python3
"""Start-up timing on a noisy machine: the commands are run round-robin (A B C A B C ...), so that
a change of load hits all of them alike; prints each command's runs and median in milliseconds.

usage: timeit.py wall RUNS NAME=COMMAND...
       timeit.py prompt RUNS NAME=REGEX=COMMAND...
       timeit.py answer RUNS NAME=REGEX=LINE=COMMAND...
wall:   process start to exit, output discarded, stdin from /dev/null.
prompt: process start to the first output matching REGEX (ANSI codes stripped) in a 120x40
        pseudo-terminal; then it types `exit` and waits for the process to end.
answer: as prompt, but as soon as the prompt shows it types LINE (a command) and measures to the next
        output matching REGEX: the first prompt and the first command's answer, as a quick user sees them.
COMMAND is split like a shell would (shlex); it runs without a shell.
QANTAR_BENCH_NICE=-19 (root, Linux): see nice_group.
"""
import fcntl, os, pty, re, select, shlex, signal, statistics, struct, subprocess, sys, termios, time

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


def nice_group(pid):
    """On a busy Linux machine, QANTAR_BENCH_NICE=-19 (as root) gives the measured processes' autogroup
    that nice value, so that other sessions' builds take less of the CPU from them; every command
    measured gets the same, so the ratios stay fair. Unset: nothing changes."""
    value = os.environ.get("QANTAR_BENCH_NICE")
    if value:
        try:
            with open("/proc/%d/autogroup" % pid, "w") as f:
                f.write(value)
        except OSError:
            pass


def wall(argv):
    start = time.monotonic()
    subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.monotonic() - start) * 1000


def prompt(pattern, argv, timeout=120.0, typed=None):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        nice_group(os.getpid())  # pty.fork made a new session, hence a new scheduling autogroup
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen, elapsed = b"", None
    while time.monotonic() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.005)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            found = pattern.search(ANSI.sub(b"", seen))
            if found and typed is not None:
                # The prompt: type the line, then wait for the next prompt after the answer.
                os.write(fd, typed.encode() + b"\r")
                seen, typed = ANSI.sub(b"", seen)[found.end():], None
                continue
            if found:
                elapsed = (time.monotonic() - start) * 1000
                break
    if elapsed is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise SystemExit("no output matching %r; got:\n%s" % (pattern.pattern, seen[-2000:].decode(errors="replace")))
    os.write(fd, b"exit\r")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG)[0]:
            break
        try:
            if select.select([fd], [], [], 0.05)[0]:
                os.read(fd, 65536)
        except OSError:
            pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main():
    mode, runs, specs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    nice_group(os.getpid())  # this session's autogroup: the wall-mode commands run in it
    jobs = []
    for spec in specs:
        if mode == "prompt":
            name, regex, command = spec.split("=", 2)
            jobs.append((name, lambda argv=shlex.split(command), p=re.compile(regex.encode()): prompt(p, argv)))
        elif mode == "answer":
            name, regex, line, command = spec.split("=", 3)
            jobs.append((name, lambda argv=shlex.split(command), p=re.compile(regex.encode()), t=line:
                         prompt(p, argv, typed=t)))
        else:
            name, command = spec.split("=", 1)
            jobs.append((name, lambda argv=shlex.split(command): wall(argv)))
    for _, job in jobs:  # one warm-up round: file caches, and anything a first run prepares
        job()
    times = {name: [] for name, _ in jobs}
    for _ in range(runs):
        for name, job in jobs:
            times[name].append(job())
    width = max(len(n) for n in times)
    for name, ts in times.items():
        print("%-*s  median %5.0f ms   min %5.0f   max %5.0f   (%d runs)" % (width, name, statistics.median(ts),
                                                                          min(ts), max(ts), len(ts)))


if __name__ == "__main__":
    main()
