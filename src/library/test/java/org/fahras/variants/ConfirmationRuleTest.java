package org.fahras.variants;

import static org.fahras.variants.Candidates.Kind.LOOSE;
import static org.fahras.variants.Candidates.Kind.SHORT;
import static org.fahras.variants.Candidates.Kind.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fahras.variants.ConfirmationRule.Decision;
import org.junit.jupiter.api.Test;

/**
 * Each {@link ConfirmationRule} on evidence written here: a pair it decides (the decision names the rule, so that
 * removing the rule fails), and pairs on the other side of its thresholds (so that inverting it fails). The words
 * only matter through their spelling (غ/ج, one vowel, consonants, article); the figures are made up, near those of
 * the ANT news.
 */
class ConfirmationRuleTest {

  private static PairEvidence pair(Candidates.Kind kind, String a, String b) {
    return PairEvidence.of(kind, a, b);
  }

  private static void assertDecided(ConfirmationRule rule, boolean confirmed, PairEvidence e) {
    assertEquals(new Decision(rule, confirmed), ConfirmationRule.decide(e), e.toString());
  }

  @Test
  void commonWordsUsedAlikeByEverySourceAreTwoWords() {
    PairEvidence e = pair(STRICT, "محمد", "محمود").withRarer(723).withContext(0.39).withSources(0.023);
    assertDecided(ConfirmationRule.COMMON_WORDS, false, e);
    // fewer occurrences, or a house-style split: the other rules judge (here alike contexts confirm)
    assertDecided(ConfirmationRule.NEITHER_NATIVE, true, e.withRarer(99));
    assertDecided(ConfirmationRule.NEITHER_NATIVE, true, e.withSources(0.07));
  }

  @Test
  void aCliticLookingFormOnlyAsAGSpellingUsedMoreLikeItsPartnerThanItsBase() {
    PairEvidence e = pair(STRICT, "بيونغ", "بيونج").withRarer(7).withContext(0.15).withSources(0.5);
    assertDecided(ConfirmationRule.CLITIC, false, e.withClitic(0.12)); // 0.15 < 0.12 + 0.05
    assertDecided(ConfirmationRule.G_ONLY, true, e.withClitic(0.05));
    // not a غ/ج pair: never, however alike the contexts
    assertDecided(ConfirmationRule.CLITIC, false,
        pair(STRICT, "بمانهاتن", "بمنهاتن").withRarer(7).withContext(0.9).withClitic(0));
  }

  @Test
  void shortPairsOnlyGAndNotNativeWithAlikeContexts() {
    PairEvidence e = pair(SHORT, "دييغو", "دييجو").withRarer(11).withContext(0.38).withSources(0.11);
    assertDecided(ConfirmationRule.SHORT, true, e);
    assertDecided(ConfirmationRule.SHORT, false, e.withContext(0.17));
    assertDecided(ConfirmationRule.SHORT, false, e.withNativeness(0.5, 0));
  }

  @Test
  void loosePairsOnlyNamesCloseInSpellingWithAlikeContextsOrComplementarySources() {
    PairEvidence e = pair(LOOSE, "غوتيريش", "غوتيريس").withRarer(155).withContext(0.44).withSources(0.32);
    assertDecided(ConfirmationRule.LOOSE, true, e);
    assertDecided(ConfirmationRule.LOOSE, true, e.withContext(0.21).withSources(0.5)); // 0.21 + 0.15 >= 0.32
    assertDecided(ConfirmationRule.LOOSE, false, e.withContext(0.21).withSources(0.3)); // 0.30 < 0.32
    assertDecided(ConfirmationRule.LOOSE, false, e.withContext(0.19).withSources(1));
    assertDecided(ConfirmationRule.LOOSE, false, e.withNativeness(0.3, 0));
    assertDecided(ConfirmationRule.LOOSE, false, pair(LOOSE, "مصر", "مشيرا").withRarer(50).withContext(0.52)
        .withSources(0.12)); // shorter than five letters
    assertDecided(ConfirmationRule.LOOSE, false, pair(LOOSE, "بعيدا", "بعدها").withRarer(50).withContext(0.9)
        .withSources(0.12)); // a pronoun ending
  }

