package org.fahras.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule of {@link KeptEndings} on small corpora written in the test. */
class KeptEndingsTest {
  /** {@code n} documents, each {@code text} with the i-th filler word, so that contexts vary a little. */
  static void repeat(List<String> docs, int n, String text) {
    String[] filler = {"اليوم", "امس", "ايضا", "حاليا", "مجددا"};
    for (int i = 0; i < n; i++) {
      docs.add(text + " " + filler[i % filler.length]);
    }
  }

  static Optional<KeptEndings.Candidate> find(List<KeptEndings.Candidate> all, String withEnding) {
    return all.stream().filter(c -> c.withEnding().equals(withEnding)).findFirst();
  }

  @Test
  void aNounInTehMarbutaUsedUnlikeItsStemKeepsItsEnding() {
    List<String> docs = new ArrayList<>();
    repeat(docs, 60, "ارتفع سعر العملة امام الدولار في السوق");
    repeat(docs, 60, "بدأ العمل في المصنع صباحا مع العمال");
    // an adjective: the feminine and the masculine stand in the same places
    repeat(docs, 60, "شهدت المدينة زيادة كبيرة في عدد السكان");
    repeat(docs, 60, "شهد البلد ارتفاع كبير في عدد السكان");
    List<KeptEndings.Candidate> all = KeptEndings.measure(docs);
    KeptEndings.Candidate currency = find(all, "عمله").orElseThrow();
    assertEquals("عمله", currency.kept());
    assertEquals("عمل", currency.bare());
    assertTrue(currency.similarity() < KeptEndings.MAX_SIMILARITY, currency.toString());
    assertTrue(currency.keep(), currency.toString());
    KeptEndings.Candidate big = find(all, "كبيره").orElseThrow();
    assertTrue(big.agreement() > KeptEndings.MAX_AGREEMENT, "كبيرة follows a word in ة: " + big);
    assertFalse(big.keep(), big.toString());
  }

  @Test
  void onlyOccurrencesWrittenWithTehMarbutaSpeakForTheWordInTehMarbuta() {
    List<String> docs = new ArrayList<>();
    repeat(docs, 60, "ارتفع سعر العملة امام الدولار في السوق");
    repeat(docs, 60, "بدأ العمل في المصنع صباحا مع العمال");
    // عمله, "his work", written with ه: counted for another word, not for عملة
    repeat(docs, 300, "بدأ عمله في المصنع صباحا مع العمال");
    KeptEndings.Candidate currency = find(KeptEndings.measure(docs), "عمله").orElseThrow();
    assertEquals(60, currency.countWithEnding());
    assertTrue(currency.keep(), currency.toString());
  }

  @Test
  void wordsSeenTooRarelyAreNotJudged() {
    List<String> docs = new ArrayList<>();
    repeat(docs, KeptEndings.MIN_COUNT - 1, "ارتفع سعر العملة امام الدولار");
    repeat(docs, 60, "بدأ العمل في المصنع صباحا");
    assertTrue(find(KeptEndings.measure(docs), "عمله").isEmpty());
  }

  @Test
  void aWordInYehOrInYehTehMarbutaIsNotJudged() {
    // the stemmer keeps the nisba's ي (chain version 8): حريري is never حرير, الرقمية never رقم
    List<String> docs = new ArrayList<>();
    repeat(docs, 60, "قال رئيس الوزراء اللبناني سعد الحريري في بيروت");
    repeat(docs, 60, "صناعة الحرير الصيني تعود الى قرون من النسيج");
    repeat(docs, 60, "انتشرت العملات الرقمية في الاسواق المالية");
    repeat(docs, 60, "سجل العداء الرقم القياسي العالمي للسباق");
    repeat(docs, 60, "ارتفع سعر العملة امام الدولار في السوق");
    repeat(docs, 60, "بدأ العمل في المصنع صباحا مع العمال");
    List<KeptEndings.Candidate> all = KeptEndings.measure(docs);
    assertTrue(find(all, "حريري").isEmpty(), all.toString());
    assertTrue(find(all, "رقميه").isEmpty(), all.toString());
    assertTrue(find(all, "عمله").isPresent(), "a word in ة beside them still is: " + all);
  }

  @Test
  void aPluralWhoseWordInTehMarbutaIsRareIsComparedWithItsBareStem() {
    List<String> docs = new ArrayList<>();
    // ملابسات ("circumstances") and ملابس ("clothes") stand in different places: its ending is kept as ة
    repeat(docs, 60, "كشفت الشرطة ملابسات الحادث في التحقيق");
    repeat(docs, 60, "اشترت العائلة ملابس العيد من السوق");
    // حوارات / حوار stand in the same places: one word
    repeat(docs, 60, "اجرى الوزير حوارات مع الصحفيين");
    repeat(docs, 60, "اجرى الوزير حوار مع الصحفيين");
    // عملات beside a frequent عملة: the word in ة is judged, not its plural
    repeat(docs, 60, "ارتفع سعر العملة امام الدولار في السوق");
    repeat(docs, 60, "ارتفعت اسعار العملات امام الدولار في السوق");
    repeat(docs, 60, "بدأ العمل في المصنع صباحا مع العمال");
    List<KeptEndings.Candidate> all = KeptEndings.measure(docs);
    KeptEndings.Candidate circumstances = find(all, "ملابسات").orElseThrow();
    assertEquals("ملابسه", circumstances.kept());
    assertEquals("ملابس", circumstances.bare());
    assertTrue(circumstances.plural());
    assertTrue(circumstances.similarity() < KeptEndings.MAX_PLURAL_SIMILARITY, circumstances.toString());
    assertTrue(circumstances.keep(), circumstances.toString());
    KeptEndings.Candidate dialogues = find(all, "حوارات").orElseThrow();
    assertTrue(dialogues.similarity() >= KeptEndings.MAX_PLURAL_SIMILARITY, dialogues.toString());
    assertFalse(dialogues.keep(), dialogues.toString());
    assertTrue(find(all, "عملات").isEmpty(), all.toString());
    assertTrue(find(all, "عمله").isPresent(), all.toString());
  }

