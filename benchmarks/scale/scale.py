#!/usr/bin/env python3
"""The growth benchmark, driven by benchmarks/scale/run (which builds the jars first).

For each size N (ascending): the grown corpus's slice [previous N, N) is generated (Grow, deterministic, so the
N-article corpus is the files of every slice up to N); then each analyzer (--analyzers, default fahras, stock,
lucene) indexes those files, one process each:

  fahras, stock    the CLI, `bin/fahras index --analyzer A --index DIR FILES` with
                   FAHRAS_JAVA_OPTS="-Xmx1g -Xlog:gc:file=..."
  lucene           plain Lucene written by hand, the main suite's baseline (benchmarks/.../HandWrittenLucene:
                   ArabicAnalyzer, one IndexWriter, addDocument per article): `java -Xmx1g -Xlog:gc:file=...
                   --enable-native-access=ALL-UNNAMED -cp CLASSPATH org.fahras.scale.LuceneIndex --index DIR FILES`,
                   the same JVM options bin/fahras gives the CLI

then JMH samples the query shapes on every index that was built (ScaleQueryBenchmark; lucene searches as
HandWrittenLucene does). Results are rewritten after every size, so an interrupted run keeps what it measured.
Measures:

  index_seconds    wall time of the whole indexing process (JVM start, reading, analysis, commit, exit)
  peak_heap_bytes  the largest heap occupancy after a GC in the process's unified GC log (-Xlog:gc), i.e. the
                   peak of what survived a collection: the heap the ingest really needed
  index_bytes      sum of the sizes of the files in the index folder after the process exited
  query_us         JMH SampleTime p50 and p99 per shape, one thread, microseconds
"""
import argparse
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone

SHAPES = ["question", "twoWords", "threeWords", "phrase", "filteredFaceted", "top10Highlighted"]
ANALYZERS = ["fahras", "stock", "lucene"]
GC_LINE = re.compile(r"(\d+(?:\.\d+)?)([BKMG])->(\d+(?:\.\d+)?)([BKMG])\((\d+(?:\.\d+)?)([BKMG])\)")
UNIT = {"B": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}


def log(msg):
    print(f"[scale {datetime.now(timezone.utc).strftime('%H:%M:%S')}] {msg}", flush=True)


def load():
    return [round(x, 2) for x in os.getloadavg()]


def parse_gc_log(path):
    """Largest heap after and before a collection, in bytes, and the number of collections, from -Xlog:gc."""
    after = before = 0
    count = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = GC_LINE.search(line)
            if m:
                count += 1
                before = max(before, int(float(m.group(1)) * UNIT[m.group(2)]))
                after = max(after, int(float(m.group(3)) * UNIT[m.group(4)]))
    return after, before, count


def dir_bytes(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(dirpath, name))
    return total


def wait_for_quiet(args, what):
    """With --wait-load L: before a timed step, wait (up to --wait-minutes) for the 1-minute load to drop below L."""
    if not args.wait_load:
        return
    deadline = time.monotonic() + args.wait_minutes * 60
    if os.getloadavg()[0] >= args.wait_load:
        log(f"  waiting for load < {args.wait_load} before {what} (now {load()})")
    while os.getloadavg()[0] >= args.wait_load and time.monotonic() < deadline:
        time.sleep(10)


