package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.document.PublishedDates;
import org.fahras.index.ArticleAnalyzer;
import org.fahras.index.ArticleIndex;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches that order by date match what the query means (issue 24): most of the words, more-like-this above a
 * similarity floor; and recency measured from the archive's newest article, not from the clock.
 */
class DateOrderTest {
  @TempDir Path dir;

  static Article article(String id, String date, String title, String body) {
    return Article.builder(id).title(title).body(body).published(PublishedDates.parse(date)).build();
  }

  static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void sortedByDateASearchMatchesMostOfItsWords() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      index.add(article("both", "2015-01-10", "قمة بين ترامب وبوتين", "التقى الرئيسان في هلسنكي"));
      index.add(article("one", "2015-06-10", "ترامب يزور فرنسا", "زيارة رسمية إلى باريس"));
      index.add(article("other", "2015-07-10", "بوتين في الصين", "زيارة رسمية إلى بكين"));
      index.add(article("three", "2015-08-10", "قمة ترامب وبوتين في هلسنكي", "قمة الرئيسين"));
      index.commit();
      SearchRequest.Builder newest = SearchRequest.builder("ترامب بوتين").sort(SearchRequest.Sort.NEWEST);
      SearchResponse r = index.search(newest.build());
      assertEquals(List.of("three", "both"), ids(r), "both words, newest first");
      assertTrue(r.notes().stream().anyMatch(n -> n.contains("all 2 words")), r.notes().toString());
      // by relevance every article holding a word is found; with | by date too
      assertEquals(4, index.search(SearchRequest.of("ترامب بوتين")).totalHits());
      assertEquals(4, index.search(SearchRequest.builder("ترامب | بوتين").sort(SearchRequest.Sort.NEWEST).build())
          .totalHits());
      // four words: three of them
      assertEquals(List.of("three", "both"), ids(index.search(SearchRequest.builder("ترامب بوتين هلسنكي قمة")
          .sort(SearchRequest.Sort.OLDEST).build())).reversed());
      assertEquals(3, ArticleQueries.mostWords(4));
      assertEquals(2, ArticleQueries.mostWords(2));
      assertEquals(3, ArticleQueries.mostWords(5));
    }
  }

  @Test
  void moreLikeThisByDateKeepsOnlySimilarArticles() throws IOException {
    String body = "أعلنت وزارة الصحة عن حملة تطعيم واسعة ضد الحصبة في المدارس الابتدائية والمستشفيات الحكومية";
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      index.add(article("a", "2015-01-01", "حملة تطعيم ضد الحصبة", body));
      index.add(article("b", "2015-02-01", "تطعيم الأطفال ضد الحصبة", "حملة تطعيم ضد الحصبة في المدارس الابتدائية"
          + " تعلنها وزارة الصحة"));
      index.add(article("c", "2015-03-01", "وزارة الصحة", "وزارة الصحة تعين مديرا جديدا"));
      for (int i = 0; i < 5; i++) { // a vocabulary, so that the article's terms are not all rare
        index.add(article("x" + i, "2014-01-0" + (i + 1), "خبر " + i, "وزارة الصحة والمدارس والحملة " + i));
      }
      index.commit();
      List<String> byRelevance = ids(index.moreLikeThis("a", SearchRequest.builder("").size(20).build()));
      assertTrue(byRelevance.contains("c"), byRelevance.toString());
      List<String> byDate = ids(index.moreLikeThis("a",
          SearchRequest.builder("").size(20).sort(SearchRequest.Sort.NEWEST).build()));
      assertTrue(byDate.contains("b"), byDate.toString());
      assertTrue(!byDate.contains("c"), "sharing one or two words is not enough when sorted by date: " + byDate);
    }
  }

  @Test
  void recencyIsMeasuredFromTheArchivesNewestArticle() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      // an archive whose newest article is years old: the older article matches better
      index.add(article("old", "2009-01-01", "الانتخابات الرئاسية الانتخابات", "الانتخابات الرئاسية في البلاد"));
      index.add(article("new", "2010-06-01", "الانتخابات", "جرت الانتخابات أمس"));
      index.commit();
      assertEquals(List.of("old", "new"), ids(index.search(SearchRequest.of("الانتخابات الرئاسية"))));
      Ranking recent = Ranking.parse("recency=5,pivot-days=30");
      assertEquals(List.of("new", "old"),
          ids(index.search(SearchRequest.builder("الانتخابات الرئاسية").ranking(recent).build())),
          "measured from the clock both articles would be equally old and the order would not change");
    }
  }
}
