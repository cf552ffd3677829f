#!/usr/bin/env python3
"""Writes a synthetic knowledge base in the claim format, for benchmarks of user knowledge bases.

    python3 bench/generate-kb.py DIR [--claims 2000] [--propositions 400] [--sources 8] [--seed 1] [--back 0.05]
                                     [--drivers N] [--confidence likely|mixed]

Propositions are layered (the first fifth are drivers, or --drivers N); a claim concludes a proposition of a later
layer from one to three of earlier layers, a share --back (default one in twenty) from any layer (cycles), one in eight has an
unless. Every proposition is used, every claim has a quote of a few words; the texts are not
written (kb verify is not what this is for). Every claim is `likely`, or with --confidence mixed
stated, likely or possible in turn (three confidence cuts, as in the shipped knowledge base). DIR
must not exist.
"""
import argparse
import hashlib
import json
import os
import random
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--claims", type=int, default=2000)
    ap.add_argument("--propositions", type=int, default=400)
    ap.add_argument("--sources", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--back", type=float, default=0.05,
                    help="share of claims with premises from any layer, which makes cycles (default 0.05)")
    ap.add_argument("--drivers", type=int, default=None,
                    help="how many of the first propositions are drivers (default a fifth)")
    ap.add_argument("--confidence", choices=["likely", "mixed"], default="likely",
                    help="every claim likely, or stated/likely/possible in turn (default likely)")
    a = ap.parse_args()
    if os.path.exists(a.dir):
        sys.exit(f"{a.dir} exists: choose a new directory")
    rnd = random.Random(a.seed)
    os.makedirs(a.dir)
    n = a.propositions
    drivers = a.drivers if a.drivers is not None else max(1, n // 5)
    if not 1 <= drivers < n:
        sys.exit(f"--drivers must be between 1 and {n - 1}")
    levels = ["stated", "likely", "possible"] if a.confidence == "mixed" else ["likely"]
    props = [f"p{i:04d}" for i in range(n)]
    sources = [f"source-{s:02d}" for s in range(a.sources)]

    def dump(name, obj):
        with open(os.path.join(a.dir, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2)
            f.write("\n")

    dump("sources.json", {"sources": [
        {"id": s, "title": f"Synthetic article {s}", "author": None, "outlet": None, "date": None, "url": None,
         "seedFile": f"{s}.txt", "sha256": hashlib.sha256(s.encode()).hexdigest(), "reprintOf": None}
        for s in sources]})
    dump("propositions.json", {"propositions": [
        {"id": p, "statement": f"Synthetic proposition {p}.", "kind": "driver" if i < drivers else "outcome"}
        for i, p in enumerate(props)]})
    dump("positions.json", {"positions": []})

    used = set()
    files = {s: [f"# {s}: synthetic claims (bench/generate-kb.py, seed {a.seed})\n", "section Synthetic\n"]
             for s in sources}
    for c in range(a.claims):
        # Cover every non-driver proposition as a conclusion first, then pick at random.
        target = drivers + c if drivers + c < n else rnd.randrange(drivers, n)
        back = rnd.random() < a.back
        pool = range(n) if back else range(0, target)
        premises = []
        for _ in range(1 + rnd.randrange(3)):
            p = rnd.choice(pool)
            if p != target and p not in [q for q, _ in premises]:
                premises.append((p, rnd.randrange(4) != 0))
        if not premises:
            premises = [(rnd.randrange(0, target) if target > 0 else 1, True)]
        unless = []
        if rnd.randrange(8) == 0:
            u = rnd.randrange(n)
            if u != target and u not in [q for q, _ in premises]:
                unless.append(u)
        value = rnd.randrange(5) != 0
        source = sources[c % len(sources)]
        used.update([target] + [q for q, _ in premises] + unless)
        lit = lambda p, v: ("" if v else "!") + props[p]
        lines = [f"\nclaim syn-{c:05d} {levels[c % len(levels)]}: Synthetic claim {c}\n",
                 f"  quote \"words of claim {c}\"\n",
                 f"  paraphrase Synthetic reasoning {c}.\n",
                 "  if " + ", ".join(lit(p, v) for p, v in premises) + "\n"]
        if unless:
            lines.append("  unless " + ", ".join(props[u] for u in unless) + "\n")
        lines.append(f"  then {lit(target, value)}\n")
        files[source].extend(lines)
    # A proposition no claim touched (possible for drivers) gets one claim of its own.
    extra = a.claims
    for i, p in enumerate(props):
        if i not in used:
            other = (i + 1) % n
            files[sources[0]].extend([f"\nclaim syn-{extra:05d} likely: Synthetic claim {extra}\n",
                                      f"  quote \"words of claim {extra}\"\n",
                                      f"  paraphrase Synthetic reasoning {extra}.\n",
                                      f"  if {p}\n", f"  then {props[other]}\n"])
            extra += 1
    for s, lines in files.items():
        with open(os.path.join(a.dir, s + ".claims"), "w", encoding="utf-8") as f:
            f.writelines(lines)
    print(f"wrote {a.dir}: {len(sources)} sources, {n} propositions, {extra} claims")


if __name__ == "__main__":
    main()
