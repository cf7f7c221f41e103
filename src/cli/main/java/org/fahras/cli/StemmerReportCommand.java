package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.lexicon.CorpusCounts;
import org.fahras.lexicon.MergePairs;
import org.fahras.lexicon.StemmerMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fahras stemmer-report [--data DIR] [--top N] [--merges DIR [--list-held-out]] [CORPUS...]}: how the stemmer
 * treats a corpus's vocabulary (by default ANT v2.1, then ANT v1.1), beside the stemmer of the last release (without
 * the lexicon) and Lucene's stock ArabicAnalyzer: (a) article consistency, (b) over-merging, (c) the most frequent
 * words whose stem changed. With {@code --merges DIR} it reads no corpus and prints instead the hand-checked merge
 * test set's rates ({@link MergePairs}) for fahras and stock, per half and per kind, and the tuning half's wrongly
 * merged and unmet pairs (the held-out half's too with {@code --list-held-out}).
 */
@Command(name = "stemmer-report")
final class StemmerReportCommand implements CliCommand {
  @Option(names = "--data", paramLabel = "DIR") String data;
  @Option(names = "--top", paramLabel = "N") String top;
  @Option(names = "--merges", paramLabel = "DIR") String merges;
  @Option(names = "--list-held-out") boolean listHeldOut;
  /** A corpus, as a parameter is: not in the usage. */
  @Option(names = "--corpus", paramLabel = "PATH", hidden = true) List<String> corpusOption = new ArrayList<>();
  @Parameters(paramLabel = "CORPUS", arity = "0..*") List<String> corpus = new ArrayList<>();

  private final PrintStream out;

  StemmerReportCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public int run() throws IOException {
    int top = OptionValues.whole("--top", this.top, 50, 0, Integer.MAX_VALUE);
    if (listHeldOut && merges == null) {
      throw new UsageException("--list-held-out goes with --merges DIR");
    }
    if (merges != null) {
      if (!corpus.isEmpty() || !corpusOption.isEmpty()) {
        throw new UsageException("--merges DIR reads no corpus: give either --merges or CORPUS");
      }
      return mergeReport(Path.of(merges));
    }
    List<Path> corpora = new ArrayList<>();
    for (String c : corpusOption) {
      corpora.add(Path.of(c));
    }
    for (String c : corpus) {
      corpora.add(Path.of(c));
    }
    if (corpora.isEmpty()) {
      Path d = DataFolder.dataDir(data);
      corpora = List.of(d.resolve("news/ant-v2.1.jsonl.gz"), d.resolve("news/ant-v1.1.jsonl.gz"));
    }
    try (Analyzer fahras = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
        Analyzer release = org.fahras.analysis.AnalysisChain.forName("fahras-no-lexicon").stemmed();
        Analyzer stock = new ArabicAnalyzer()) {
      Map<String, Analyzer> analyzers = new java.util.LinkedHashMap<>();
      analyzers.put("fahras", fahras);
      analyzers.put("fahras-0.1 (no lexicon)", release);
      analyzers.put("stock", stock);
      for (Path corpus : corpora) {
        List<org.fahras.ingest.Rejection> rejected = new ArrayList<>();
        Map<String, Integer> counts = CorpusCounts.count(List.of(corpus), rejected).forms();
        out.println("== " + corpus.getFileName() + ": " + counts.size() + " distinct forms"
            + (rejected.isEmpty() ? "" : "; " + rejected.size() + " unreadable records left out, the first: "
                + rejected.get(0)));
        out.println();
        out.printf(Locale.ROOT, "(a) article consistency: nouns beginning with ب ك ل و ف seen >= %d times bare and"
            + " >= %d times with ال, whose two forms get one stem%n", StemmerMetrics.CONSISTENCY_MIN,
            StemmerMetrics.CONSISTENCY_MIN);
        for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
          StemmerMetrics.Consistency c = StemmerMetrics.articleConsistency(counts, e.getValue());
          out.printf(Locale.ROOT, "    %-24s %.3f  (%d of %d)%n", e.getKey(), c.ratio(), c.consistent(), c.nouns());
          if (e.getValue() == fahras) {
            for (StemmerMetrics.Miss m : c.misses().subList(0, Math.min(20, c.misses().size()))) {
              out.println("        miss: " + m.word() + " → " + m.stem() + ", " + m.withArticle() + " → "
                  + m.articleStem());
            }
          }
        }
        out.println();
        out.printf(Locale.ROOT, "(b) over-merging: different nouns (each seen >= %d times bare and >= %d with ال)"
            + " sent to one stem%n", StemmerMetrics.MERGE_MIN, StemmerMetrics.MERGE_MIN);
        for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
          List<StemmerMetrics.Merge> merges = StemmerMetrics.overMerges(counts, e.getValue());
          long first = merges.stream().filter(m -> m.kind().equals("first letter")).count();
          out.printf(Locale.ROOT, "    %-24s %d pairs (%d by a first letter, %d by an ending)%n", e.getKey(),
              merges.size(), first, merges.size() - first);
          if (e.getValue() != stock) {
            for (StemmerMetrics.Merge m : merges.subList(0, Math.min(top, merges.size()))) {
              out.printf(Locale.ROOT, "        %s (%d) + %s (%d) → %s  [%s]%n", m.a(), m.countA(), m.b(),
                  m.countB(), m.stem(), m.kind());
            }
          }
        }
        out.println();
        out.printf(Locale.ROOT, "(c) the %d most frequent words whose stem changed since fahras 0.1:%n", top);
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
        int shown = 0;
        int changed = 0;
        long changedOccurrences = 0;
        for (String w : byCount) {
          String now = StemmerMetrics.stem(fahras, w);
          String before = StemmerMetrics.stem(release, w);
          if (now != null && !now.equals(before)) {
            changed++;
            changedOccurrences += counts.get(w);
            if (shown < top) {
              out.printf(Locale.ROOT, "    %-16s %7d  %s → %s%n", w, counts.get(w), before, now);
              shown++;
            }
          }
        }
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        out.printf(Locale.ROOT, "    in all %d forms changed, %.1f %% of the corpus's words%n", changed,
            100.0 * changedOccurrences / total);
        out.println();
      }
    }
    return 0;
  }

  /** The merge test set's report: both rates per half and per kind, fahras beside stock, then the pairs. */
  private int mergeReport(Path dir) throws IOException {
    if (!java.nio.file.Files.isRegularFile(dir.resolve(MergePairs.DIFFERENT))
        || !java.nio.file.Files.isRegularFile(dir.resolve(MergePairs.SAME))) {
      throw new UsageException("--merges: " + dir + " holds no " + MergePairs.DIFFERENT + " and "
          + MergePairs.SAME);
    }
    MergePairs.TestSet set;
    try {
      set = MergePairs.load(dir);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--merges: " + e.getMessage());
    }
    try (Analyzer fahras = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS);
        Analyzer stock = new ArabicAnalyzer()) {
      MergePairs.Result f = MergePairs.measure(set.different(), set.same(), fahras);
      MergePairs.Result s = MergePairs.measure(set.different(), set.same(), stock);
      out.println("== merge test set " + dir + ": " + set.different().size() + " pairs of different words, "
          + set.same().size() + " pairs of forms of one word");
      out.println();
      section("(d) different words merged, one stem for both (lower is better)", f.merged(), s.merged(),
          MergePairs.kinds(set.different()));
      section("(e) forms of one word met, one stem for both (higher is better)", f.met(), s.met(),
          MergePairs.kinds(set.same()));
      for (String half : listHeldOut ? List.of(MergePairs.TUNING, MergePairs.HELD_OUT) : List.of(MergePairs.TUNING)) {
        pairs("fahras merges wrongly, " + half + " half", f.merged().where(p -> p.half().equals(half)).joined());
        pairs("fahras does not meet, " + half + " half", f.met().where(p -> p.half().equals(half)).apart());
        pairs("stock merges wrongly, " + half + " half", s.merged().where(p -> p.half().equals(half)).joined());
        pairs("stock does not meet, " + half + " half", s.met().where(p -> p.half().equals(half)).apart());
      }
      if (!listHeldOut) {
        out.println("(the held-out half's pairs are not listed: they are read once, after tuning, with"
            + " --list-held-out)");
      }
    }
    return 0;
  }

  private void section(String title, MergePairs.Rate fahras, MergePairs.Rate stock, List<String> kinds) {
    out.println(title);
    out.printf(Locale.ROOT, "    %-26s %-20s %-20s%n", "", "fahras", "stock");
    row("all", fahras, stock);
    for (String half : List.of(MergePairs.TUNING, MergePairs.HELD_OUT)) {
      java.util.function.Predicate<MergePairs.Pair> inHalf = p -> p.half().equals(half);
      row(half, fahras.where(inHalf), stock.where(inHalf));
      for (String kind : kinds) {
        java.util.function.Predicate<MergePairs.Pair> in = p -> p.half().equals(half) && p.kind().equals(kind);
        if (fahras.where(in).pairs() > 0) {
          row("  " + kind, fahras.where(in), stock.where(in));
        }
      }
    }
    out.println();
  }

  private void row(String label, MergePairs.Rate fahras, MergePairs.Rate stock) {
    out.printf(Locale.ROOT, "    %-26s %-20s %-20s%n", label, cell(fahras), cell(stock));
  }

  private static String cell(MergePairs.Rate r) {
    return String.format(Locale.ROOT, "%.3f (%d/%d)", r.share(), r.joined().size(), r.pairs());
  }

  private void pairs(String title, List<MergePairs.Stemmed> pairs) {
    out.println(title + ": " + pairs.size());
    for (MergePairs.Stemmed p : pairs) {
      out.printf(Locale.ROOT, "    %s → %s, %s → %s  [%s] %s%n", p.pair().a(), p.stemA(), p.pair().b(), p.stemB(),
          p.pair().kind(), p.pair().gloss());
    }
    out.println();
  }
}
