package org.fahras.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.ArabicNormalizationFilter;
import org.fahras.analysis.ConnectorPunctuationCharFilter;
import org.fahras.document.Article;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * Occurrences of each normalized form (fahras's char filter, tokenizer and normalization, no stopwords removed) in
 * corpora.
 */
final class CorpusCounts {
  private CorpusCounts() {}

  /** The corpora the lexicon is built from, under the shared data folder {@code data}. */
  static List<Path> defaultCorpora(Path data) {
    List<Path> paths = new ArrayList<>();
    paths.add(data.resolve("news/ant-v1.1.jsonl.gz"));
    paths.add(data.resolve("news/ant-v2.1.jsonl.gz"));
    for (String set : new String[] {"arcd", "xquad-ar", "headlines-jawhara"}) {
      paths.add(data.resolve("eval").resolve(set).resolve("corpus.jsonl.gz"));
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException(p + ": no such file (give --data DIR, the shared data folder)");
      }
    }
    return paths;
  }

  /** The shared data folder: {@code --data}, else ../shared/data beside the fahras checkout. */
  static Path dataDir(String option) {
    if (option != null) {
      return Path.of(option);
    }
    String home = System.getProperty("fahras.home", ".");
    return Path.of(home).toAbsolutePath().resolve("../shared/data").normalize();
  }

  /**
   * Counts the forms of every title, summary and body in {@code paths}. Records the reader rejects (ANT v1.1 has
   * dates without an offset) are left out and go to {@code rejected}.
   */
  static Map<String, Integer> count(List<Path> paths, List<Rejection> rejected) throws IOException {
    Map<String, Integer> counts = new HashMap<>(1 << 20);
    try (Analyzer analyzer = new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new ConnectorPunctuationCharFilter(reader); // as FahrasAnalyzer: hashtags give their words
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(new DecimalDigitFilter(new ArabicNormalizationFilter(source)));
        return new TokenStreamComponents(source, ts);
      }
    }) {
      ArticleReader.read(paths, new ArticleReader.Handler() {
        @Override
        public void article(Article a, String file, long line) throws IOException {
          for (String text : new String[] {a.title(), a.summary(), a.body()}) {
            if (text != null) {
              add(analyzer, text, counts);
            }
          }
        }

        @Override
        public void rejected(Rejection r) {
          rejected.add(r);
        }
      });
    }
    return counts;
  }

  private static void add(Analyzer analyzer, String text, Map<String, Integer> counts) {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 0) {
          counts.merge(term.toString(), 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
