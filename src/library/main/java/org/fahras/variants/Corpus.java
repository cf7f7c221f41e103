package org.fahras.variants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.FahrasAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.fahras.document.Article;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;
import org.fahras.schema.Schema;
import org.fahras.schema.StoredArticle;

/**
 * The corpus intake of {@link VariantDiscovery}: articles read from files, from a fahras index or built in code,
 * kept as sequences of word ids (title, a break, body), with the vocabulary, each word's count, and each article's
 * source and month. Words are in the exact representation of the fahras chain (normalized, unstemmed), but على
 * kept. Not thread-safe.
 */
final class Corpus {
  /**
   * The exact representation's words, but على kept (written with ى it is a stopword from chain version 4 on): the
   * thresholds were set on contexts that hold it, and dropping the commonest context word moved 14 pairs across them,
   * true pairs of the test set among them.
   */
  private final Analyzer analyzer = FahrasAnalyzer.builder().stemmer(FahrasAnalyzer.Stemmer.NONE)
      .stopwords(FahrasAnalyzer.Stopwords.KEEP_ALA).build();
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private int[] counts = new int[1 << 16];
  private long tokens;
  /** Each article's word ids; -1 separates title and body (no context across them). */
  private final List<int[]> docs = new ArrayList<>();
  private final List<Integer> docSource = new ArrayList<>();
  private final List<Integer> docMonth = new ArrayList<>();
  private final Map<String, Integer> sources = new LinkedHashMap<>();
  private final Map<Integer, Integer> months = new HashMap<>();
  private long rejected;

  /** Adds the articles of {@code paths}; unreadable records are counted in {@link #rejected()}. */
  void addCorpus(List<Path> paths) throws IOException {
    ArticleReader.read(paths, new ArticleReader.Handler() {
      @Override
      public void article(Article article, String file, long line) {
        add(article);
      }

      @Override
      public void rejected(Rejection rejection) {
        rejected++;
      }
    });
  }

  /** Adds the articles stored in the fahras index at {@code dir} (title, body, source, date), read-only. */
  void addIndex(Path dir) throws IOException {
    Set<String> fields = Set.of(Schema.TITLE, Schema.BODY, Schema.SOURCE, Schema.PUBLISHED);
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int i = 0; i < r.maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document d = stored.document(i, fields);
          add(d.get(Schema.TITLE), d.get(Schema.BODY), d.get(Schema.SOURCE), StoredArticle.published(d));
        }
      }
    }
  }

  /** Adds one article. */
  void add(Article a) {
    add(a.title(), a.body(), a.source(), a.published());
  }

  private void add(String title, String body, String source, OffsetDateTime published) {
    List<Integer> seq = new ArrayList<>();
    if (title != null) {
      tokenize(title, seq);
      seq.add(-1); // no context across title and body
    }
    if (body != null) {
      tokenize(body, seq);
    }
    int[] ids = new int[seq.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = seq.get(i);
    }
    docs.add(ids);
    docSource.add(sources.computeIfAbsent(source == null ? "" : source.toLowerCase(Locale.ROOT), k -> sources.size()));
    docMonth.add(published == null ? -1
        : months.computeIfAbsent(published.getYear() * 12 + published.getMonthValue() - 1, k -> months.size()));
  }

  private void tokenize(String text, List<Integer> seq) {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String w = term.toString();
        Integer id = ids.get(w);
        if (id == null) {
          id = words.size();
          ids.put(w, id);
          words.add(w);
          if (id == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        counts[id]++;
        tokens++;
        seq.add(id);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String cannot fail
    }
  }

  /** Articles added so far. */
  int articles() {
    return docs.size();
  }

  /** Records of a corpus that could not be read. */
  long rejected() {
    return rejected;
  }

  /** Distinct words seen; ids run from 0 to this, exclusive. */
  int words() {
    return words.size();
  }

  /** The word of {@code id}. */
  String word(int id) {
    return words.get(id);
  }

  /** The id of {@code w}, or null when it was not seen. */
  Integer id(String w) {
    return ids.get(w);
  }

  /** Occurrences of word {@code id}. */
  int count(int id) {
    return counts[id];
  }

  /** Occurrences of {@code w} (exact representation) in the articles added so far. */
  int count(String w) {
    Integer id = ids.get(w);
    return id == null ? 0 : counts[id];
  }

  /** Occurrences of all words. */
  long tokens() {
    return tokens;
  }

  /** The word ids of article {@code d}, -1 between title and body. */
  int[] doc(int d) {
    return docs.get(d);
  }

  /** The source (its index among {@link #sources()}) of article {@code d}. */
  int source(int d) {
    return docSource.get(d);
  }

  /** The month (its index among {@link #months()}) of article {@code d}, -1 when it has no date. */
  int month(int d) {
    return docMonth.get(d);
  }

  /** Distinct sources. */
  int sources() {
    return sources.size();
  }

  /** Distinct months. */
  int months() {
    return months.size();
  }
}
