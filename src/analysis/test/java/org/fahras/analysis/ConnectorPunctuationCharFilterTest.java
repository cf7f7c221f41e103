package org.fahras.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.util.BytesRef;

/**
 * Connector punctuation read as spaces: hashtags and snake_case split into their words in every fahras chain, with
 * offsets on the original text; the char filter alone on random text; its factory by SPI name.
 */
public class ConnectorPunctuationCharFilterTest extends BaseTokenStreamTestCase {

  /** Unicode's general category Pc, as listed in the class comment. */
  private static final char[] PC = {
      '\u005F', '\u203F', '\u2040', '\u2054', '\uFE33', '\uFE34', '\uFE4D', '\uFE4E', '\uFE4F', '\uFF3F'};

  /** The char filter before {@code tokenizer}, and nothing after it. */
  private static Analyzer withFilter(Supplier<Tokenizer> tokenizer) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new ConnectorPunctuationCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(tokenizer.get());
      }
    };
  }

  private static Analyzer standardWithFilter() {
    return withFilter(StandardTokenizer::new);
  }

  private static Analyzer whitespaceWithFilter() {
    // MockTokenizer checks that the offsets it is given are consistent and within the text
    return withFilter(() -> new MockTokenizer(MockTokenizer.WHITESPACE, false));
  }

  public void testHashtagSplitsInEveryChain() throws IOException {
    String hashtag = "#دونالد_ترمب";
    for (Analyzer a : new Analyzer[] {new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS),
        new FahrasAnalyzer(FahrasAnalyzer.Stemmer.NONE), new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS, true)}) {
      try (a) {
        assertAnalyzesTo(a, hashtag, new String[] {"دونالد", "ترمب"}, new int[] {1, 8}, new int[] {7, 12},
            new int[] {1, 1});
      }
    }
  }

  public void testSnakeCaseAndFullwidthLowLine() throws IOException {
    try (Analyzer a = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.NONE)) {
      assertAnalyzesTo(a, "snake_case", new String[] {"snake", "case"}, new int[] {0, 6}, new int[] {5, 10},
          new int[] {1, 1});
      // ＿ U+FF3F, the fullwidth low line
      assertAnalyzesTo(a, "ترمب＿دونالد", new String[] {"ترمب", "دونالد"}, new int[] {0, 5}, new int[] {4, 11},
          new int[] {1, 1});
      // a run of connectors, and connectors at the edges, leave no empty term
      assertAnalyzesTo(a, "__a__‿b__", new String[] {"a", "b"}, new int[] {2, 6}, new int[] {3, 7},
          new int[] {1, 1});
    }
  }

  public void testArabicAndLatinMixedWithStemmingAndHighlightStacking() throws IOException {
    String text = "زار #الرئيس_الأمريكي Trump_visit وبالكتاب‿الجديد";
    try (Analyzer a = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS)) {
      assertAnalyzesTo(a, text, new String[] {"زار", "رءيس", "امريكي", "trump", "visit", "كتاب", "جديد"},
          new int[] {0, 5, 12, 21, 27, 33, 42}, new int[] {3, 11, 20, 26, 32, 41, 48},
          new int[] {1, 1, 1, 1, 1, 1, 1});
    }
    try (Analyzer a = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS, true)) {
      // the highlighter's analyzer: each word unstemmed, and stemmed at the same position where that differs
      assertAnalyzesTo(a, text,
          new String[] {"زار", "الرءيس", "رءيس", "الامريكي", "امريكي", "trump", "visit", "وبالكتاب", "كتاب",
              "الجديد", "جديد"},
          new int[] {0, 5, 5, 12, 12, 21, 27, 33, 33, 42, 42},
          new int[] {3, 11, 11, 20, 20, 26, 32, 41, 41, 48, 48},
          new int[] {1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0});
    }
  }

  public void testEveryConnectorSplitsAndNothingElseDoes() throws IOException {
    try (Analyzer a = standardWithFilter()) {
      for (char c : PC) {
        assertAnalyzesTo(a, "ab" + c + "cd", new String[] {"ab", "cd"}, new int[] {0, 3}, new int[] {2, 5});
      }
    }
    // the list is exactly general category Pc, in which no supplementary character is
    int count = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean pc = Character.getType(cp) == Character.CONNECTOR_PUNCTUATION;
      if (cp <= Character.MAX_VALUE) {
        assertEquals("U+" + Integer.toHexString(cp), pc, ConnectorPunctuationCharFilter.isConnector((char) cp));
      } else {
        assertFalse("U+" + Integer.toHexString(cp), pc);
      }
      count += pc ? 1 : 0;
    }
    assertEquals(PC.length, count);
  }

  public void testPrefixTermsKeepTheirConnector() {
    // prefix and wildcard terms are single terms: normalization does not split them
    try (Analyzer a = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS)) {
      assertEquals(new BytesRef("دونالد_ترمب"), a.normalize("body", "دونالد_ترمب"));
    }
  }

  public void testReadsInPieces() throws IOException {
    // any read size, at any offset in the caller's buffer, replaces exactly the connectors read
    String text = "a_b\u203Fc ترمب＿دونالد _";
    for (int size = 1; size <= text.length() + 1; size++) {
      StringBuilder out = new StringBuilder();
      try (Reader r = new ConnectorPunctuationCharFilter(new StringReader(text))) {
        char[] buf = new char[size + 3];
        int n;
        while ((n = r.read(buf, 3, size)) != -1) {
          out.append(buf, 3, n);
        }
      }
      assertEquals("a b c ترمب دونالد  ", out.toString());
    }
    try (ConnectorPunctuationCharFilter r = new ConnectorPunctuationCharFilter(new StringReader("_x"))) {
      assertEquals(' ', r.read());
      assertEquals('x', r.read());
      assertEquals(-1, r.read());
      assertEquals(7, r.correctOffset(7));
    }
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = standardWithFilter()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = whitespaceWithFilter()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    // random words of Arabic and Latin letters joined by connectors, through the whole chain
    try (Analyzer a = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.FAHRAS)) {
      for (int i = 0; i < 300; i++) {
        StringBuilder sb = new StringBuilder();
        int n = random().nextInt(40);
        for (int j = 0; j < n; j++) {
          int pick = random().nextInt(8);
          sb.append(switch (pick) {
            case 0 -> PC[random().nextInt(PC.length)];
            case 1 -> ' ';
            case 2 -> (char) ('a' + random().nextInt(26));
            case 3 -> '#';
            default -> (char) (0x0621 + random().nextInt(0x064A - 0x0621));
          });
        }
        checkAnalysisConsistency(random(), a, random().nextBoolean(), sb.toString());
      }
    }
  }

  public void testFactoryBySpiName() throws IOException {
    CharFilterFactory f = CharFilterFactory.forName(ConnectorPunctuationCharFilterFactory.NAME, new HashMap<>());
    assertTrue(f instanceof ConnectorPunctuationCharFilterFactory);
    assertEquals(ConnectorPunctuationCharFilterFactory.NAME,
        CharFilterFactory.findSPIName(ConnectorPunctuationCharFilterFactory.class));
    try (Reader r = f.create(new StringReader("#a_b"))) {
      char[] buf = new char[8];
      assertEquals(4, r.read(buf, 0, 8));
      assertEquals("#a b", new String(buf, 0, 4));
    }
    Map<String, String> args = new HashMap<>(Map.of("bogus", "1"));
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> CharFilterFactory.forName(ConnectorPunctuationCharFilterFactory.NAME, args));
    assertTrue(e.getMessage(), e.getMessage().contains("bogus"));
  }
}