def run_index(args, analyzer, n, files):
    index = os.path.join(args.work, f"index-{analyzer}-{n}")
    shutil.rmtree(index, ignore_errors=True)
    gc_log = os.path.join(args.work, f"gc-{analyzer}-{n}.log")
    out_log = os.path.join(args.work, f"index-{analyzer}-{n}.log")
    for p in (gc_log,):
        if os.path.exists(p):
            os.remove(p)
    env = dict(os.environ)
    if analyzer == "lucene":
        # bin/fahras runs the CLI with FAHRAS_JAVA_OPTS and --enable-native-access=ALL-UNNAMED: the same here
        cmd = [os.path.join(os.environ["JAVA_HOME"], "bin", "java"), "-Xmx1g", f"-Xlog:gc:file={gc_log}",
               "--enable-native-access=ALL-UNNAMED", "-cp", args.classpath, "org.fahras.scale.LuceneIndex",
               "--index", index] + files
        shown = ("java -Xmx1g -Xlog:gc:file=GC.log --enable-native-access=ALL-UNNAMED -cp "
                 + ":".join(os.path.basename(p) for p in args.classpath.split(":"))
                 + " org.fahras.scale.LuceneIndex --index INDEX")
    else:
        env["FAHRAS_JAVA_OPTS"] = f"-Xmx1g -Xlog:gc:file={gc_log}"
        cmd = [os.path.join(args.root, "bin", "fahras"), "index", "--analyzer", analyzer, "--index", index] + files
        shown = "FAHRAS_JAVA_OPTS='-Xmx1g -Xlog:gc:file=GC.log' " + " ".join(["bin/fahras"] + cmd[1:4] + ["INDEX"])
    time_v = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    rss_file = os.path.join(args.work, f"time-{analyzer}-{n}.txt")
    full = ([time_v, "-v", "-o", rss_file] if time_v else []) + cmd
    wait_for_quiet(args, f"indexing {analyzer} N={n}")
    load_before = load()
    log(f"index {analyzer} N={n}: {shown} {' '.join(os.path.basename(f) for f in files)}")
    t0 = time.monotonic()
    with open(out_log, "w", encoding="utf-8") as out:
        rc = subprocess.call(full, stdout=out, stderr=subprocess.STDOUT, env=env)
    seconds = time.monotonic() - t0
    row = {"analyzer": analyzer, "articles": n, "command": " ".join([shown] + [os.path.basename(f) for f in files]),
           "exit_code": rc, "index_seconds": round(seconds, 1), "load_before": load_before, "load_after": load()}
    with open(out_log, encoding="utf-8", errors="replace") as f:
        text = f.read()
    m = re.search(r"read (\d+), indexed (\d+), rejected (\d+)", text)
    if m:
        row["read"], row["indexed"], row["rejected"] = (int(g) for g in m.groups())
    if time_v and os.path.exists(rss_file):
        with open(rss_file, encoding="utf-8", errors="replace") as f:
            timing = f.read()
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing)
        if rss:
            row["max_rss_bytes"] = int(rss.group(1)) * 1024
        cpu = [re.search(rf"{k} time \(seconds\): ([\d.]+)", timing) for k in ("User", "System")]
        if all(cpu):
            # CPU time is far less sensitive than wall time to other processes on a shared machine
            row["cpu_seconds"] = round(sum(float(c.group(1)) for c in cpu), 1)
    if os.path.exists(gc_log):
        after, before, count = parse_gc_log(gc_log)
        row.update(peak_heap_bytes=after, peak_heap_before_gc_bytes=before, gc_count=count)
    ok = rc == 0 and row.get("indexed") == n
    if ok:
        row["index_bytes"] = dir_bytes(index)
        row["docs_per_second"] = round(n / seconds, 1)
        log(f"  {seconds:.1f} s, {n / seconds:.0f} docs/s, peak heap after GC {row.get('peak_heap_bytes', 0) / 2**20:.0f} MiB, "
            f"index {row['index_bytes'] / 2**20:.0f} MiB, load {row['load_after']}")
    else:
        tail = [l for l in text.splitlines() if l.strip()][-8:]
        row["failure"] = "\n".join(tail)
        log(f"  FAILED (exit {rc}, indexed {row.get('indexed')} of {n}) after {seconds:.1f} s:\n    "
            + "\n    ".join(tail))
    row["ok"] = ok
    return row


