package org.fahras.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriterConfig;
import org.fahras.document.Article;

/**
 * The growth benchmark's door to {@link HandWrittenLucene}, the main JMH suite's plain Lucene baseline
 * (benchmarks/src/main/java/org/fahras/bench/HandWrittenLucene.java). That class is package-private and is not
 * copied: the scale module compiles the very same source file (its pom adds benchmarks/src/main/java as a second
 * source root, restricted to HandWrittenLucene.java), and this class, in the same package, makes what the scale
 * benchmark needs public: the index config and document for {@code org.fahras.scale.LuceneIndex}, and the four
 * search calls for {@code org.fahras.scale.ScaleQueryBenchmark}. It adds no work of its own.
 */
public final class HandWrittenLuceneAccess implements Closeable {
  private final HandWrittenLucene lucene;

  /** Opens a hand-written index for searching (reader, searcher, facet state, highlighter). */
  public HandWrittenLuceneAccess(Path index) throws IOException {
    lucene = new HandWrittenLucene(index);
  }

  /** {@link HandWrittenLucene#VERSION}: changes whenever its documents change. */
  public static String version() {
    return HandWrittenLucene.VERSION;
  }

  /** The IndexWriter configuration: Lucene's ArabicAnalyzer, every other setting Lucene's default. */
  public static IndexWriterConfig config() {
    return HandWrittenLucene.config();
  }

  /** The Lucene document of one article, facet fields built. */
  public static Document document(Article a) throws IOException {
    return HandWrittenLucene.document(a);
  }

  /** Any of the words in the title or the body: the top 10 with their stored fields. */
  public Object anyWords(String text) throws IOException {
    return lucene.anyWords(text);
  }

  /** The words as a phrase in the title or the body. */
  public Object phrase(String text) throws IOException {
    return lucene.phrase(text);
  }

  /** Any of the words, only in articles of {@code source}, with the top 20 values of each facet. */
  public Object filteredFaceted(String text, String source) throws IOException {
    return lucene.filteredFaceted(text, source);
  }

  /** Any of the words, each hit with a highlighted passage of its body. */
  public Object highlighted(String text) throws IOException {
    return lucene.highlighted(text);
  }

  /** The total hit count of a result of the calls above (for checks, not timed). */
  public static long totalHits(Object result) {
    return ((HandWrittenLucene.Result) result).total();
  }

  /** The number of hits shown and how many of them carry a snippet and a title (for checks, not timed). */
  public static String describe(Object result) {
    HandWrittenLucene.Result r = (HandWrittenLucene.Result) result;
    long snippets = r.hits().stream().filter(h -> h.snippet() != null).count();
    long titles = r.hits().stream().filter(h -> h.title() != null).count();
    return "total " + r.total() + ", shown " + r.hits().size() + ", with title " + titles + ", with snippet " + snippets
        + (r.facets() == null ? "" : ", facets " + r.facets().size());
  }

  @Override
  public void close() throws IOException {
    lucene.close();
  }
}
