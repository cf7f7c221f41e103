package org.fahras.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;

/** {@link PackedWordSet} answers as the {@link CharArraySet} it was built from. */
public class PackedWordSetTest extends LuceneTestCase {

  private static boolean has(PackedWordSet s, String w) {
    return s.contains(w.toCharArray(), w.length());
  }

  public void testPackedAndUnpackedWordsAndTheBoundary() {
    CharArraySet words = new CharArraySet(List.of("في", "من", "ابجدهوزحطي", "ابجدهوزحطيك", "the", "ﻻ"), false);
    PackedWordSet s = PackedWordSet.of(words);
    assertTrue(has(s, "في"));
    assertTrue(has(s, "من"));
    assertFalse(has(s, "مني"));
    assertFalse(has(s, "م"));
    assertFalse(has(s, ""));
    assertTrue(has(s, "ابجدهوزحطي")); // 10 letters: packed
    assertTrue(has(s, "ابجدهوزحطيك")); // 11: in the set given
    assertFalse(has(s, "ابجدهوزحط"));
    assertTrue(has(s, "the")); // not Arabic: in the set given
    assertFalse(has(s, "thee"));
    assertTrue(has(s, "ﻻ")); // a presentation form, outside U+0621–U+064A
    // a prefix of a word, or the same letters in another order, is another key
    assertFalse(has(s, "يف"));
    assertTrue(PackedWordSet.key("في".toCharArray(), 2) != PackedWordSet.key("يف".toCharArray(), 2));
  }

  public void testTheGivenSetsCaseRulesApplyToWordsNotPacked() {
    PackedWordSet s = PackedWordSet.of(new CharArraySet(List.of("The", "في"), true));
    assertTrue(has(s, "THE"));
    assertTrue(has(s, "في"));
    assertNull(PackedWordSet.of(null));
  }

  public void testTheBuiltInStopwordsAreSharedAndAnswerAsTheirSet() {
    CharArraySet stop = WordLists.stopwords();
    assertSame(PackedWordSet.of(stop), PackedWordSet.of(stop));
    PackedWordSet s = PackedWordSet.of(stop);
    for (Object o : stop) {
      char[] w = (char[]) o;
      assertTrue(new String(w), s.contains(w, w.length));
    }
  }

  public void testRandomWordsAnswerAsTheSet() {
    CharArraySet words = new CharArraySet(100, false);
    for (int i = 0; i < 200; i++) {
      words.add(randomWord());
    }
    PackedWordSet s = PackedWordSet.of(words);
    for (int i = 0; i < 5000; i++) {
      String w = random().nextInt(4) == 0 ? TestUtil.randomUnicodeString(random(), 12) : randomWord();
      assertEquals(w, words.contains(w), has(s, w));
    }
  }

  /** One to twelve letters of a small alphabet, so that the set's words come up again. */
  private static String randomWord() {
    char[] alphabet = {'ا', 'ب', 'ت', 'ي', 'ه', 'ء', 'ى', 'x'};
    int n = 1 + random().nextInt(random().nextBoolean() ? 3 : 12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet[random().nextInt(alphabet.length)]);
    }
    return sb.toString();
  }
}
