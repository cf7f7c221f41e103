package org.fahras.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.AnalysisChain;
import org.fahras.document.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Article bodies through the searched (stemmed) analyzer, fahras beside stock: time per pass over a fixed set of
 * bodies, whose UTF-8 size the setup writes to {@code results/analysis-bytes.txt} so the report can give MB/s.
 * Stock is Lucene's ArabicAnalyzer itself, so it is also the hand-written {@code lucene} baseline here (no third
 * row); {@code stock2} is stock measured a second time, the A/A row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AnalysisBenchmark {
  /** Bodies analyzed per operation. */
  static final int BODIES = 1000;

  @Param({"fahras", "stock", "stock2"})
  public String analyzer;

  Analyzer a;
  List<String> bodies;

  @Setup
  public void setup() throws IOException {
    // "NAME:exact" (given with -p) measures a chain's exact representation, to see what its stemmer costs
    a = analyzer.endsWith(":exact")
        ? AnalysisChain.forName(analyzer.substring(0, analyzer.length() - 6)).exact()
        : AnalysisChain.forName(BenchData.measured(analyzer)).stemmed();
    List<String> b = new ArrayList<>();
    long bytes = 0;
    for (Article art : BenchData.articles()) {
      if (art.body() != null && b.size() < BODIES) {
        b.add(art.body());
        bytes += art.body().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    bodies = List.copyOf(b);
    Path out = Path.of(System.getProperty("fahras.bench.results", "results"), "analysis-bytes.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Long.toString(bytes));
  }

  @Benchmark
  public long analyzeBodies() throws IOException {
    long terms = 0;
    for (String body : bodies) {
      try (TokenStream ts = a.tokenStream("body", body)) {
        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          terms += t.length();
        }
        ts.end();
      }
    }
    return terms;
  }
}
