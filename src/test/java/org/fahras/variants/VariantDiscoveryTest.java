package org.fahras.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void sourceDivergenceIsZeroForOneDistributionAndNearOneForDisjoint() {
    assertEquals(0, VariantDiscovery.jensenShannon(new int[] {10, 10}, new int[] {5, 5}), 1e-9);
    assertTrue(VariantDiscovery.jensenShannon(new int[] {1000, 0}, new int[] {0, 1000}) > 0.99);
  }
}
