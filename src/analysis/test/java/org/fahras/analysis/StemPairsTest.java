package org.fahras.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The hand-checked pairs of {@code stem-pairs.txt}: forms of one word that must meet, different words that must
 * not. The stemmer of fahras 0.1 (no lexicon) fails many of them, which shows the list tests what the lexicon adds.
 */
public class StemPairsTest extends LuceneTestCase {
  record Pair(boolean same, boolean known, String a, String b, int line) {}

  static List<Pair> pairs() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in = StemPairsTest.class.getResourceAsStream("stem-pairs.txt")) {
      assertNotNull("stem-pairs.txt missing", in);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.strip().split("\\s+");
        assertTrue("stem-pairs.txt:" + n + ": expected '= A B', '≠ A B', '=? A B' or '≠? A B'",
            f.length == 3 && f[0].matches("[=≠]\\??"));
        pairs.add(new Pair(f[0].startsWith("="), f[0].endsWith("?"), f[1], f[2], n));
      }
    }
    return pairs;
  }

  /** The stem of {@code word} as written: normalized, its final ى or ة known as the chain's flags know them. */
  static String stem(ArabicLightStemmer stemmer, String word) {
    boolean alefMaksura = ArabicNormalizer.endsWithAlefMaksura(word.toCharArray(), word.length());
    boolean tehMarbuta = ArabicNormalizer.endsWithTehMarbuta(word.toCharArray(), word.length());
    char[] c = ArabicNormalizer.normalize(word).toCharArray();
    return new String(c, 0, stemmer.stem(c, c.length, alefMaksura, tehMarbuta));
  }

  /** Pairs that do not hold; {@code known}: among those marked as known failures, else among the others. */
  static List<String> failures(ArabicLightStemmer stemmer, boolean known) throws IOException {
    List<String> failed = new ArrayList<>();
    for (Pair p : pairs()) {
      if (p.known() != known) {
        continue;
      }
      String sa = stem(stemmer, p.a());
      String sb = stem(stemmer, p.b());
      if (sa.equals(sb) != p.same()) {
        failed.add("line " + p.line() + ": " + p.a() + " → " + sa + (p.same() ? " should meet " : " should not meet ")
            + p.b() + " → " + sb);
      }
    }
    return failed;
  }

  public void testEveryPairHolds() throws IOException {
    List<Pair> pairs = pairs();
    assertTrue("at least 300 pairs, got " + pairs.size(), pairs.size() >= 300);
    assertTrue("both kinds", pairs.stream().filter(p -> !p.same()).count() >= 50);
    ArabicLightStemmer stemmer =
        new ArabicLightStemmer(true, WordLists.protectedWords(), ArabicLexicon.builtIn());
    List<String> failed = failures(stemmer, false);
    assertTrue(failed.size() + " of " + pairs.size() + " pairs fail:\n" + String.join("\n", failed),
        failed.isEmpty());
    long known = pairs.stream().filter(Pair::known).count();
    assertEquals("a known failure now holds: mark it '=' or '≠' in stem-pairs.txt", known,
        failures(stemmer, true).size());
  }

  public void testTheStemmerWithoutLexiconFailsMany() throws IOException {
    List<String> failed = failures(new ArabicLightStemmer(true, WordLists.protectedWords()), false);
    assertTrue("only " + failed.size() + " failures without the lexicon", failed.size() >= 100);
  }

  /** The stems computed once for the lexicon's forms are those the rules give (every form). */
  public void testPrecomputedStemsAreTheRules() {
    ArabicLexicon lexicon = ArabicLexicon.builtIn();
    ArabicLightStemmer rules = new ArabicLightStemmer(true, WordLists.protectedWords(), lexicon);
    char[] form = new char[lexicon.maxLength()];
    char[] a = new char[form.length];
    char[] b = new char[form.length];
    int differ = 0;
    for (int e = 0; e < lexicon.size(); e++) {
      int len = lexicon.form(e, form);
      System.arraycopy(form, 0, a, 0, len);
      System.arraycopy(form, 0, b, 0, len);
      int na = ArabicLightStemmer.builtIn().stem(a, len);
      int nb = rules.stem(b, len);
      if (!java.util.Arrays.equals(a, 0, na, b, 0, nb)) {
        differ++;
      }
    }
    assertEquals("forms whose precomputed stem is not the rules' stem", 0, differ);
  }
}