def run_queries(args, n, analyzers):
    out = os.path.join(args.work, f"jmh-{n}.json")
    cmd = [os.path.join(os.environ["JAVA_HOME"], "bin", "java"), "-cp", args.classpath, "org.openjdk.jmh.Main",
           "org.fahras.scale.ScaleQueryBenchmark", "-p", f"articles={n}", "-p", "analyzer=" + ",".join(analyzers),
           "-jvmArgsAppend", f"-Dfahras.scale.work={args.work}", "-rf", "json", "-rff", out] + args.jmh
    wait_for_quiet(args, f"queries N={n}")
    log(f"queries N={n} ({', '.join(analyzers)}): JMH ScaleQueryBenchmark")
    load_before = load()
    t0 = time.monotonic()
    with open(os.path.join(args.work, f"jmh-{n}.log"), "w", encoding="utf-8") as f:
        rc = subprocess.call(cmd, stdout=f, stderr=subprocess.STDOUT)
    info = {"exit_code": rc, "seconds": round(time.monotonic() - t0, 1), "load_before": load_before,
            "load_after": load()}
    result = {}
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            for b in json.load(f):
                shape = b["benchmark"].rsplit(".", 1)[1]
                p = b["primaryMetric"]["scorePercentiles"]
                result.setdefault(b["params"]["analyzer"], {})[shape] = {
                    "p50": round(p["50.0"], 1), "p99": round(p["99.0"], 1),
                    "mean": round(b["primaryMetric"]["score"], 1), "samples": samples(b["primaryMetric"])}
    log(f"  done in {info['seconds']} s (exit {rc}), load {info['load_after']}")
    return result, info


def samples(metric):
    """Number of sampled operations in a SampleTime result (rawDataHistogram: forks, iterations, [value, count])."""
    return sum(count for fork in metric.get("rawDataHistogram", []) for iteration in fork for _, count in iteration)


def generate(args, lo, hi):
    path = os.path.join(args.work, f"grown-s{args.seed}-{lo:07d}-{hi:07d}.jsonl.gz")
    stats_path = path + ".stats.json"
    if os.path.exists(path) and os.path.exists(stats_path):
        with open(stats_path, encoding="utf-8") as f:
            return path, json.load(f)
    log(f"generate articles [{lo}, {hi})")
    t0 = time.monotonic()
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
    res = subprocess.run([java, "-Xmx3g", "-cp", args.classpath, "org.fahras.scale.Grow", "corpus", "--data", args.data,
                          "--seed", str(args.seed), "--from", str(lo), "--to", str(hi), "--out", path],
                         capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"scale: generating [{lo}, {hi}) failed:\n{res.stderr}")
    for line in res.stderr.splitlines():
        print("  " + line)
    stats = json.loads(res.stdout.strip().splitlines()[-1])
    stats["seconds"] = round(time.monotonic() - t0, 1)
    stats["gzip_bytes"] = os.path.getsize(path)
    with open(stats_path, "w", encoding="utf-8") as f:
        json.dump(stats, f)
    log(f"  {stats['seconds']} s, {stats['gzip_bytes'] / 2**20:.0f} MiB gzip")
    return path, stats


def novel_words(paths):
    """Distinct new-word ids used in the given slices (union of their .novel bit sets)."""
    acc = bytearray()
    for p in paths:
        with open(p + ".novel", "rb") as f:
            b = f.read()
        if len(b) > len(acc):
            acc.extend(bytes(len(b) - len(acc)))
        for i, x in enumerate(b):
            acc[i] |= x
    return sum(bin(x).count("1") for x in acc)


