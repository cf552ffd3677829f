#!/usr/bin/env python3
"""Wall-clock and CPU time of whole programs, taken round-robin (A B C A B C ...) so that a change
of load hits all of them alike. CPU is the process's user + system time, its JIT and GC threads
included (os.wait4): on a shared machine it moves far less with the load than the wall clock.
Prints each command's medians, and each command's medians minus the first command's (the
baseline: "beyond start-up").

usage: cputime.py RUNS NAME=COMMAND...      (COMMAND split like a shell would; run without a shell)
"""
import os, shlex, statistics, subprocess, sys, time


def once(argv):
    start = time.monotonic()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.monotonic() - start) * 1000
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("%s failed (%s):\n%s" % (" ".join(argv), status, err[-2000:]))
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    runs, specs = int(sys.argv[1]), sys.argv[2:]
    jobs = [(spec.split("=", 1)[0], shlex.split(spec.split("=", 1)[1])) for spec in specs]
    for _, argv in jobs:  # one warm-up round: file caches, and anything a first run prepares
        once(argv)
    walls = {n: [] for n, _ in jobs}
    cpus = {n: [] for n, _ in jobs}
    for _ in range(runs):
        for name, argv in jobs:
            w, c = once(argv)
            walls[name].append(w)
            cpus[name].append(c)
    width = max(len(n) for n, _ in jobs)
    base = jobs[0][0]
    bw, bc = statistics.median(walls[base]), statistics.median(cpus[base])
    print("%-*s  %9s %9s   %11s %11s   (%d runs each; medians, ms)" % (width, "", "wall", "cpu", "wall-" + base[:4],
                                                                       "cpu-" + base[:4], runs))
    for name, _ in jobs:
        w, c = statistics.median(walls[name]), statistics.median(cpus[name])
        print("%-*s  %9.0f %9.0f   %11s %11s   wall min %5.0f max %5.0f" % (
            width, name, w, c, "" if name == base else "%+.0f" % (w - bw), "" if name == base else "%+.0f" % (c - bc),
            min(walls[name]), max(walls[name])))


if __name__ == "__main__":
    main()