  @Test
  void gAloneBetweenWordsNotAllNativeOnWeakContextWeakerInLongWords() {
    PairEvidence e = pair(STRICT, "غوميز", "جوميز").withRarer(10).withContext(0.18).withSources(0.04);
    assertDecided(ConfirmationRule.G_ONLY, true, e);
    assertDecided(ConfirmationRule.G_ONLY, true, e.withContext(0.11));
    // below: the general rule, which asks more of three consonants
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, e.withContext(0.10));
    assertDecided(ConfirmationRule.ONE_NATIVE, false, e.withNativeness(1.0, 0));
    // six consonants: 0.04 suffices
    PairEvidence longer = pair(STRICT, "انفوغرافيك", "انفوجرافيك").withRarer(26).withNativeness(0.66, 0)
        .withContext(0.05).withSources(0.75);
    assertDecided(ConfirmationRule.G_ONLY, true, longer);
    assertDecided(ConfirmationRule.ONE_NATIVE, false, longer.withContext(0.03));
  }

  @Test
  void threeConsonantsMoreThanTwoLettersApartAreTwoWords() {
    PairEvidence e = pair(STRICT, "الخامسه", "الخميس").withRarer(80).withNativeness(0.06, 0.03).withContext(0.34)
        .withSources(0.3);
    assertDecided(ConfirmationRule.SHORT_AND_FAR, false, e);
    // two letters apart: the general rule (0.34 - 0.1 >= 0.2)
    assertDecided(ConfirmationRule.NEITHER_NATIVE, true,
        pair(STRICT, "الخامس", "الخميس").withRarer(80).withContext(0.34).withSources(0.3));
  }

  @Test
  void oneVowelInFiveConsonantsUsedAlikeWhateverTheNativenessButNoFormTenVerb() {
    PairEvidence e = pair(STRICT, "تلغراف", "تليغراف").withRarer(41).withNativeness(0.20, 0.37).withContext(0.48)
        .withSources(0.06);
    assertDecided(ConfirmationRule.VOWEL_ALIKE, true, e);
    assertDecided(ConfirmationRule.ONE_NATIVE, false, e.withContext(0.39));
    assertDecided(ConfirmationRule.BOTH_NATIVE, false,
        pair(STRICT, "استهداف", "استهدف").withRarer(90).withNativeness(0.5, 0.5).withContext(0.48).withSources(0.06));
  }

  @Test
  void oneVowelInFiveConsonantsOfANameOnSomeSharedContext() {
    PairEvidence e = pair(STRICT, "مانهاتن", "منهاتن").withRarer(20).withContext(0.11);
    assertDecided(ConfirmationRule.VOWEL_NAME, true, e);
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, e.withContext(0.09));
    assertDecided(ConfirmationRule.ONE_NATIVE, false, e.withNativeness(0.3, 0));
    // with the article: a little more context, and hardly native
    PairEvidence article = pair(STRICT, "المانهاتن", "المنهاتن").withRarer(20).withContext(0.14);
    assertDecided(ConfirmationRule.VOWEL_NAME, true, article);
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, article.withContext(0.12));
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, article.withNativeness(0.1, 0));
  }

  @Test
  void aLongLoanwordWithAlikeContextsAndSomewhatComplementarySources() {
    PairEvidence e = pair(STRICT, "تلفزيون", "تليفزيون").withRarer(50).withNativeness(0.5, 0.5).withContext(0.2)
        .withSources(0.25);
    assertDecided(ConfirmationRule.LOANWORD, true, e);
    assertDecided(ConfirmationRule.BOTH_NATIVE, false, e.withSources(0.15));
    assertDecided(ConfirmationRule.BOTH_NATIVE, false, e.withContext(0.14));
  }

  @Test
  void aRareSpellingOfANameOnWeakEvidenceButNotAVerbNorWithTheArticle() {
    PairEvidence e = pair(STRICT, "شنغهاي", "شانغهاي").withRarer(5).withContext(0.08).withSources(0.2);
    assertDecided(ConfirmationRule.RARE_NAME, true, e);
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, e.withRarer(16));
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, e.withSources(0.11));
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, e.withContext(0.06));
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false,
        pair(STRICT, "طردت", "طاردت").withRarer(5).withContext(0.08).withSources(0.2));
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false,
        pair(STRICT, "الشنغهاي", "الشانغهاي").withRarer(5).withContext(0.08).withSources(0.2));
  }

  /** بطرسبرغ / بترسبرغ: one skeleton (ت/ط), seven consonants, neither one vowel nor غ/ج apart. */
  private static PairEvidence general() {
    return pair(STRICT, "بطرسبرغ", "بترسبرغ").withRarer(50);
  }

  @Test
  void twoNativeWordsNeedAlikeContextsAndClearlyComplementarySources() {
    PairEvidence e = general().withNativeness(0.5, 0.3).withContext(0.3).withSources(0.5);
    assertDecided(ConfirmationRule.BOTH_NATIVE, true, e);
    assertDecided(ConfirmationRule.BOTH_NATIVE, false, e.withSources(0.49));
    assertDecided(ConfirmationRule.BOTH_NATIVE, false, e.withContext(0.29).withSources(1));
  }

  @Test
  void neitherNativeAlikeContextsOrLessAlikeWithComplementarySources() {
    PairEvidence e = general().withContext(0.2);
    assertDecided(ConfirmationRule.NEITHER_NATIVE, true, e);
    assertDecided(ConfirmationRule.NEITHER_NATIVE, true, e.withContext(0.15).withSources(0.2)); // 0.15 + 0.06
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, e.withContext(0.15).withSources(0.1)); // 0.15 + 0.03
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, e.withContext(0.11).withSources(1));
    // three consonants ask 0.1 more, unless a doubled vowel makes the word longer (هوليوود / هوليود)
    assertDecided(ConfirmationRule.NEITHER_NATIVE, true, pair(STRICT, "هوليوود", "هوليود").withRarer(23)
        .withContext(0.21).withSources(0.02));
    assertDecided(ConfirmationRule.NEITHER_NATIVE, false, pair(STRICT, "هوليود", "هوليد").withRarer(23)
        .withContext(0.21).withSources(0.02));
  }

  @Test
  void oneNativeWordStricter() {
    PairEvidence e = general().withNativeness(0.3, 0).withContext(0.5);
    assertDecided(ConfirmationRule.ONE_NATIVE, true, e);
    assertDecided(ConfirmationRule.ONE_NATIVE, false, e.withContext(0.45).withSources(0.2));
    assertDecided(ConfirmationRule.ONE_NATIVE, true, e.withContext(0.25).withSources(0.35));
    assertDecided(ConfirmationRule.ONE_NATIVE, false, e.withContext(0.19).withSources(1));
    assertDecided(ConfirmationRule.NEITHER_NATIVE, true, e.withNativeness(0.29, 0).withContext(0.25));
  }

  @Test
  void bareFormsOfAConfirmedPairWithTheArticleNeedSomeSharedContext() {
    assertTrue(ConfirmationRule.confirmsBareForms(Thresholds.FAMILY_CONTEXT));
    assertFalse(ConfirmationRule.confirmsBareForms(0.07));
  }
}
