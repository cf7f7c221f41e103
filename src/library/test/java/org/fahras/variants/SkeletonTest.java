package org.fahras.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SkeletonTest {
  @Test
  void loanwordCorrespondencesShareASkeleton() {
    assertEquals(Skeleton.of("ترامب"), Skeleton.of("ترمب")); // long vowel dropped
    assertEquals(Skeleton.of("نتنياهو"), Skeleton.of("نتانياهو"));
    assertEquals(Skeleton.of("غوغل"), Skeleton.of("جوجل")); // G sound
    assertEquals(Skeleton.of("انجلترا"), Skeleton.of("انكلترا"));
    assertEquals(Skeleton.of("بنزيما"), Skeleton.of("بنزيمه")); // final a
    assertEquals(Skeleton.of("تشيلسي"), Skeleton.of("تشلسي"));
    assertEquals(Skeleton.of("فيسبوك"), Skeleton.of("فايسبوك"));
    assertEquals("ترمب", Skeleton.of("ترامب"));
  }

  @Test
  void otherConsonantsDiffer() {
    assertNotEquals(Skeleton.of("كتاب"), Skeleton.of("كلاب"));
    assertNotEquals(Skeleton.of("ترامب"), Skeleton.of("ترتيب"));
  }

  @Test
  void inflectionsAndCliticsAreNotCandidates() {
    assertTrue(Skeleton.inflectionPair("سوريا", "سوري"));
    assertTrue(Skeleton.inflectionPair("لاعبون", "لاعبين"));
    assertTrue(Skeleton.inflectionPair("وترامب", "ترامب"));
    assertTrue(Skeleton.inflectionPair("يحمل", "حمل"));
    assertFalse(Skeleton.inflectionPair("بنزيما", "بنزيمه"));
    assertFalse(Skeleton.inflectionPair("الروهينغا", "الروهينغيا"));
    assertFalse(Skeleton.inflectionPair("ترامب", "ترمب"));
  }

  @Test
  void looseSkeletonJoinsFurtherCorrespondences() {
    assertEquals(Skeleton.loose("هولاند"), Skeleton.loose("اولاند")); // initial ه
    assertEquals(Skeleton.loose("غوتيريش"), Skeleton.loose("غوتيريس")); // ش/س
    assertEquals(Skeleton.loose("يوفنتوس"), Skeleton.loose("جوفنتوس")); // initial ي as J
    assertEquals(Skeleton.loose("ديوكوفيتش"), Skeleton.loose("جوكوفيتش"));
    assertEquals(Skeleton.loose("دجوكوفيتش"), Skeleton.loose("جوكوفيتش"));
    assertEquals(Skeleton.loose("راكيتيتش"), Skeleton.loose("راكيتيش")); // تش/ش
    assertEquals(Skeleton.loose("فاينانشال"), Skeleton.loose("فايننشال")); // consonant repeated across a vowel
    assertNotEquals(Skeleton.loose("لبنان"), Skeleton.loose("لوبان")); // not in short words
    assertNotEquals(Skeleton.loose("يناير"), Skeleton.loose("دينار")); // nor initial ي / دي in short words
    assertNotEquals(Skeleton.of("غوتيريش"), Skeleton.of("غوتيريس")); // the strict skeleton keeps them apart
  }

  @Test
  void spellingDifferencesAreRecognized() {
    assertTrue(Skeleton.gOnly("فيغو", "فيجو"));
    assertFalse(Skeleton.gOnly("فيغو", "فيغو"));
    assertFalse(Skeleton.gOnly("غوغل", "كوكل"));
    assertTrue(Skeleton.oneVowel("مانهاتن", "منهاتن"));
    assertTrue(Skeleton.oneVowel("تليفزيون", "تلفزيون"));
    assertFalse(Skeleton.oneVowel("مانهاتن", "مانهاتن"));
    assertFalse(Skeleton.oneVowel("كتب", "كتبت")); // ت is no vowel
    assertEquals(2, Skeleton.distance("ديوكوفيتش", "جوكوفيتش"));
    assertEquals(0, Skeleton.distance("ترمب", "ترمب"));
  }

  @Test
  void theArticleIsNotAConsonantOfTheWord() {
    assertEquals(3, Skeleton.of("المانيا").length()); // ل م ن
    assertEquals(2, Skeleton.consonants("المانيا", "اليمن")); // مانيا / يمن: م ن
    assertEquals(3, Skeleton.consonants("بالمانيا", "المانيا")); // no article shared: every letter, the fewer
    assertEquals(4, Skeleton.consonants("بالوتيلي", "بالوتيللي")); // a name, not ب + ال: its letters count
    assertEquals(Skeleton.consonants("المملكه", "الملك"), Skeleton.consonants("الملك", "المملكه")); // symmetric
    assertEquals(3, Skeleton.consonants("الكونغو", "الكونجو")); // كونغو: ك ن ك
  }

  @Test
  void aDoubledLetterCountsOnceExceptFirst() {
    assertEquals(Skeleton.of("ماتاريلا"), Skeleton.of("ماتاريللا"));
    assertNotEquals(Skeleton.of("الملك"), Skeleton.of("المملكه"));
    assertNotEquals(Skeleton.of("مثل"), Skeleton.of("ممثل"));
    assertNotEquals(Skeleton.of("للملك"), Skeleton.of("للمملكه")); // after the article with its clitic
    assertNotEquals(Skeleton.of("بالملك"), Skeleton.of("بالمملكه"));
    assertNotEquals(Skeleton.of("الحد"), Skeleton.of("للحد")); // ل + الحد: the preposition's ل is a letter more
  }

  @Test
  void aDoubledLongVowelIsRecognized() {
    assertTrue(Skeleton.doubledVowel("هوليوود", "هوليود"));
    assertTrue(Skeleton.doubledVowel("داود", "داوود"));
    assertFalse(Skeleton.doubledVowel("بوتين", "بوتن")); // a vowel added, not doubled
    assertFalse(Skeleton.doubledVowel("هوليود", "هوليود"));
  }

  @Test
  void onlyArabicLettersMakeWords() {
    assertTrue(Skeleton.isArabicWord("ترامب"));
    assertFalse(Skeleton.isArabicWord("trump"));
    assertFalse(Skeleton.isArabicWord("ترامب2"));
    assertFalse(Skeleton.isArabicWord(""));
  }
}
