package org.fahras.analysis;

import static org.fahras.analysis.ArabicLexicon.INFLECTED;
import static org.fahras.analysis.ArabicLexicon.NOUN;
import static org.fahras.analysis.ArabicLexicon.NOUN_AFTER_L;
import static org.fahras.analysis.ArabicLexicon.NOUN_STEM;
import static org.fahras.analysis.ArabicLexicon.OWN_ARTICLE;
import static org.fahras.analysis.ArabicLexicon.OWN_FIRST;
import static org.fahras.analysis.ArabicLexicon.STEM;
import static org.fahras.analysis.ArabicLexicon.WORD;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Each rule of {@link LexiconBuilder} on small counts written here: a form that passes it and forms that miss it by
 * one condition, so that removing or inverting a condition fails a test. (The tanween rule is in
 * {@link ArabicLexiconTest}.)
 */
public class LexiconBuilderTest extends LuceneTestCase {

  /** Counts from pairs: form, occurrences, form, occurrences... */
  private static Map<String, Integer> counts(Object... formsAndCounts) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < formsAndCounts.length; i += 2) {
      m.put((String) formsAndCounts[i], (Integer) formsAndCounts[i + 1]);
    }
    return m;
  }

  /** The entries of the lexicon built from {@code counts} (no tanween marks), form → flags, in the file's order. */
  private static Map<String, Integer> build(Map<String, Integer> counts) {
    String text = LexiconBuilder.build(counts, Map.of());
    Map<String, Integer> entries = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        int tab = line.indexOf('\t');
        entries.put(line.substring(tab + 1), Integer.parseInt(line.substring(0, tab)));
      }
    }
    return entries;
  }

  private static boolean has(Map<String, Integer> entries, String form, int flag) {
    return (entries.getOrDefault(form, 0) & flag) != 0;
  }

  public void testWordSeenTwiceAloneOrWithTheArticleArabicLettersOnly() {
    Map<String, Integer> e = build(counts("كتاب", 2, "قلم", 1, "بيت", 1, "البيت", 1, "المعلمون", 2, "abcd", 5,
        "كتاب٢", 5));
    assertEquals(WORD, (int) e.get("بيت")); // once bare, once with the article: seen twice, not a noun (once)
    assertTrue(has(e, "كتاب", WORD));
    assertFalse(e.containsKey("قلم")); // once only
    assertTrue(has(e, "معلمون", WORD)); // المعلمون attests معلمون
    assertFalse(e.containsKey("abcd"));
    assertFalse(e.containsKey("كتاب٢"));
  }

  public void testNounSeenWithTheArticleNotFiftyTimesRarerThanBare() {
    Map<String, Integer> e = build(counts(
        "كتاب", 100, "الكتاب", 2, // 2 >= 100 / 50
        "واكد", 200, "الواكد", 3, // 3 < 200 / 50: a surname with the article now and then
        "مدينه", 10, "والمدينه", 2, // the article after و counts
        "قلم", 10, "الاقلام", 5, // the article on another form does not
        "فن", 10, "الفن", 100, // two letters: common bare too (10 >= 100 / 20)
        "يه", 3, "اليه", 1000, // ... اليه is not ال + يه (3 < 1000 / 20)
        "سم", 10, "بالسم", 100)); // after بال three letters must follow: بالسم does not make سم a noun
    assertTrue(has(e, "كتاب", NOUN));
    assertTrue(has(e, "واكد", WORD));
    assertFalse(has(e, "واكد", NOUN));
    assertTrue(has(e, "مدينه", NOUN));
    assertFalse(has(e, "قلم", NOUN));
    assertTrue(has(e, "فن", NOUN));
    assertTrue(has(e, "يه", WORD));
    assertFalse(has(e, "يه", NOUN));
    assertFalse(has(e, "سم", NOUN));
  }

  public void testNoNounForAPrepositionOnANounSeenWithTheArticleByTypo() {
    Map<String, Integer> e = build(counts(
        "لفوز", 44, "اللفوز", 2, "فوز", 1359, "الفوز", 3039, // 2 × 50 < 3039, 4398 >= 10 × 46
        "لجهه", 73, "اللجهه", 2, "جهه", 100, "الجهه", 99, // 2 × 50 >= 99: the article on لجهه is not noise
        "بسام", 114, "البسام", 2, "سام", 178, "السام", 108, // 2 × 50 < 108, but 286 < 10 × 116: a name
        "كراس", 53, "الكراس", 2, "راس", 1556, "الراس", 20, // راس is no noun (20 < 1556 / 50)
        "وكره", 47, "الوكره", 9, "كره", 4482, "الكره", 2394)); // و: never
    assertFalse(has(e, "لفوز", NOUN));
    assertTrue(has(e, "لفوز", WORD));
    assertTrue(has(e, "فوز", NOUN));
    assertTrue(has(e, "لجهه", NOUN));
    assertTrue(has(e, "بسام", NOUN));
    assertTrue(has(e, "كراس", NOUN));
    assertTrue(has(e, "وكره", NOUN));
  }

  public void testOwnFirstLetterWhenFarMoreFrequentThanTheRest() {
    Map<String, Integer> e = build(counts(
        "كشفت", 100, "شفت", 5, // 100 > 10 × 5
        "بسبب", 100, "سبب", 50, // a preposition on a common word
        "فيفري", 10, "يفري", 5, // ف: merely more frequent
        "فقال", 10, "قال", 50, // ... the conjunction is the rarer form
        "واشنطن", 1000, "اشنطن", 10, // و: fifty times (1000 > 500)
        "وزاره", 300, "زاره", 10, // ... ten times is not enough for و (300 < 500)
        "بلد", 100, "لد", 2)); // three letters: never
    assertTrue(has(e, "كشفت", OWN_FIRST));
    assertFalse(has(e, "بسبب", OWN_FIRST));
    assertTrue(has(e, "فيفري", OWN_FIRST));
    assertFalse(has(e, "فقال", OWN_FIRST));
    assertTrue(has(e, "واشنطن", OWN_FIRST));
    assertFalse(has(e, "وزاره", OWN_FIRST));
    assertFalse(has(e, "بلد", OWN_FIRST));
    // the rest counts with the article: الشفت makes شفت common enough
    assertFalse(has(build(counts("كشفت", 100, "الشفت", 20)), "كشفت", OWN_FIRST));
  }

  public void testNounAfterLWhenTheArticleAndTheNounsLAreTold() {
    Map<String, Integer> e = build(counts(
        "للجنه", 50, "اللجنه", 20, "الجنه", 5, // اللX outnumbers الX: ل + اللجنه
        "للمدينه", 50, "المدينه", 100, // الX outnumbers اللX (none): ل + المدينه
        "للاعبي", 10, "لاعبي", 20, // neither with the article, لX more frequent than X
        "للمسير", 5, "مسير", 10, // neither with the article, X more frequent
        "للمس", 5, "لمس", 50, "مس", 2, "المس", 20, // four letters: لX against X (50 > 22), whatever الX
        "للقاء", 5, "لقاء", 50, "قاء", 2, "القاء", 20)); // five letters: الX decides
    assertTrue(has(e, "للجنه", NOUN_AFTER_L));
    assertFalse(has(e, "للمدينه", NOUN_AFTER_L));
    assertTrue(has(e, "للاعبي", NOUN_AFTER_L));
    assertFalse(has(e, "للمسير", NOUN_AFTER_L));
    assertTrue(has(e, "للمس", NOUN_AFTER_L));
    assertFalse(has(e, "للقاء", NOUN_AFTER_L));
  }

  public void testOwnArticleOfANounOrOfAFormWrittenAfterABareL() {
    Map<String, Integer> e = build(counts(
        "التزام", 100, "الالتزام", 50, // a noun, تزام never seen
        "الهام", 100, "الالهام", 50, "هام", 50, // a noun, but هام is common (100 < 10 × 50)
        "الكسندر", 100, // not a noun, never after a bare ل
        "المانيا", 100, "لالمانيا", 5, "للمانيا", 1, "مانيا", 2, // after a bare ل more than after لل
        "الغاز", 100, "لالغاز", 3, "للغاز", 20, // ... fewer: the article's
        "الفابيت", 100, "لالفابيت", 1, // ... once only
        "الحاد", 100, "لالحاد", 5, "حاد", 50)); // ... but حاد is common
    assertTrue(has(e, "التزام", OWN_ARTICLE));
    assertFalse(has(e, "الهام", OWN_ARTICLE));
    assertTrue(has(e, "الهام", NOUN));
    assertFalse(has(e, "الكسندر", OWN_ARTICLE));
    assertTrue(has(e, "المانيا", OWN_ARTICLE));
    assertFalse(has(e, "المانيا", NOUN));
    assertFalse(has(e, "الغاز", OWN_ARTICLE));
    assertFalse(has(e, "الفابيت", OWN_ARTICLE));
    assertFalse(has(e, "الحاد", OWN_ARTICLE));
  }

  public void testInflectedWhenASiblingEndingIsNotMuchRarer() {
    Map<String, Integer> e = build(counts(
        "معلمون", 100, "معلمين", 50,
        "زيتون", 100, // no sibling
        "تامين", 500, "تامان", 2, // a sibling 250 times rarer is noise for تامين, not the other way round
        "الطرفان", 20, "الطرفين", 30));
    assertTrue(has(e, "معلمون", INFLECTED));
    assertTrue(has(e, "معلمين", INFLECTED));
    assertFalse(has(e, "زيتون", INFLECTED));
    assertFalse(has(e, "تامين", INFLECTED));
    assertTrue(has(e, "تامان", INFLECTED));
    assertTrue(has(e, "الطرفان", INFLECTED));
  }

  public void testEachEndingNeedsItsOwnSibling() {
    Map<String, Integer> e = build(counts(
        "طرفان", 198, "طرفين", 702, // a dual: the oblique ين outnumbers ان
        "حمدان", 79, "حمدين", 46, // a name in ان: 46 < 79
        "عدوان", 379, "عدوين", 13, "عدوون", 0,
        "معلمون", 100, "معلمين", 20, // 20 >= 100 / 5
        "رامون", 73, "رامين", 3, // 3 < 73 / 5: a name
        "يعملون", 492, "يعملان", 56)); // a verb: its dual ان, not 50 times rarer
    assertTrue(has(e, "طرفان", INFLECTED));
    assertFalse(has(e, "حمدان", INFLECTED));
    assertFalse(has(e, "عدوان", INFLECTED));
    assertTrue(has(e, "معلمون", INFLECTED));
    assertFalse(has(e, "رامون", INFLECTED));
    assertTrue(has(e, "يعملون", INFLECTED));
    assertFalse(has(build(counts("طرفان", 198, "طرفين", 197)), "طرفان", INFLECTED));
    assertTrue(has(build(counts("طرفان", 198, "طرفين", 198)), "طرفان", INFLECTED));
    assertFalse(has(build(counts("معلمون", 100, "معلمين", 19)), "معلمون", INFLECTED));
    // ين: an ان not 20 times rarer (ماكين is a name beside 4 ماكان), or an ون not 50 times rarer
    assertFalse(has(build(counts("ماكين", 170, "ماكان", 4)), "ماكين", INFLECTED));
    assertFalse(has(build(counts("ماكين", 170, "ماكان", 7)), "ماكين", INFLECTED));
    assertTrue(has(build(counts("ماكين", 170, "ماكان", 8)), "ماكين", INFLECTED));
    assertTrue(has(build(counts("لاعبين", 500, "لاعبون", 10)), "لاعبين", INFLECTED));
    assertFalse(has(build(counts("لاعبين", 500, "لاعبون", 9)), "لاعبين", INFLECTED));
  }

  public void testDualOfANounOrPluralOfANisbaWithoutASibling() {
    Map<String, Integer> e = build(counts(
        "عقد", 3000, "العقد", 1000, "عقدين", 800, // 4000 >= 5 × 800: a noun's dual
        "قطار", 500, "القطار", 100, "قطارين", 121, // 600 < 5 × 121
        "شاه", 100, "الشاه", 30, "شاهين", 67, // 130 < 335: a name
        "حمد", 1000, "حمدين", 10, // حمد is never seen with the article: no noun
        "شرعي", 500, "الشرعي", 48, "شرعيين", 313, // a nisba at least as frequent as its plural
        "ملي", 2, "مليون", 8000, // ... not مليون beside the typo ملي
        "مءتمر", 500, "المءتمر", 500, "مءتمرون", 1)); // ون: the dual rule is for ين only
    assertTrue(has(e, "عقدين", INFLECTED));
    assertFalse(has(e, "قطارين", INFLECTED));
    assertFalse(has(e, "شاهين", INFLECTED));
    assertFalse(has(e, "حمدين", INFLECTED));
    assertTrue(has(e, "شرعيين", INFLECTED));
    assertFalse(has(e, "مليون", INFLECTED));
    assertFalse(has(e, "مءتمرون", INFLECTED));
  }

  public void testStemsAreWhatTheSuffixStepsLeaveANounsStemMarked() {
    Map<String, Integer> e = build(counts(
        "معلمون", 100, "معلمين", 50, "المعلمون", 10, // a noun (with the article): its stem is a noun's
        "لاعبون", 10, "لاعبين", 10, // never with the article
        "زيتون", 100, // its ending is its own: no stem
        "عراقي", 10, // the final ي
        "روحاني", 10)); // a protected word: never cut
    assertEquals(STEM | NOUN_STEM, (int) e.get("معلم"));
    assertEquals(STEM, (int) e.get("لاعب"));
    assertFalse(e.containsKey("زيت"));
    assertEquals(STEM, (int) e.get("عراق"));
    assertFalse(e.containsKey("روحان"));
  }

  public void testMostFrequentFirstThenByFormAfterOneCommentLine() {
    String text = LexiconBuilder.build(counts("كتاب", 5, "قلم", 5, "بيت", 9, "البيت", 2), Map.of());
    List<String> lines = List.of(text.split("\n"));
    assertTrue(lines.get(0), lines.get(0).startsWith("# fahras lexicon: FLAGS<TAB>form"));
    // بيت: 9 + 2 with the article, a noun; then قلم before كتاب (ق U+0642 < ك U+0643), كتاب's ك its own (تاب is
    // never seen); البيت, twice, last
    assertEquals(List.of("3\tبيت", "1\tقلم", "33\tكتاب", "1\tالبيت"), lines.subList(1, lines.size()));
  }
}
