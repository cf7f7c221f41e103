package org.fahras.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10,000 ANT articles into a new on-disk index and a commit: fahras beside stock (the library with Lucene's
 * ArabicAnalyzer), lucene (a plain {@code IndexWriter} with ArabicAnalyzer and the documents of
 * {@link HandWrittenLucene}) and lucene2 (the same again: the A/A row). The index's bytes per article after the
 * commit go to {@code results/index-bytes-ANALYZER.txt} for the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class IndexingBenchmark {
  /** Articles per operation. */
  static final int ARTICLES = 10_000;

  @Param({"fahras", "lucene", "stock", "lucene2"})
  public String analyzer;

  List<Article> articles;
  Path dir;

  @Setup(Level.Trial)
  public void load() throws IOException {
    List<Article> all = BenchData.articles();
    articles = all.subList(0, Math.min(ARTICLES, all.size()));
  }

  @Setup(Level.Iteration)
  public void freshFolder() throws IOException {
    dir = Files.createTempDirectory(Files.createDirectories(BenchData.WORK), "indexing-" + analyzer);
  }

  @Benchmark
  public int index10k() throws IOException {
    if (BenchData.measured(analyzer).equals("lucene")) {
      try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), HandWrittenLucene.config())) {
        for (Article a : articles) {
          w.addDocument(HandWrittenLucene.document(a));
        }
        w.commit();
      }
      return articles.size();
    }
    try (ArticleIndex index = ArticleIndex.openOrCreate(dir, BenchData.measured(analyzer))) {
      for (Article a : articles) {
        index.add(a);
      }
      index.commit();
    }
    return articles.size();
  }

  @TearDown(Level.Iteration)
  public void measureAndDelete() throws IOException {
    long bytes;
    try (Stream<Path> files = Files.walk(dir)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    Path out = Path.of(System.getProperty("fahras.bench.results", "results"), "index-bytes-" + analyzer + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, String.format(java.util.Locale.ROOT, "%.1f", (double) bytes / articles.size()));
    // fewer than 10,000 when the run caps the articles read (the smoke pass): the report's docs/s needs the count
    Files.writeString(out.resolveSibling("indexing-articles.txt"), Integer.toString(articles.size()));
    BenchData.deleteTree(dir);
  }
}
