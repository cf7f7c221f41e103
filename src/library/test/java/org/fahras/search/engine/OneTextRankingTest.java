package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.index.ArticleAnalyzer;
import org.fahras.index.ArticleIndex;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Title and body scored as one text (issue 24): a word in the title and again in the body is one text's two
 * occurrences, not two fields' first ones; the fields apart reward the title match.
 */
class OneTextRankingTest {
  @TempDir Path dir;

  private static final String FILLER = " وقالت الوزارة إن الفرق الطبية ستزور المدارس والقرى في الأسابيع المقبلة";

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void oneTextCountsOccurrencesAcrossTitleAndBody() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      index.add(Article.builder("title").title("حملة ضد الحصبة").body("بدأت حملة الحصبة" + FILLER).build());
      index.add(Article.builder("body").title("حملة تطعيم وطنية")
          .body("الحصبة تعود والحصبة تنتشر ولقاح الحصبة متوفر" + FILLER).build());
      for (int i = 0; i < 4; i++) {
        index.add(Article.builder("other" + i).title("خبر رقم " + i).body("الفرق الطبية في القرى " + i).build());
      }
      index.commit();
      SearchRequest.Builder q = SearchRequest.builder("الحصبة").plainText(true);
      SearchResponse fields = index.search(q.ranking(Ranking.parse("no-proximity")).build());
      SearchResponse oneText = index.search(q.ranking(Ranking.parse("no-proximity,fields=0,one-text=1")).build());
      assertEquals(List.of("title", "body"), ids(fields), "apart, the title match weighs most");
      assertEquals(List.of("body", "title"), ids(oneText), "as one text, three occurrences beat two");
      // a combination matches what either view matches, and scores with both
      SearchResponse both = index.search(q.ranking(Ranking.parse("no-proximity,one-text=1")).build());
      assertEquals(2, both.totalHits());
      assertTrue(both.hits().get(0).score() > fields.hits().get(0).score(), "the one-text score is added");
    }
  }

  /**
   * The second phase adds, clause by clause, what one phase scores at once: with a window that holds every hit, two
   * phases give the hits and scores of one (a boost on a group of clauses, the proximity pairs' and one text's,
   * reaches each clause).
   */
  @Test
  void twoPhasesOverEveryHitScoreAsOne() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      for (int i = 0; i < 12; i++) {
        String body = (i % 3 == 0 ? "انتشار الحصبة في المدارس" : "الحصبة" + FILLER + " انتشار") + FILLER.repeat(i % 4)
            + " المدارس".repeat(i % 5);
        index.add(Article.builder("a" + i).title(i % 2 == 0 ? "الحصبة في المدارس" : "تقرير").body(body).build());
      }
      index.commit();
      for (String weights : List.of("one-text=2,proximity=1.5", "proximity=3", "exact=1,one-text=3,proximity=1.5")) {
        SearchRequest.Builder q = SearchRequest.builder("انتشار الحصبة في المدارس").plainText(true).size(20);
        SearchResponse one = index.search(q.ranking(Ranking.parse(weights + ",window=0")).build());
        SearchResponse two = index.search(q.ranking(Ranking.parse(weights + ",window=100")).build());
        assertEquals(12, two.hits().size());
        assertEquals(ids(one), ids(two), weights);
        for (int i = 0; i < 12; i++) {
          float a = one.hits().get(i).score();
          float b = two.hits().get(i).score();
          assertEquals(a, b, Math.abs(a) * 1e-5f, weights + ", hit " + i);
        }
      }
    }
  }

  /**
   * A second phase over a window of 3: pages by number and by cursor, across the window's edge, list the hits of
   * one large page, in the same order, none twice, scores never rising; the window is ordered by the full score.
   */
  @Test
  void pagesAcrossTheSecondPhaseWindowAgree() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      for (int i = 0; i < 9; i++) {
        String body = i % 3 == 0 ? "انتشار الحصبة في المدارس" + FILLER.repeat(1 + i % 2)
            : "المدارس" + FILLER.repeat(1 + i % 4) + " الحصبة " + "القرى ".repeat(i);
        index.add(Article.builder("a" + i).title(i % 2 == 0 ? "الحصبة" : "تقرير").body(body).build());
      }
      index.commit();
      Ranking twoPhases = Ranking.parse("one-text=2,proximity=1.5,window=3");
      SearchRequest.Builder q = SearchRequest.builder("انتشار الحصبة في المدارس").plainText(true).ranking(twoPhases);
      SearchResponse whole = index.search(q.size(20).build());
      assertEquals(9, whole.hits().size());
      for (int i = 1; i < whole.hits().size(); i++) {
        assertTrue(whole.hits().get(i).score() <= whole.hits().get(i - 1).score(), whole.hits().toString());
      }
      // the window holds the three best first-phase hits, ordered by first + second phase
      SearchResponse first = index.search(q.ranking(Ranking.parse("no-proximity,window=3")).size(20).build());
      assertEquals(java.util.Set.copyOf(ids(first).subList(0, 3)), java.util.Set.copyOf(ids(whole).subList(0, 3)));
      q.ranking(twoPhases);
      java.util.List<String> byPage = new java.util.ArrayList<>();
      for (int page = 1; page <= 5; page++) {
        byPage.addAll(ids(index.search(q.size(2).page(page).build())));
      }
      assertEquals(ids(whole), byPage);
      for (int size = 1; size <= 4; size++) { // a page ending inside the window, at its end, past it
        java.util.List<String> byCursor = new java.util.ArrayList<>();
        String cursor = null;
        do {
          SearchResponse r = index.search(q.size(size).page(1).cursor(cursor).build());
          byCursor.addAll(ids(r));
          cursor = r.nextCursor();
        } while (cursor != null && byCursor.size() < 20);
        assertEquals(ids(whole), byCursor, "pages of " + size);
      }
    }
  }
}
