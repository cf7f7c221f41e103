#!/usr/bin/env python3
"""Writes scale.md and one SVG chart per measure (scale-*.svg) from scale.json and scale.meta.json.

    python3 benchmarks/scale/report.py benchmarks/results

Charts are hand-written SVG, log-log (cost against N: a straight line of slope 1 is linear growth), fahras beside
stock and lucene (plain Lucene by hand); no plotting library needed. Results of runs without a lucene row (older
runs, or --analyzers fahras,stock) are reported as before, without its columns.
"""
import json
import math
import os
import sys

SHAPES = ["question", "twoWords", "threeWords", "phrase", "filteredFaceted", "top10Highlighted"]
SHAPE_NAMES = {"question": "question (arcd)", "twoWords": "two words", "threeWords": "three words",
               "phrase": "phrase", "filteredFaceted": "two words + source filter + facets",
               "top10Highlighted": "top 10 highlighted"}
COLORS = {"fahras": "#1f77b4", "stock": "#d62728", "lucene": "#2ca02c"}
ANALYZERS = ["fahras", "stock", "lucene"]
HOW = {"fahras": "`bin/fahras index --analyzer fahras`", "stock": "`bin/fahras index --analyzer stock`",
       "lucene": "`org.fahras.scale.LuceneIndex`: the main suite's HandWrittenLucene, plain Lucene by hand "
                 "(ArabicAnalyzer, one IndexWriter with Lucene's defaults, addDocument per article)"}
MiB = 2 ** 20


def fmt_n(n):
    return f"{n // 1000}k" if n < 1_000_000 else f"{n / 1_000_000:g}M"


def nice_ticks(lo, hi):
    """1-2-5 ticks covering [lo, hi] on a log scale."""
    ticks = []
    e = math.floor(math.log10(lo))
    while True:
        for m in (1, 2, 5):
            v = m * 10 ** e
            if lo / 1.0001 <= v <= hi * 1.0001:
                ticks.append(v)
            if v > hi:
                return ticks or [lo, hi]
        e += 1


def label(v, unit):
    if unit == "bytes":
        if v >= 2 ** 30:
            return f"{v / 2**30:g} GiB"
        return f"{v / MiB:g} MiB"
    if v >= 1000:
        return f"{v:,.0f}"
    return f"{v:g}"


