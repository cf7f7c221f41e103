#!/usr/bin/env python3
"""Re-derives the half column of different.tsv and same.tsv (see README.md): per file, one random.Random(25);
the kinds in alphabetical order; the pairs of a kind in file order, shuffled, then tuning, held-out, tuning ...
Prints the number of pairs whose half differs (0 expected). Usage: python3 split.py [--write]"""
import collections, random, sys

for name in ("different.tsv", "same.tsv"):
    lines = open(name, encoding="utf-8").read().splitlines()
    header, rows = lines[0], [l.split("\t") for l in lines[1:] if l]
    by_kind = collections.defaultdict(list)
    for i, r in enumerate(rows):
        by_kind[r[2]].append(i)
    rnd = random.Random(25)
    half = {}
    for kind in sorted(by_kind):
        idx = by_kind[kind][:]
        rnd.shuffle(idx)
        for n, i in enumerate(idx):
            half[i] = "tuning" if n % 2 == 0 else "held-out"
    differ = sum(rows[i][3] != h for i, h in half.items())
    print(f"{name}: {len(rows)} pairs, {differ} with another half")
    if "--write" in sys.argv:
        for i, h in half.items():
            rows[i][3] = h
        open(name, "w", encoding="utf-8").write(header + "\n" + "".join("\t".join(r) + "\n" for r in rows))
