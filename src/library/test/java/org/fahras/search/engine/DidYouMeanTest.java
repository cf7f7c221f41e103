package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.testdata.AntIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Did-you-mean prefers the common spelling (issue 25): among equally close words the most frequent, and a word a
 * few articles write gets a correction when a word one letter away is far more frequent. Articles built in code,
 * with the frequencies of ANT v2.1; the ANT examples themselves when ../shared/data is present.
 */
class DidYouMeanTest {
  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = ArticleIndex.create(dir.resolve("idx"), "fahras");
    List<Article> a = new ArrayList<>();
    add(a, 40, "مقتل الصحفي خاشقجي في القنصلية");
    add(a, 1, "قضية خاشثقجي");
    add(a, 40, "فوز ليفربول على مانشستر");
    add(a, 1, "نادي ليفروبول");
    add(a, 450, "الرئيس التركي أردوغان يزور أنقرة"); // 200 times as many as the typo's 2
    add(a, 2, "تصريحات اردغان الأخيرة");
    add(a, 400, "العمل في المصانع");
    add(a, 1, "انتشار القمل في المدارس"); // one letter replaced: a word of its own
    add(a, 400, "قرار اعتقال المعارض");
    add(a, 1, "يوم اعتقالك"); // one letter added at the end: a clitic
    add(a, 100, "بيان الحكومة");
    add(a, 1, "بيان الحكوومة"); // only 100 times as frequent
    add(a, 1000, "مدينة القدس");
    add(a, 4, "مدينة القددس"); // 4 articles: not rare
    new Indexer(index).ingest(a);
  }

  private static int n;

  private static void add(List<Article> a, int copies, String body) {
    for (int i = 0; i < copies; i++) {
      a.add(Article.builder("d" + n++).title("خبر").body(body).build());
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void amongEquallyCloseWordsTheMostFrequent() throws IOException {
    // one letter dropped (خاشقجي, 40) and one replaced (خاشثقجي, 1) are both one edit away
    assertEquals(Optional.of("خاشقجي"), index.suggestCorrection("خاشوقجي"));
    // one letter dropped (ليفربول, 40) and two swapped (ليفروبول, 1)
    assertEquals(Optional.of("ليفربول"), index.suggestCorrection("ليفربوول"));
    assertEquals(Optional.of("مقتل خاشقجي في ليفربول"), index.suggestCorrection("مقتل خاشوقجي في ليفربوول"));
  }

  @Test
  void aRareWordBesideAFarMoreFrequentOneGetsIt() throws IOException {
    assertEquals(Optional.of("أردوغان"), index.suggestCorrection("اردغان")); // as the articles write it
    assertEquals(Optional.of("الرئيس أردوغان"), index.suggestCorrection("الرئيس اردغان"));
  }

  @Test
  void aRareWordThatIsAWordOfItsOwnKeepsIt() throws IOException {
    assertEquals(Optional.empty(), index.suggestCorrection("القمل")); // replaced letter
    assertEquals(Optional.empty(), index.suggestCorrection("اعتقالك")); // clitic
    assertEquals(Optional.empty(), index.suggestCorrection("الحكوومة")); // 100 times as frequent only
    assertEquals(Optional.empty(), index.suggestCorrection("القددس")); // not rare
    // in no article: the closest word, however rare (one edit from الحكوومة, two from الحكومة)
    assertEquals(Optional.of("الحكوومة"), index.suggestCorrection("الحكووومة"));
    assertEquals(Optional.empty(), index.suggestCorrection("أردوغان"));
  }

  @Test
  void editsCountAddedDroppedReplacedAndSwappedLetters() {
    assertEquals(1, Suggestions.edits("خاشوقجي", "خاشقجي"));
    assertEquals(1, Suggestions.edits("خاشوقجي", "خاشثقجي"));
    assertEquals(1, Suggestions.edits("ليفربوول", "ليفروبول"));
    assertEquals(1, Suggestions.edits("ليفربول", "ليفروبل"));
    assertEquals(2, Suggestions.edits("خاشوقجي", "خاشجقي"));
    assertEquals(0, Suggestions.edits("ترمب", "ترمب"));
  }

  /** The examples of issue 25 on ANT v2.1 (skipped without ../shared/data). */
  @Test
  @Tag("data")
  void theIssuesExamplesOnAnt() throws IOException {
    try (ArticleIndex ant = ArticleIndex.openForSearch(AntIndex.path())) {
      assertEquals(Optional.of("خاشقجي"), ant.suggestCorrection("خاشوقجي"));
      assertEquals(Optional.of("ليفربول"), ant.suggestCorrection("ليفربوول"));
      assertTrue(ant.suggestCorrection("اردغان").orElseThrow().matches("[أا]ردوغان"),
          ant.suggestCorrection("اردغان").toString());
      assertEquals(Optional.empty(), ant.suggestCorrection("أردوغان"));
      assertEquals(Optional.empty(), ant.suggestCorrection("خاشقجي"));
    }
  }
}
