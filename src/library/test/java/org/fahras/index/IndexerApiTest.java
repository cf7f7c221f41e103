package org.fahras.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.ingest.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26, points 5, 7 and 8: ingest from code and streams, arguments checked, the index's state visible. */
class IndexerApiTest {
  @TempDir Path dir;

  @Test
  void ingestsArticlesBuiltInCodeWithTheSameAccounting() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      List<Rejection> rejected = new ArrayList<>();
      Indexer.Summary s = new Indexer(index).onError(Indexer.OnError.SKIP).rejections(rejected::add)
          .ingest(Arrays.asList(Article.builder("a").title("المكتبة").build(), null,
              Article.builder("a").title("المكتبة الوطنية").build()));
      assertEquals(new Indexer.Summary(3, 2, 1, 1), s);
      assertEquals(List.of(new Rejection("articles", 2, null, "null article")), rejected);
      assertEquals(1, index.count());
      assertEquals("المكتبة الوطنية", index.get("a").orElseThrow().title());
    }
  }

  @Test
  void aFailedIngestFromCodeRollsBackAndTheIndexGoesOn() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      index.add(Article.builder("kept").title("محفوظ").build());
      index.commit();
      Indexer.IngestException e = assertThrows(Indexer.IngestException.class, () -> new Indexer(index)
          .ingest(Arrays.asList(Article.builder("b").title("خبر").build(), null)));
      assertEquals("articles", e.rejection().file());
      assertEquals(2, e.rejection().line());
      assertEquals(1, e.summary().rolledBack());
      assertTrue(index.isOpen());
      assertEquals(1, index.count());
      assertTrue(index.get("b").isEmpty());
      assertFalse(index.search("محفوظ", 10).isEmpty());
    }
  }

  @Test
  void ingestsAJsonLinesStream() throws IOException {
    String lines = "{\"id\":\"s1\",\"title\":\"خبر أول\"}\n{\"id\":\"s2\",\"body\":\"خبر ثان\"}\n";
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      Indexer.Summary s = new Indexer(index)
          .ingest(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
      assertEquals(new Indexer.Summary(2, 2, 0, 0), s);
      assertEquals(2, index.count());
    }
  }

  @Test
  void argumentsAreChecked() throws IOException {
    assertEquals("index", assertThrows(NullPointerException.class, () -> new Indexer(null)).getMessage());
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      Indexer indexer = new Indexer(index);
      assertThrows(IllegalArgumentException.class, () -> indexer.commitEvery(-1));
      assertEquals("paths", assertThrows(NullPointerException.class, () -> indexer.ingest((List<Path>) null))
          .getMessage());
      assertEquals("articles", assertThrows(NullPointerException.class,
          () -> indexer.ingest((Iterable<Article>) null)).getMessage());
      assertEquals("onError", assertThrows(NullPointerException.class, () -> indexer.onError(null)).getMessage());
    }
    try (ArticleIndex readOnly = ArticleIndex.openForSearch(dir)) {
      assertFalse(readOnly.isWritable());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Indexer(readOnly));
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
      IllegalStateException w = assertThrows(IllegalStateException.class,
          () -> readOnly.add(Article.builder("x").title("خبر").build()));
      assertTrue(w.getMessage().contains("open for searching only"), w.getMessage());
    }
  }

  @Test
  void moreLikeThisAnUnknownOrDeletedIdIsAnEmptyResponseWithANote() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      index.add(Article.builder("m1").title("المكتبة الوطنية").body("افتتحت المكتبة الوطنية في المدينة").build());
      index.add(Article.builder("m2").title("المكتبة الجديدة").body("افتتحت المكتبة الجديدة في المدينة").build());
      index.commit();
      assertEquals(List.of("m2"), index.moreLikeThis("m1", org.fahras.search.SearchRequest.of(""))
          .hits().stream().map(h -> h.id()).toList());
      index.delete("m1");
      index.commit();
      var r = index.moreLikeThis("m1", org.fahras.search.SearchRequest.of(""));
      assertTrue(r.hits().isEmpty());
      assertEquals(List.of("no article with id \"m1\" to find similar articles to"), r.notes());
    }
  }

  @Test
  void aClosedIndexSaysSoWithItsPath() throws IOException {
    ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS);
    assertTrue(index.isOpen());
    index.close();
    index.close(); // closing twice is harmless
    assertFalse(index.isOpen());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> index.search("خبر", 10));
    assertEquals("index at " + dir + " is closed", e.getMessage());
    assertThrows(IllegalStateException.class, () -> index.add(Article.builder("x").title("خبر").build()));
  }
}
