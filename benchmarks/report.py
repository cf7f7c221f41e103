#!/usr/bin/env python3
"""Prints the benchmark table from JMH JSON result files (benchmarks/run calls it).

    report.py SIDE_DIR RESULT.json [RESULT.json ...]

SIDE_DIR holds the figures the benchmarks write beside JMH's (analysis-bytes.txt, index-bytes-ANALYZER.txt,
indexing-articles.txt). Rows of the same benchmark and analyzer, from several files or from one file holding several
rounds (a full run's latest.json), are pooled: their forks and iterations together.

Each value is printed with its error: the half-width of the 99.9 % confidence interval over the measurement
iterations of all forks (Student's t), which is JMH's own scoreError for averaged, single-shot and throughput
results. For sampled latency JMH's scoreError is computed over single samples, thousands per iteration, and is much
smaller than the spread between forks, so the report uses the same interval over the iteration means (and over the
iterations' p50 and p99 for those rows) instead. A ratio's error adds the two relative errors (ratio * (ea/a +
eb/b)). "± ?" means there is nothing to compute it from (one iteration in all).

The A/A rows compare an analyzer with its second copy measured in the same run (lucene2 / lucene, stock2 / stock):
the same code and index, so any distance from 1.00 is the run's noise. When one is outside 0.9-1.1 the report says
the run is too noisy to read.
"""
import json
import math
import os
import platform
import sys

BASELINES = ["lucene", "stock"]
AA_LOW, AA_HIGH = 0.9, 1.1


# ---- statistics ----