def svg_chart(path, title, unit, ylabel, series, sizes):
    """series: list of (name, color, dashed, [(n, value)])."""
    w, h, left, right, top, bottom = 600, 360, 80, 20, 40, 50
    values = [v for _, _, _, pts in series for _, v in pts if v and v > 0]
    if not values or not sizes:
        return
    ylo, yhi = min(values) / 1.3, max(values) * 1.3
    if unit == "bytes":
        ticks = [t * MiB for t in nice_ticks(ylo / MiB, yhi / MiB)]
    else:
        ticks = nice_ticks(ylo, yhi)
    ylo, yhi = min(ylo, min(ticks)), max(yhi, max(ticks))
    xlo, xhi = min(sizes) / 1.25, max(sizes) * 1.25
    px = lambda n: left + (math.log(n) - math.log(xlo)) / (math.log(xhi) - math.log(xlo)) * (w - left - right)
    py = lambda v: h - bottom - (math.log(v) - math.log(ylo)) / (math.log(yhi) - math.log(ylo)) * (h - top - bottom)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{w}" height="{h}" fill="white"/>',
           f'<text x="{w / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">{title}</text>']
    for t in ticks:
        y = py(t)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - right}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{label(t, unit)}</text>')
    for n in sizes:
        x = px(n)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{h - bottom}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{h - bottom + 16}" text-anchor="middle">{fmt_n(n)}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{w - left - right}" height="{h - top - bottom}" fill="none" stroke="#444"/>')
    out.append(f'<text x="{(left + w - right) / 2}" y="{h - 12}" text-anchor="middle">articles (log scale)</text>')
    out.append(f'<text transform="translate(16 {(top + h - bottom) / 2}) rotate(-90)" text-anchor="middle">'
               f'{ylabel} (log scale)</text>')
    for i, (name, color, dashed, pts) in enumerate(series):
        pts = [(n, v) for n, v in pts if v and v > 0]
        dash = ' stroke-dasharray="6 4"' if dashed else ""
        if len(pts) > 1:
            d = " ".join(f"{px(n):.1f},{py(v):.1f}" for n, v in pts)
            out.append(f'<polyline points="{d}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
        for n, v in pts:
            out.append(f'<circle cx="{px(n):.1f}" cy="{py(v):.1f}" r="3.5" fill="{color}"><title>{name} {fmt_n(n)}: '
                       f'{label(v, unit)}</title></circle>')
        ly = top + 16 + 18 * i
        out.append(f'<line x1="{left + 12}" y1="{ly - 4}" x2="{left + 40}" y2="{ly - 4}" stroke="{color}" '
                   f'stroke-width="2"{dash}/>')
        out.append(f'<text x="{left + 46}" y="{ly}">{name}</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "–"


def main():
    results = sys.argv[1]
    with open(os.path.join(results, "scale.json"), encoding="utf-8") as f:
        rows = json.load(f)
    with open(os.path.join(results, "scale.meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    runs = {(r["analyzer"], r["articles"]): r for r in meta["runs"]}
    by = {(r["analyzer"], r["articles"]): r for r in rows}
    sizes = sorted({r["articles"] for r in meta["runs"]})
    chart_sizes = sorted({r["articles"] for r in rows})
    analyzers = [a for a in ANALYZERS if any(r["analyzer"] == a for r in meta["runs"])]
    others = [a for a in analyzers if a != "fahras"]  # fahras/X ratios

    # indexing measures come from every finished ingest, also one whose queries were not run
    index_sizes = sorted({r["articles"] for r in meta["runs"] if r["ok"]})

    def series(key):
        return [(a, COLORS[a], False, [(n, runs[(a, n)][key]) for n in index_sizes
                                       if (a, n) in runs and runs[(a, n)]["ok"]])
                for a in analyzers]

    svg_chart(os.path.join(results, "scale-index-seconds.svg"), "Indexing time (whole indexing process, -Xmx1g)",
              "s", "seconds", series("index_seconds"), index_sizes)
    svg_chart(os.path.join(results, "scale-peak-heap.svg"), "Peak heap after GC while indexing (-Xmx1g)", "bytes",
              "heap", series("peak_heap_bytes"), index_sizes)
    svg_chart(os.path.join(results, "scale-index-bytes.svg"), "Index size on disk", "bytes", "bytes",
              series("index_bytes"), index_sizes)
    for s in SHAPES:
        ser = []
        for a in analyzers:
            for p, dashed in (("p50", False), ("p99", True)):
                ser.append((f"{a} {p}", COLORS[a], dashed,
                            [(n, by[(a, n)]["query_us"][s][p]) for n in chart_sizes
                             if (a, n) in by and s in by[(a, n)]["query_us"]]))
        svg_chart(os.path.join(results, f"scale-query-{s}.svg"), f"Query latency: {SHAPE_NAMES[s]}", "us",
                  "microseconds", ser, chart_sizes)

    m = meta["machine"]
    lines = [f"# Growth benchmark (`benchmarks/scale/run`)", "",
             f"Run started {meta['started']} on commit {meta['commit']}, {m['cpus']} cores, {m['memory_gib']} GiB, "
             f"{m['os']}, {m['java']}; total {meta.get('total_seconds', 0) / 60:.1f} min. Seed {meta['seed']}. "
             "The machine was shared with other work: the load averages (1, 5, 15 min) are given with each result.",
             ] + ([f"", f"Note: {meta['note']}."] if meta.get("note") else []) + [
             "", "## Corpus", "",
             "| articles | gzip size | real ANT articles in it | distinct Arabic words (real + grown) |",
             "|---:|---:|---:|---:|"]
    for n in sizes:
        c = meta["corpus"][str(n)]
        real = min(n, c["real_articles_in_base"])
        vocab = f"{c['real_words']:,} + {c['novel_words']:,}" if n > c["real_articles_in_base"] else "≤ " + f"{c['real_words']:,}"
        lines.append(f"| {n:,} | {c['gzip_bytes'] / MiB:,.0f} MiB | {real:,} | {vocab} |")
    lines += ["", "## Indexing (one process each, `-Xmx1g`)", ""] + [f"- {a}: {HOW[a]}" for a in analyzers] + ["",
              "| articles | analyzer | result | time | docs/s | CPU time | peak heap after GC | max heap before GC | "
              "max RSS | index size | bytes/article | load before → after |",
              "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for n in sizes:
        for a in analyzers:
            r = runs.get((a, n))
            if r is None:
                continue
            res = "ok" if r["ok"] else ("**not finished**" if r.get("exit_code") is None
                                        else f"**failed** (exit {r['exit_code']})")
            heap = f"{r['peak_heap_bytes'] / MiB:,.0f} MiB" if r.get("peak_heap_bytes") else "–"
            before = f"{r['peak_heap_before_gc_bytes'] / MiB:,.0f} MiB" if r.get("peak_heap_before_gc_bytes") else "–"
            rss = f"{r['max_rss_bytes'] / MiB:,.0f} MiB" if r.get("max_rss_bytes") else "–"
            size = f"{r['index_bytes'] / MiB:,.0f} MiB" if r.get("index_bytes") else "–"
            bpa = f"{r['index_bytes'] / n:,.0f}" if r.get("index_bytes") else "–"
            dps = f"{r['docs_per_second']:,.0f}" if r.get("docs_per_second") else "–"
            cpu = f"{r['cpu_seconds']:,.1f} s" if r.get("cpu_seconds") else "–"
            wall = f"{r['index_seconds']:,.1f} s" if r.get("index_seconds") else "–"
            lb = r["load_before"][0] if r.get("load_before") else "?"
            la = r["load_after"][0] if r.get("load_after") else "?"
            lines.append(f"| {n:,} | {a} | {res} | {wall} | {dps} | {cpu} | {heap} | {before} | {rss} | "
                         f"{size} | {bpa} | {lb} → {la} |")
    failures = [r for r in meta["runs"] if not r["ok"]]
    if failures:
        lines += ["", "Failures:", ""]
        for r in failures:
            after = f", after {r['index_seconds']:,.1f} s" if r.get("index_seconds") else ""
            lines.append(f"- {r['analyzer']} at {r['articles']:,} articles{after}: "
                         + "`" + r.get("failure", "").replace("\n", "` / `") + "`")
    lines += ["", "## Query latency (JMH SampleTime, one thread, µs; p50 / p99)", "",
              "| shape | articles | " + " | ".join(f"{a} p50 | {a} p99" for a in analyzers) + " | "
              + "".join(f"fahras/{o} p50 | fahras/{o} p99 | " for o in others if "fahras" in analyzers)
              + f"samples {' / '.join(analyzers)} |",
              "|---|---:|" + "---:|---:|" * len(analyzers)
              + "---:|---:|" * (len(others) if "fahras" in analyzers else 0) + "---:|"]
    def count(a, n, s):
        c = runs.get((a, n), {}).get("query_us", {}).get(s, {}).get("samples")
        return f"{c:,}" if c else "–"

    cell = lambda q, p: f"{q[p]:,.0f}" if q else "–"
    for s in SHAPES:
        for n in chart_sizes:
            q = {a: by.get((a, n), {}).get("query_us", {}).get(s) for a in analyzers}
            f_ = q.get("fahras")
            ratios = "".join(f"{ratio(f_ and f_['p50'], q[o] and q[o]['p50'])} | "
                             f"{ratio(f_ and f_['p99'], q[o] and q[o]['p99'])} | "
                             for o in others if "fahras" in analyzers)
            lines.append(f"| {SHAPE_NAMES[s]} | {n:,} | "
                         + " | ".join(f"{cell(q[a], 'p50')} | {cell(q[a], 'p99')}" for a in analyzers) + " | "
                         + ratios + " / ".join(count(a, n, s) for a in analyzers) + " |")
    if meta.get("queries"):
        lines += ["", "JMH runs (load before → after): " + "; ".join(
            f"{int(n):,}: {q['seconds']:.0f} s, {q['load_before'][0]} → {q['load_after'][0]}"
            for n, q in meta["queries"].items())]
    if len(chart_sizes) >= 2:
        lo, hi = chart_sizes[0], chart_sizes[-1]
        lines += ["", f"## Growth from {lo:,} to {hi:,} articles ({hi / lo:.1f}× the articles)", "",
                  "| measure | " + " | ".join(analyzers) + " |", "|---|" + "---:|" * len(analyzers)]

        def growth(a, get):
            x, y = by.get((a, lo)), by.get((a, hi))
            return f"{get(y) / get(x):.2f}×" if x and y and get(x) and get(y) else "–"

        for name, get in [("indexing time", lambda r: r["index_seconds"]),
                          ("peak heap after GC", lambda r: r["peak_heap_bytes"]),
                          ("index size", lambda r: r["index_bytes"])] + [
                (f"{SHAPE_NAMES[s]} p50", (lambda s: lambda r: r["query_us"].get(s, {}).get("p50"))(s)) for s in SHAPES]:
            lines.append(f"| {name} | " + " | ".join(growth(a, get) for a in analyzers) + " |")
    big = max(chart_sizes) if chart_sizes else None
    if big and ("fahras", big) in by and ("stock", big) in by:
        f_, s_ = by[("fahras", big)], by[("stock", big)]
        lines += ["", f"## Against the goals of issue #13 at {big:,} articles", ""]
        lines.append(f"- fahras indexed {big:,} articles in {f_['index_seconds'] / 60:.1f} min (goal for 1M: ≤ 10 min); "
                     f"stock {s_['index_seconds'] / 60:.1f} min; throughput fahras/stock "
                     f"{s_['index_seconds'] / f_['index_seconds']:.2f} (target ≥ 0.8)")
        lines.append(f"- index bytes fahras/stock {f_['index_bytes'] / s_['index_bytes']:.2f} (target ≤ 1.3)")
        small = chart_sizes[0]
        if ("fahras", small) in by and small != big:
            q0 = by[("fahras", small)]["query_us"]["question"]["p50"]
            q1 = f_["query_us"]["question"]["p50"]
            lines.append(f"- fahras question p50 {q1:,.0f} µs at {big:,} = {q1 / q0:.1f}× its {q0:,.0f} µs at "
                         f"{small:,} (goal ≤ 10×); stock {s_['query_us']['question']['p50'] / by[('stock', small)]['query_us']['question']['p50']:.1f}×")
        ok50 = [s for s in SHAPES if f_["query_us"][s]["p50"] <= s_["query_us"][s]["p50"]]
        ok99 = [s for s in SHAPES if f_["query_us"][s]["p99"] <= 1.3 * s_["query_us"][s]["p99"]]
        lines.append(f"- fahras/stock p50 ≤ 1.0 on {len(ok50)} of {len(SHAPES)} shapes"
                     + (f" ({', '.join(SHAPE_NAMES[s] for s in ok50)})" if ok50 else "")
                     + f"; p99 ≤ 1.3 on {len(ok99)} of {len(SHAPES)}"
                     + (f" ({', '.join(SHAPE_NAMES[s] for s in ok99)})" if ok99 else ""))
    if big and ("fahras", big) in by and ("lucene", big) in by:
        # the same ratios against plain Lucene by hand (no goal of issue #13 is set against it)
        f_, l_ = by[("fahras", big)], by[("lucene", big)]
        lines += ["", f"## fahras against plain Lucene by hand (lucene) at {big:,} articles", ""]
        lines.append(f"- indexing: fahras {f_['index_seconds'] / 60:.1f} min, lucene {l_['index_seconds'] / 60:.1f} min; "
                     f"throughput fahras/lucene {l_['index_seconds'] / f_['index_seconds']:.2f}")
        lines.append(f"- index bytes fahras/lucene {f_['index_bytes'] / l_['index_bytes']:.2f}; peak heap after GC "
                     f"fahras/lucene {ratio(f_['peak_heap_bytes'], l_['peak_heap_bytes'])}")
        lines.append("- query p50 fahras/lucene: " + ", ".join(
            f"{SHAPE_NAMES[s]} {ratio(f_['query_us'].get(s, {}).get('p50'), l_['query_us'].get(s, {}).get('p50'))}"
            for s in SHAPES))
        lines.append("- query p99 fahras/lucene: " + ", ".join(
            f"{SHAPE_NAMES[s]} {ratio(f_['query_us'].get(s, {}).get('p99'), l_['query_us'].get(s, {}).get('p99'))}"
            for s in SHAPES))
    lines += ["", "Charts: " + ", ".join(f"`{n}`" for n in ["scale-index-seconds.svg", "scale-peak-heap.svg",
                                                              "scale-index-bytes.svg"]
                                           + [f"scale-query-{s}.svg" for s in SHAPES]), ""]
    with open(os.path.join(results, "scale.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
