#!/usr/bin/env python3
"""Prints the fahras/stock table from a JMH JSON result file (benchmarks/run calls it)."""
import json
import os
import platform
import sys

path, side = sys.argv[1], sys.argv[2]
rows = json.load(open(path))
by = {}
for r in rows:
    name = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
    an = r["params"]["analyzer"]
    m = r["primaryMetric"]
    p = m.get("scorePercentiles", {})
    sec = r.get("secondaryMetrics", {})
    sec = {k.lstrip("\u00b7"): v for k, v in sec.items()}  # older JMH prefixes secondary metrics with a dot
    cpu = sec.get("cpu.time.norm", {}).get("score")  # with -prof org.fahras.bench.CpuTimeProfiler
    alloc = sec.get("gc.alloc.rate.norm", {}).get("score")  # with -prof gc
    by.setdefault(name, {})[an] = (m["score"], m["scoreUnit"], p.get("50.0"), p.get("99.0"), r["mode"], cpu, alloc)

def read(name):
    try:
        return float(open(os.path.join(side, name)).read())
    except (OSError, ValueError):
        return None

print("| benchmark | unit | fahras | stock | fahras/stock |")
print("|---|---|---:|---:|---:|")
for name in sorted(by):
    d = by[name]
    if "fahras" not in d or "stock" not in d:
        continue
    f, s = d["fahras"], d["stock"]
    unit = f[1]
    if f[4] == "sample":
        print(f"| {name} mean | {unit} | {f[0]:.1f} | {s[0]:.1f} | {f[0] / s[0]:.2f} |")
        print(f"| {name} p50 | {unit} | {f[2]:.1f} | {s[2]:.1f} | {f[2] / s[2]:.2f} |")
        print(f"| {name} p99 | {unit} | {f[3]:.1f} | {s[3]:.1f} | {f[3] / s[3]:.2f} |")
    elif name.endswith("analyzeBodies"):
        mb = read("analysis-bytes.txt")
        if mb:
            fm, sm = mb / 1e6 / (f[0] / 1000), mb / 1e6 / (s[0] / 1000)
            print(f"| analysis throughput | MB/s | {fm:.1f} | {sm:.1f} | {fm / sm:.2f} |")
    elif name.endswith("index10k"):
        fd, sd = 10000 / (f[0] / 1000), 10000 / (s[0] / 1000)
        print(f"| indexing 10k articles | docs/s | {fd:.0f} | {sd:.0f} | {fd / sd:.2f} |")
        fb, sb = read("index-bytes-fahras.txt"), read("index-bytes-stock.txt")
        if fb and sb:
            print(f"| index size after commit | bytes/article | {fb:.0f} | {sb:.0f} | {fb / sb:.2f} |")
    else:
        print(f"| {name} | {unit} | {f[0]:.1f} | {s[0]:.1f} | {f[0] / s[0]:.2f} |")
    if f[5] and s[5]:
        print(f"| {name} CPU per op | us/op | {f[5]:.1f} | {s[5]:.1f} | {f[5] / s[5]:.2f} |")
    if f[6] and s[6]:
        print(f"| {name} allocated per op | KB/op | {f[6] / 1024:.1f} | {s[6] / 1024:.1f} | {f[6] / s[6]:.2f} |")
print()
print(f"JDK {rows[0].get('jdkVersion', '?') if rows else '?'} ({rows[0].get('vmName', '?') if rows else '?'}), "
      f"{os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}")