def main():
    ap = argparse.ArgumentParser(prog="benchmarks/scale/run")
    ap.add_argument("--sizes", default="40000,250000,1000000")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--analyzers", default=",".join(ANALYZERS),
                    help=f"which rows to measure, in this order (default {','.join(ANALYZERS)}): fahras and stock "
                         "through bin/fahras index, lucene by hand on plain Lucene")
    ap.add_argument("--root", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--classpath", required=True)
    ap.add_argument("--work", default=None, help="corpora, indexes and logs (default benchmarks/target/scale)")
    ap.add_argument("--results", default=None, help="where scale.json/.md and the charts go (default benchmarks/results)")
    ap.add_argument("--keep", action="store_true", help="keep each size's indexes (default: delete after its queries)")
    ap.add_argument("--wait-load", type=float, default=0,
                    help="before each timed step wait until the 1-minute load average is below this (0: never wait)")
    ap.add_argument("--wait-minutes", type=float, default=10, help="longest wait per step for --wait-load")
    ap.add_argument("jmh", nargs="*", help="after --: extra JMH arguments (e.g. -- -wi 1 -i 1)")
    args = ap.parse_args()
    args.work = os.path.abspath(args.work or os.path.join(args.root, "benchmarks", "target", "scale"))
    args.results = os.path.abspath(args.results or os.path.join(args.root, "benchmarks", "results"))
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    analyzers = [a.strip() for a in args.analyzers.split(",") if a.strip()]
    unknown = [a for a in analyzers if a not in ANALYZERS]
    if not analyzers or unknown or len(set(analyzers)) != len(analyzers):
        sys.exit(f"scale: --analyzers takes some of {','.join(ANALYZERS)}, each once (not {args.analyzers!r})")
    if not sizes or sizes[0] <= 0:
        sys.exit("scale: --sizes needs positive article counts, e.g. 40000,250000,1000000")
    os.makedirs(args.work, exist_ok=True)
    started = time.monotonic()
    meta = {
        "started": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": subprocess.run(["git", "-C", args.root, "rev-parse", "--short", "HEAD"], capture_output=True,
                                 text=True).stdout.strip(),
        "machine": {"cpus": os.cpu_count(), "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30),
                    "os": platform.platform(), "java": subprocess.run(
                        [os.path.join(os.environ["JAVA_HOME"], "bin", "java"), "-version"], capture_output=True,
                        text=True).stderr.splitlines()[0]},
        "seed": args.seed, "sizes": sizes, "analyzers": analyzers, "jmh_extra_args": args.jmh, "wait_load": args.wait_load, "runs": [], "queries": {}, "corpus": {},
    }
    log(f"sizes {sizes}, analyzers {', '.join(analyzers)}, work {args.work}, load {load()}")
    subprocess.run([os.path.join(os.environ["JAVA_HOME"], "bin", "java"), "-cp", args.classpath,
                    "org.fahras.scale.Grow", "queries", "--data", args.data, "--out",
                    os.path.join(args.work, "queries")], check=True)
    slices = []
    lo = 0
    for n in sizes:
        path, stats = generate(args, lo, n)
        slices.append(path)
        lo = n
        meta["corpus"][str(n)] = {
            "files": [os.path.basename(p) for p in slices], "gzip_bytes": sum(os.path.getsize(p) for p in slices),
            "real_articles_in_base": stats["real_articles"], "real_records_rejected": stats["real_rejected"],
            "real_words": stats["real_words"], "novel_words": novel_words(slices),
            "generate_seconds_last_slice": stats["seconds"]}
        ok = []
        for a in analyzers:
            row = run_index(args, a, n, list(slices))
            meta["runs"].append(row)
            if row["ok"]:
                ok.append(a)
        if ok:
            result, info = run_queries(args, n, ok)
            meta["queries"][str(n)] = info
            for row in meta["runs"]:
                if row["articles"] == n and row["analyzer"] in result:
                    row["query_us"] = result[row["analyzer"]]
        if not args.keep:
            for a in analyzers:
                shutil.rmtree(os.path.join(args.work, f"index-{a}-{n}"), ignore_errors=True)
        meta["total_seconds"] = round(time.monotonic() - started, 1)
        write_results(args, meta)
    log(f"all done in {(time.monotonic() - started) / 60:.1f} min; results in {args.results}")


def write_results(args, meta):
    os.makedirs(args.results, exist_ok=True)
    rows = []
    for r in meta["runs"]:
        if r["ok"] and "query_us" in r:
            rows.append({"analyzer": r["analyzer"], "articles": r["articles"], "index_seconds": r["index_seconds"],
                         "peak_heap_bytes": r["peak_heap_bytes"], "index_bytes": r["index_bytes"],
                         "query_us": {s: {"p50": r["query_us"][s]["p50"], "p99": r["query_us"][s]["p99"]}
                                      for s in SHAPES if s in r["query_us"]}})
    with open(os.path.join(args.results, "scale.json"), "w", encoding="utf-8") as f:
        json.dump(rows, f, indent=1)
        f.write("\n")
    with open(os.path.join(args.results, "scale.meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, ensure_ascii=False)
        f.write("\n")
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "report.py"), args.results], check=True)


if __name__ == "__main__":
    main()
