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
import org.fahras.lexicon.StemmerMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fahras stemmer-report [--data DIR] [--top N] [CORPUS...]}: how the stemmer treats a corpus's vocabulary
 * (by default ANT v2.1, then ANT v1.1), beside the stemmer of the last release (without the lexicon) and Lucene's
 * stock ArabicAnalyzer: (a) article consistency, (b) over-merging, (c) the most frequent words whose stem changed.
 */
@Command(name = "stemmer-report")
final class StemmerReportCommand implements CliCommand {
  @Option(names = "--data", paramLabel = "DIR") String data;
  @Option(names = "--top", paramLabel = "N") String top;
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
}
