package org.fahras.index;

import org.fahras.schema.Schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.fahras.analysis.AnalysisChain;
import org.fahras.document.Kind;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One tokenization for both representations indexes exactly the terms two separate analyses give. */
class SharedTokenizationTest {
  @TempDir Path dir;

  @Test
  void sameTermsAndFrequenciesAsSeparateAnalyses() throws IOException {
    Path fixtures = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures");
    AnalysisChain chain = AnalysisChain.forName("fahras");
    Map<String, Long> stemmed = new TreeMap<>();
    Map<String, Long> exact = new TreeMap<>();
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      ArticleReader.read(List.of(fixtures.resolve("articles/news.jsonl"), fixtures.resolve("articles/documentaries.jsonl.gz"),
          fixtures.resolve("articles/documentaries")), Kind.NEWS, new ArticleReader.Handler() {
        @Override
        public void article(org.fahras.document.Article a, String file, long line) throws IOException {
          index.add(a);
          for (String text : new String[] {a.title(), a.body()}) {
            if (text != null) {
              count(chain.stemmed(), text, stemmed);
              count(chain.exact(), text, exact);
            }
          }
        }

        @Override
        public void rejected(Rejection r) {
          throw new AssertionError(r.toString());
        }
      });
      index.commit();
    }
    try (var d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      Map<String, Long> indexedStemmed = new TreeMap<>();
      Map<String, Long> indexedExact = new TreeMap<>();
      collect(MultiTerms.getTerms(reader, Schema.TITLE), indexedStemmed);
      collect(MultiTerms.getTerms(reader, Schema.BODY), indexedStemmed);
      collect(MultiTerms.getTerms(reader, Schema.TITLE_EXACT), indexedExact);
      collect(MultiTerms.getTerms(reader, Schema.BODY_EXACT), indexedExact);
      assertFalse(stemmed.isEmpty());
      assertEquals(stemmed, indexedStemmed);
      assertEquals(exact, indexedExact);
    }
  }

  static void count(Analyzer a, String text, Map<String, Long> counts) throws IOException {
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(t.toString(), 1L, Long::sum);
      }
      ts.end();
    }
  }

  static void collect(Terms terms, Map<String, Long> counts) throws IOException {
    TermsEnum te = terms.iterator();
    for (BytesRef b = te.next(); b != null; b = te.next()) {
      counts.merge(b.utf8ToString(), te.totalTermFreq(), Long::sum);
    }
  }
}