def _betacf(a, b, x):
    """Continued fraction of the incomplete beta function (Numerical Recipes, 6.4)."""
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > 1e-300 else 1e-300)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        for aa in (m * (b - m) * x / ((qam + m2) * (a + m2)), -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1 + aa * d
            d = 1 / (d if abs(d) > 1e-300 else 1e-300)
            c = 1 + aa / c
            c = c if abs(c) > 1e-300 else 1e-300
            h *= d * c
            last = d * c
        if abs(last - 1) < 1e-14:
            break
    return h


def _betainc(a, b, x):
    """Regularized incomplete beta I_x(a, b)."""
    if x <= 0 or x >= 1:
        return 0.0 if x <= 0 else 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1 - front * _betacf(b, a, 1 - x) / b


def t_quantile(p, df):
    """Student's t quantile (p > 0.5), by bisection on the distribution function."""
    lo, hi = 0.0, 1e6
    for _ in range(200):
        mid = (lo + hi) / 2
        cdf = 1 - 0.5 * _betainc(df / 2, 0.5, df / (df + mid * mid))
        lo, hi = (mid, hi) if cdf < p else (lo, mid)
    return (lo + hi) / 2


def half_width(values):
    """Half-width of the 99.9 % confidence interval of the mean of values (JMH's scoreError), NaN below 2."""
    n = len(values)
    if n < 2:
        return float("nan")
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    return t_quantile(0.9995, n - 1) * sd / math.sqrt(n)


def percentile(hist, p):
    """p-th percentile of a sorted [(value, count)] histogram, as JMH computes it (commons-math's legacy rule)."""
    n = sum(c for _, c in hist)
    pos = p / 100 * (n + 1)

    def nth(k):  # k-th smallest, 1-based
        seen = 0
        for v, c in hist:
            seen += c
            if seen >= k:
                return v
        return hist[-1][0]

    if pos < 1:
        return hist[0][0]
    if pos >= n:
        return hist[-1][0]
    lower, upper = nth(int(pos)), nth(int(pos) + 1)
    return lower + (pos - math.floor(pos)) * (upper - lower)


class Value:
    """A score and its error."""

    def __init__(self, score, error):
        self.score, self.error = score, error

    @staticmethod
    def of(values):
        return Value(sum(values) / len(values), half_width(values)) if values else None

    def map(self, f):
        """f(score), e.g. a rate from a time: the same relative error."""
        s = f(self.score)
        return Value(s, abs(s) * self.error / self.score if self.score else float("nan"))

    def ratio(self, other):
        r = self.score / other.score
        if self.error is None or other.error is None:
            return Value(r, None)
        return Value(r, r * (self.error / self.score + other.error / other.score))

    def fmt(self, digits=1):
        if self.error is None:  # an exact figure (bytes on disk)
            return f"{self.score:.{digits}f}"
        e = "?" if math.isnan(self.error) else f"{self.error:.{digits}f}"
        return f"{self.score:.{digits}f} ± {e}"


# ---- reading ----

def short(benchmark):
    parts = benchmark.split(".")
    return parts[-2] + "." + parts[-1]


def read_rows(paths):
    """{(benchmark, analyzer): pooled measurements} from JMH result files."""
    by = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rows = json.load(f)
        for r in rows:
            e = by.setdefault((short(r["benchmark"]), r["params"]["analyzer"]), {
                "mode": r["mode"], "unit": r["primaryMetric"]["scoreUnit"], "forks": 0, "iterations": [],
                "histograms": [], "cpu": [], "alloc": [], "jdk": r.get("jdkVersion"), "vm": r.get("vmName")})
            m = r["primaryMetric"]
            if "rawDataHistogram" in m:  # sampled: per fork, per iteration, [value, count] pairs
                for fork in m["rawDataHistogram"]:
                    e["forks"] += 1
                    for it in fork:
                        e["histograms"].append(sorted((float(v), int(c)) for v, c in it))
            else:
                for fork in m.get("rawData", []):
                    e["forks"] += 1
                    e["iterations"].extend(float(v) for v in fork)
            sec = {k.lstrip("\u00b7"): v for k, v in r.get("secondaryMetrics", {}).items()}  # older JMH: "·name"
            for key, name in (("cpu", "cpu.time.norm"), ("alloc", "gc.alloc.rate.norm")):
                for fork in sec.get(name, {}).get("rawData", []):
                    e[key].extend(float(v) for v in fork if not math.isnan(float(v)))
    return by


def stats(e):
    """The report's values of one pooled benchmark result."""
    out = {"unit": e["unit"], "mode": e["mode"], "forks": e["forks"]}
    if e["histograms"]:
        pooled = {}
        for h in e["histograms"]:
            for v, c in h:
                pooled[v] = pooled.get(v, 0) + c
        pooled = sorted(pooled.items())
        n = sum(c for _, c in pooled)
        means = [sum(v * c for v, c in h) / sum(c for _, c in h) for h in e["histograms"] if h]
        out["score"] = Value(sum(v * c for v, c in pooled) / n, half_width(means))
        for p in (50, 99):
            out[f"p{p}"] = Value(percentile(pooled, p), half_width([percentile(h, p) for h in e["histograms"] if h]))
        out["iterations"] = len(e["histograms"])
    else:
        out["score"] = Value.of(e["iterations"])
        out["iterations"] = len(e["iterations"])
    out["cpu"] = Value.of(e["cpu"])
    out["alloc"] = Value.of(e["alloc"])
    return out


def span(xs):
    return "?" if not xs else str(xs[0]) if xs[0] == xs[-1] else f"{xs[0]}–{xs[-1]}"


def side_figure(side, name):
    try:
        with open(os.path.join(side, name), encoding="utf-8") as f:
            return float(f.read())
    except (OSError, ValueError):
        return None


# ---- the report ----

def rows_of(name, s, side, analyzer):
    """[(label, unit, Value)] of one benchmark and analyzer, in the table's order."""
    out = []
    score = s["score"]
    if s["mode"] == "sample":
        out += [(f"{name} mean", s["unit"], score), (f"{name} p50", s["unit"], s["p50"]),
                (f"{name} p99", s["unit"], s["p99"])]
    elif name.endswith("analyzeBodies"):
        mb = side_figure(side, "analysis-bytes.txt")
        if mb:  # ms per pass over the bodies -> MB/s
            out.append(("analysis throughput", "MB/s", score.map(lambda ms: mb / 1e6 / (ms / 1000))))
    elif name.endswith("index10k"):
        n = side_figure(side, "indexing-articles.txt") or 10000
        out.append((f"indexing {n:,.0f} articles", "docs/s", score.map(lambda ms: n / (ms / 1000))))
        b = side_figure(side, f"index-bytes-{analyzer}.txt")
        if b:
            out.append(("index size after commit", "bytes/article", Value(b, None)))
    else:
        out.append((name, s["unit"], score))
    if s["cpu"]:
        out.append((f"{name} CPU per op", "us/op", s["cpu"]))
    if s["alloc"]:
        out.append((f"{name} allocated per op", "KB/op", Value(s["alloc"].score / 1024, s["alloc"].error / 1024)))
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: report.py SIDE_DIR RESULT.json [RESULT.json ...]")
    side, paths = sys.argv[1], sys.argv[2:]
    by = read_rows(paths)
    st = {k: stats(e) for k, e in by.items()}
    names = sorted({name for name, _ in st})

    print("| benchmark | unit | fahras | lucene | stock | fahras / lucene | fahras / stock |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name in names:
        if (name, "fahras") not in st:
            continue
        f_rows = rows_of(name, st[(name, "fahras")], side, "fahras")
        base = {a: dict((label, v) for label, _, v in rows_of(name, st[(name, a)], side, a))
                for a in BASELINES if (name, a) in st}
        # analysis: the lucene baseline is ArabicAnalyzer, which is what stock runs
        same = name.endswith("analyzeBodies") and "lucene" not in base and "stock" in base
        for label, unit, f in f_rows:
            cells, ratios = [], []
            for a in BASELINES:
                v = base.get(a, {}).get(label)
                if v is None and a == "lucene" and same:
                    cells.append("= stock")
                    ratios.append("= fahras / stock")
                elif v is None:
                    cells.append("")
                    ratios.append("")
                else:
                    cells.append(v.fmt())
                    ratios.append(f.ratio(v).fmt(2) if v.score else "")
            print(f"| {label} | {unit} | {f.fmt()} | {cells[0]} | {cells[1]} | {ratios[0]} | {ratios[1]} |")

    # A/A: the same thing measured twice in this run
    aa = []
    for name in names:
        for a in BASELINES:
            if (name, a) in st and (name, a + "2") in st:
                first, second = rows_of(name, st[(name, a)], side, a), rows_of(name, st[(name, a + "2")], side, a + "2")
                label, unit, v1 = first[0]
                v2 = second[0][2]
                aa.append((f"{label} ({a}2 / {a})", unit, v1, v2, v2.ratio(v1)))
    print()
    print("| A/A: one baseline measured twice | unit | first | second | second / first |")
    print("|---|---|---:|---:|---:|")
    for label, unit, v1, v2, r in aa:
        print(f"| {label} | {unit} | {v1.fmt()} | {v2.fmt()} | {r.fmt(2)} |")
    print()
    outside = [(label, r.score) for label, _, _, _, r in aa if not AA_LOW <= r.score <= AA_HIGH]
    if not aa:
        print("**No A/A row in these results**: the noise of this run is unknown; read its ratios with care.")
    elif outside:
        outside.sort(key=lambda x: -abs(math.log(x[1])) if x[1] > 0 else -math.inf)
        worst = ", ".join(f"{label} {ratio:.2f}" for label, ratio in outside[:3])
        print(f"**This run is too noisy to read**: {len(outside)} of {len(aa)} A/A ratios are outside "
              f"{AA_LOW}–{AA_HIGH} (farthest: {worst}); two measurements of the same code differ as much as "
              f"the ratios above may, so none of them is a finding. Rerun on a quiet machine.")
    else:
        worst = max(aa, key=lambda x: abs(x[4].score - 1))
        print(f"A/A ratios within {AA_LOW}–{AA_HIGH} (farthest: {worst[0]} {worst[4].score:.2f}): read a ratio as a "
              f"difference only where it is farther from 1.00 than that and than its ±.")

    forks = sorted({s["forks"] for s in st.values()})
    its = sorted({s["iterations"] for s in st.values()})
    e = next(iter(by.values()), {})
    print()
    print(f"± is the 99.9 % confidence half-width over the measurement iterations (a ratio's adds the relative errors); "
          f"forks per row: {span(forks)}, iterations per row: {span(its)}. "
          f"Ratios of times: below 1 fahras is faster; of rates (MB/s, docs/s, ops/s): above 1.")
    print(f"JDK {e.get('jdk', '?')} ({e.get('vm', '?')}), {os.cpu_count()} cores, {platform.machine()}, "
          f"{platform.system()} {platform.release()}")


if __name__ == "__main__":
    main()
