package org.fahras.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.tests.util.LuceneTestCase;

/** The lexicon's tanween flag: how a build judges it, and that it survives the text form. */
public class ArabicLexiconTest extends LuceneTestCase {

  private static boolean tanween(ArabicLexicon lexicon, String form) {
    char[] c = form.toCharArray();
    return lexicon.isTanween(c, 0, c.length);
  }

  public void testTanweenFlaggedOnlyWithTheMarkOftenEnoughAndAWordBeforeIt() throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> marked = new HashMap<>();
    counts.put("عاما", 100); // one in ten written عاماً: the accusative of عام
    marked.put("عاما", 10);
    counts.put("عام", 500);
    counts.put("سوريا", 1000); // a name in ا, written with the mark by mistake now and then
    marked.put("سوريا", 2);
    counts.put("سوري", 300);
    counts.put("كيلومترا", 40); // marked often enough, but كيلومتر never seen: no word before the ا
    marked.put("كيلومترا", 10);
    counts.put("غربا", 10); // marked once only
    marked.put("غربا", 1);
    counts.put("غرب", 100);
    counts.put("جدا", 100); // a base of two letters, which the stemmer leaves whole anyway
    marked.put("جدا", 50);
    counts.put("جد", 100);
    String text = LexiconBuilder.build(counts, marked);
    assertTrue(text, text.contains("257\tعاما\n"));
    ArabicLexicon read = ArabicLexicon.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    assertTrue(tanween(read, "عاما"));
    assertFalse(tanween(read, "سوريا"));
    assertFalse(tanween(read, "كيلومترا"));
    assertFalse(tanween(read, "غربا"));
    assertFalse(tanween(read, "جدا"));
    assertFalse(tanween(read, "عام"));
    // the other flags are those of a build without marks
    String without = LexiconBuilder.build(counts, Map.of());
    assertEquals(without, text.replace("257\tعاما", "1\tعاما"));
  }

  public void testBuiltInStemmerStripsATanweenAlefOfTheLexiconOnly() {
    ArabicLightStemmer stemmer = ArabicLightStemmer.builtIn();
    for (String[] pair : new String[][] {{"عاما", "عام"}, {"ايضا", "ايض"}, {"وعاما", "عام"}, {"سوريا", "سوريا"},
        {"امريكا", "امريكا"}}) {
      char[] c = pair[0].toCharArray();
      assertEquals(pair[0], pair[1], new String(c, 0, stemmer.stem(c, c.length)));
    }
  }
}