  @Test
  void aPluralIsKeptOnlyBelowThePluralThreshold() {
    // between the plural threshold and the general one, a plural goes (تحولات / تحول: 0.0205) and a word in ة stays
    KeptEndings.Candidate plural = new KeptEndings.Candidate("تحوله", "تحول", "تحولات", 87, 1306, 0.0205, Double.NaN);
    KeptEndings.Candidate teh = new KeptEndings.Candidate("عمله", "عمل", "عمله", 87, 1306, 0.0205, 0.5);
    assertTrue(plural.plural());
    assertFalse(plural.keep());
    assertFalse(teh.plural());
    assertTrue(teh.keep());
  }

  @Test
  void aWordWrittenWithAlefMaksuraIsComparedWithItsStemAndWithTheWordInYeh() {
    List<String> docs = new ArrayList<>();
    repeat(docs, 60, "تحالف القوى السياسية في البرلمان");
    repeat(docs, 60, "جاء فريق قوي الى الملعب وفاز");
    // a source that writes ى for a final ي (فى): المصرى is المصري, its ى counted as ي
    repeat(docs, 60, "قال الرئيس المصرى فى كلمة عبد الفتاح السيسي");
    repeat(docs, 60, "قال الرئيس المصري عبد الفتاح السيسي");
    repeat(docs, 60, "زار الوفد مصر والتقى الرئيس");
    List<KeptEndings.Candidate> all = KeptEndings.measure(docs);
    KeptEndings.Candidate forces = all.stream().filter(c -> c.kept().equals("قوى")).findFirst().orElseThrow();
    assertEquals("قوي", forces.bare(), "قو is no word: compared with قوي");
    assertTrue(forces.keep(), forces.toString());
    assertTrue(all.stream().noneMatch(c -> c.kept().equals("مصرى")),
        "every المصرى is a careless writer's, counted as مصري: " + all);
  }

  @Test
  void aNounWrittenWithAlefMaksuraAsOftenAsWithYehIsAnotherWord() {
    List<String> docs = new ArrayList<>();
    // الكلى ("the kidneys") and الكلي ("the total") in the same places, both common, written by careful writers
    repeat(docs, 60, "قال الطبيب ان الكلى في الجسم تعمل");
    repeat(docs, 60, "قال الطبيب ان الكلي في الجسم يعمل");
    // a verb in ى beside its form in ي, as common, never with the article: judged by contexts alone
    repeat(docs, 60, "قال الطبيب ان تجرى في الجسم تعمل");
    repeat(docs, 60, "قال الطبيب ان تجري في الجسم يعمل");
    // a writer who writes في with ى: his الكلى are no evidence
    repeat(docs, 60, "قال الطبيب ان الكلى فى الجسم تعمل");
    List<KeptEndings.Candidate> all = KeptEndings.measure(docs);
    KeptEndings.Candidate kidneys = all.stream().filter(c -> c.kept().equals("كلى")).findFirst().orElseThrow();
    assertEquals(60, kidneys.countWithEnding(), "the careless writer's ى counted as ي");
    assertEquals(120, kidneys.countBare());
    assertEquals(1.0, kidneys.withArticle());
    assertTrue(kidneys.similarity() >= KeptEndings.MAX_SIMILARITY, "contexts alike: " + kidneys);
    assertTrue(kidneys.keep(), "a noun in ى, ي less than MAKSURA_SHARE times as common: " + kidneys);
    KeptEndings.Candidate conducted =
        all.stream().filter(c -> c.kept().equals("تجرى")).findFirst().orElseThrow();
    assertEquals(0.0, conducted.withArticle());
    assertFalse(conducted.keep(), "a verb: " + conducted);
    // past the share, the ى is a writer's spelling of the word in ي
    KeptEndings.Candidate rare = new KeptEndings.Candidate("كلى", "كلي", "كلي", 20,
        20 * KeptEndings.MAKSURA_SHARE, 0.5, Double.NaN, 1.0);
    assertFalse(rare.keep(), rare.toString());
  }

  @Test
  void theFileListsKeptStemsFirstAndSkipsTheOthers() {
    List<KeptEndings.Candidate> c = List.of(
        new KeptEndings.Candidate("عمله", "عمل", "عمله", 30, 40, 0.01, 0.1),
        new KeptEndings.Candidate("كبير", "كبير", "كبيره", 30, 40, 0.05, 0.5),
        new KeptEndings.Candidate("طريقه", "طريق", "طريقه", 30, 40, 0.04, 0.1),
        new KeptEndings.Candidate("قتلى", "قتل", "قتلي", 30, 40, 0.02, Double.NaN));
    String text = KeptEndings.write(c, "test");
    List<String> rows = text.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
    assertEquals(List.of("طريقه", "عمله", "قتلى"), rows, "كبيرة is an adjective, طريقة a noun at 0.04");
  }

  @Test
  void cosineOfSparseVectors() {
    assertEquals(1.0, KeptEndings.cosine(Map.of(1, 2.0, 2, 1.0), Map.of(1, 4.0, 2, 2.0)), 1e-9);
    assertEquals(0.0, KeptEndings.cosine(Map.of(1, 2.0), Map.of(2, 1.0)), 1e-9);
    assertEquals(0.0, KeptEndings.cosine(Map.of(), Map.of(2, 1.0)), 1e-9);
  }
}
