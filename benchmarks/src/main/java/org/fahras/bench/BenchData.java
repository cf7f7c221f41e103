package org.fahras.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.fahras.document.Article;
import org.fahras.eval.Topics;
import org.fahras.index.ArticleIndex;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * The benchmark data: ANT v2.1 news and the arcd topics from {@code ../shared/data} (or {@code FAHRAS_DATA}),
 * read once per JVM; indexes built once per analyzer and reused by every trial of a run.
 */
final class BenchData {
  static final Path DATA = Path.of(System.getProperty("fahras.data",
      System.getenv().getOrDefault("FAHRAS_DATA", "../shared/data")));
  static final Path ANT = DATA.resolve("news/ant-v2.1.jsonl.gz");
  static final Path ARCD_TOPICS = DATA.resolve("eval/arcd/topics.tsv");
  /** Cap on articles read (0: all); the CI smoke pass uses a small one. */
  static final int LIMIT = Integer.getInteger("fahras.bench.docs", 0);
  static final Path WORK = Path.of(System.getProperty("fahras.bench.work", "target/bench-work"));

  private static List<Article> articles;

  private BenchData() {}

  static void requireData() {
    if (!Files.exists(ANT) || !Files.exists(ARCD_TOPICS)) {
      throw new IllegalStateException("benchmark data missing: " + ANT + " and " + ARCD_TOPICS
          + " (set FAHRAS_DATA to the shared/data folder)");
    }
  }

  static synchronized List<Article> articles() throws IOException {
    if (articles == null) {
      requireData();
      List<Article> out = new ArrayList<>();
      ArticleReader.read(List.of(ANT), new ArticleReader.Handler() {
        @Override
        public void article(Article a, String file, long line) {
          if (LIMIT == 0 || out.size() < LIMIT) {
            out.add(a);
          }
        }

        @Override
        public void rejected(Rejection r) {
          throw new IllegalStateException(r.toString());
        }
      });
      articles = List.copyOf(out);
    }
    return articles;
  }

  /**
   * The library's schema version as the library jar has it: read at run time, since {@code Schema.VERSION} is a
   * constant the compiler would copy into this class, and an incremental build of the suite that did not recompile
   * it would then name a cached index of another schema as current (it happened: the index refused to open).
   */
  static String schemaVersion() {
    try {
      return (String) org.fahras.schema.Schema.class.getField("VERSION").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read Schema.VERSION", e);
    }
  }

  /** The index of every article for {@code analyzer}, built on first use and kept under {@link #WORK}. */
  static synchronized Path index(String analyzer) throws IOException {
    Path dir = WORK.resolve("index-" + analyzer + "-" + articles().size());
    // reused only if built by this chain version: a cached index of an older chain would not open
    String built = analyzer + " " + org.fahras.analysis.AnalysisChain.forName(analyzer).version() + " schema "
        + schemaVersion();
    Path complete = dir.resolve(".complete");
    if (Files.exists(complete) && Files.readString(complete).equals(built)) {
      return dir;
    }
    deleteTree(dir);
    try (ArticleIndex index = ArticleIndex.create(dir, analyzer)) {
      for (Article a : articles()) {
        index.add(a);
      }
      index.commit();
    }
    Files.writeString(complete, built);
    return dir;
  }

  /**
   * The analyzer an A/A copy measures: {@code lucene2} is {@code lucene} and {@code stock2} is {@code stock} under a
   * second name, so that one run measures the same thing twice and the report can show how far apart they land.
   */
  static String measured(String analyzer) {
    return analyzer.endsWith("2") ? analyzer.substring(0, analyzer.length() - 1) : analyzer;
  }

  /** The hand-written plain Lucene index of every article ({@link HandWrittenLucene}), built on first use. */
  static synchronized Path luceneIndex() throws IOException {
    Path dir = WORK.resolve("index-lucene-" + articles().size());
    String built = "hand-written " + HandWrittenLucene.VERSION + " lucene " + org.apache.lucene.util.Version.LATEST;
    Path complete = dir.resolve(".complete");
    if (Files.exists(complete) && Files.readString(complete).equals(built)) {
      return dir;
    }
    deleteTree(dir);
    try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(
        org.apache.lucene.store.FSDirectory.open(dir), HandWrittenLucene.config())) {
      for (Article a : articles()) {
        w.addDocument(HandWrittenLucene.document(a));
      }
      w.commit();
    }
    Files.writeString(complete, built);
    return dir;
  }

  static List<String> questions() throws IOException {
    requireData();
    return List.copyOf(Topics.read(ARCD_TOPICS).values());
  }

  /** Two- or three-word queries: consecutive words of ANT titles, drawn with a fixed seed. */
  static List<String> shortQueries(int words, int n) throws IOException {
    Random r = new Random(42 + words);
    List<String> out = new ArrayList<>();
    List<Article> all = articles();
    while (out.size() < n) {
      String title = all.get(r.nextInt(all.size())).title();
      if (title == null) {
        continue;
      }
      String[] w = title.split("\\s+");
      if (w.length < words) {
        continue;
      }
      int s = r.nextInt(w.length - words + 1);
      out.add(String.join(" ", java.util.Arrays.copyOfRange(w, s, s + words)));
    }
    return out;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

}
