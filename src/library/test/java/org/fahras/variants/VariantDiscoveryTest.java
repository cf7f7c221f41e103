package org.fahras.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantDiscoveryTest {
  @TempDir
  Path tmp;

  /**
   * Two newsrooms: one spells the president ترامب, the other ترمب, in the same kind of sentences. Both write about
   * the minister (وزير) and ministerial meetings (وزاري), ordinary words that take the article.
   */
  static List<Article> corpus() {
    String[] topics = {"التجارة مع الصين", "الهجرة", "الاتفاق النووي", "قمة سنغافورة", "الرسوم الجمركية",
        "حلف شمال الأطلسي", "الانتخابات النصفية", "كوريا الشمالية"};
    List<Article> out = new java.util.ArrayList<>();
    int n = 0;
    for (int i = 0; i < 24; i++) {
      String topic = topics[i % topics.length];
      OffsetDateTime date = OffsetDateTime.of(2018, 1 + i % 9, 1 + i, 12, 0, 0, 0, ZoneOffset.UTC);
      out.add(Article.builder("a" + n++).source("sky").published(date)
          .title("الرئيس الأمريكي دونالد ترامب يتحدث عن " + topic)
          .body("قال الرئيس الأمريكي دونالد ترامب في البيت الأبيض إن " + topic + " مهمة. وأضاف ترامب أن إدارته"
              + " ستواصل العمل. والتقى الوزير نظيره في اجتماع وزاري حضره الوزراء، وقال الوزير إن الاجتماع الوزاري"
              + " ناجح.")
          .build());
      out.add(Article.builder("b" + n++).source("arabiya").published(date)
          .title("الرئيس الأمريكي دونالد ترمب يعلق على " + topic)
          .body("أعلن الرئيس الأمريكي دونالد ترمب من البيت الأبيض أن " + topic + " أولوية. وأكد ترمب أن إدارته"
              + " ماضية في خططها. وصرح وزير الخارجية بعد لقاء وزاري أن وزير الدفاع حضر، وأن اللقاء الوزاري مثمر.")
          .build());
    }
    return out;
  }

  @Test
  void linksTheTwoSpellingsOfANameAndNotTwoArabicWords() {
    VariantDiscovery d = new VariantDiscovery();
    corpus().forEach(d::add);
    VariantTable t = d.build();
    assertEquals(List.of("ترمب"), t.variantsOf("ترامب"));
    assertEquals(List.of("ترامب"), t.variantsOf("ترمب"));
    assertEquals(List.of(), t.variantsOf("وزير"));
    assertEquals(List.of(), t.variantsOf("وزاري"));
    assertEquals(48, d.articles());
    assertTrue(d.stats().candidatePairs() >= d.stats().confirmedPairs());
  }

  @Test
  void wordsSeenTooRarelyAreNotJudged() {
    VariantDiscovery d = new VariantDiscovery(new VariantDiscovery.Options(1000));
    corpus().forEach(d::add);
    assertEquals(List.of(), d.build().variantsOf("ترامب"));
  }

  @Test
  void buildsFromAnIndexAsFromTheArticles() throws Exception {
    Path dir = tmp.resolve("idx");
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      for (Article a : corpus()) {
        index.add(a);
      }
      index.commit();
    }
    VariantDiscovery d = new VariantDiscovery();
    d.addIndex(dir);
    assertEquals(48, d.articles());
    VariantTable t = d.build();
    assertEquals(List.of("ترمب"), t.variantsOf("ترامب"));
  }

  /** {@link ConfirmationRule#confirms} on the evidence of a pair, in the order of {@link PairEvidence}'s fields. */
  private static boolean confirms(Candidates.Kind kind, String a, String b, int rarer, double nativeA, double nativeB,
      double context, double divergence, boolean clitic, double baseContext) {
    return ConfirmationRule.confirms(
        new PairEvidence(kind, a, b, rarer, nativeA, nativeB, context, divergence, clitic, baseContext));
  }

  /** The rules by kind of difference, at evidence figures measured on the ANT news (rounded). */
  @Test
  void evidenceAskedDependsOnTheKindOfDifference() {
    Candidates.Kind strict = Candidates.Kind.STRICT;
    // غ/ج alone between two names: weak context suffices (غوميز 82 / جوميز 10: context 0.18)
    assertTrue(confirms(strict, "غوميز", "جوميز", 10, 0, 0, 0.18, 0.04, false, 0));
    // ... but not between native words, whose contexts differ anyway (جريمه / غريمه: 0.10)
    assertFalse(confirms(strict, "جريمه", "غريمه", 221, 0.88, 0, 0.10, 0.16, false, 0));
    // two consonants: only غ/ج, and more context (دييغو / دييجو 0.38; جدا / غدا is "very" / "tomorrow")
    assertTrue(confirms(Candidates.Kind.SHORT, "دييغو", "دييجو", 11, 0, 0, 0.38, 0.11, false, 0));
    assertFalse(confirms(Candidates.Kind.SHORT, "جدا", "غدا", 515, 0, 0.66, 0.31, 0.2, false, 0));
    // loose correspondences: names close in spelling (غوتيريش / غوتيريس), never ordinary words (مصر / مشيرا)
    Candidates.Kind loose = Candidates.Kind.LOOSE;
    assertTrue(confirms(loose, "غوتيريش", "غوتيريس", 155, 0, 0, 0.44, 0.32, false, 0));
    assertFalse(confirms(loose, "مصر", "مشيرا", 2629, 0, 0, 0.52, 0.12, false, 0));
    assertFalse(confirms(loose, "بعيدا", "بعدها", 680, 0, 0, 0.26, 0.02, false, 0));
    // a clitic-looking form only as a غ/ج spelling used more like its partner than like its base (بيونج: ب + يونج)
    assertTrue(confirms(strict, "بيونغ", "بيونج", 7, 0, 0, 0.15, 0.5, true, 0.05));
    assertFalse(confirms(strict, "بيونغ", "بيونج", 7, 0, 0, 0.15, 0.5, true, 0.12));
    assertFalse(confirms(strict, "للفوز", "الفاءز", 571, 0, 0, 0.41, 0.0, true, 0.40));
    // a rare spelling: weak context with complementary sources, but not a verb (طردت / طاردت)
    assertTrue(confirms(strict, "شنغهاي", "شانغهاي", 5, 0, 0, 0.13, 0.2, false, 0));
    assertFalse(confirms(strict, "طردت", "طاردت", 13, 0.17, 0.23, 0.10, 0.15, false, 0));
    // غ/ج alone in six consonants or more: some shared context is enough (انفوغرافيك 107 / انفوجرافيك 26: 0.09),
    // not in fewer
    assertTrue(confirms(strict, "انفوغرافيك", "انفوجرافيك", 26, 0.66, 0, 0.09, 0.75, false, 0));
    assertFalse(confirms(strict, "غوميز", "جوميز", 10, 0, 0, 0.09, 0.75, false, 0));
    // one long vowel in five consonants, used alike, whatever the other forms (تلغراف / تليغراف: both take ال) —
    // never a form-X verb and its noun (استهداف / استهدف)
    assertTrue(confirms(strict, "تلغراف", "تليغراف", 41, 0.20, 0.37, 0.48, 0.06, false, 0));
    assertFalse(confirms(strict, "استهداف", "استهدف", 900, 0.5, 0.5, 0.48, 0.06, false, 0));
    // three consonants: more than two letters apart is another word, however alike the contexts (الخامسه / الخميس)
    assertFalse(confirms(strict, "الخامسه", "الخميس", 815, 0.06, 0.03, 0.34, 0.02, false, 0));
    // a doubled long vowel is judged as a longer word (هوليوود / هوليود: 0.21), another vowel of three
    // consonants is not
    assertTrue(confirms(strict, "هوليوود", "هوليود", 23, 0, 0, 0.21, 0.02, false, 0));
    assertFalse(confirms(strict, "هوليود", "هوليد", 23, 0, 0, 0.21, 0.02, false, 0));
    // two common spellings used alike by every source are two words (محمد 7,303 / محمود 723: sources 0.023),
    // however alike their contexts; a house-style split confirms (ميونخ 279 / ميونيخ 507: 0.22)
    assertFalse(confirms(strict, "محمد", "محمود", 723, 0, 0, 0.39, 0.023, false, 0));
    assertTrue(confirms(strict, "ميونخ", "ميونيخ", 279, 0, 0, 0.53, 0.22, false, 0));
    assertTrue(confirms(strict, "ميونخ", "ميونيخ", 99, 0, 0, 0.53, 0.023, false, 0));
  }

  @Test
  void sourceDivergenceIsZeroForOneDistributionAndNearOneForDisjoint() {
    assertEquals(0, Evidence.jensenShannon(new int[] {10, 10}, new int[] {5, 5}), 1e-9);
    assertTrue(Evidence.jensenShannon(new int[] {1000, 0}, new int[] {0, 1000}) > 0.99);
  }
}
