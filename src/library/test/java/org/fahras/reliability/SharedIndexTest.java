package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.fahras.document.Article;
import org.fahras.document.InvalidArticleException;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.fahras.testdata.AntIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26, points 1–3, on the real ANT v2.1 index: what one caller does (a query, a failed ingest, a rollback, an
 * oversized article) never breaks the index for the others.
 */
@Tag("data")
class SharedIndexTest {
  @TempDir Path dir;

  static final String FUZZY_12 = "ترامب~ سوريا~ مصر~ النفط~ الرئيس~ الحكومة~ كأس~ العالم~ ليفربول~ صلاح~ روسيا~ إيران~";
  static final String[] WORDS = {"ترامب", "سوريا", "مصر", "النفط", "الرئيس", "الحكومة", "كأس", "العالم", "ليفربول",
      "صلاح", "روسيا", "إيران", "الاتحاد", "الأوروبي", "الاقتصاد", "المنتخب"};

  @Test
  void manyFuzzyOrWildcardWordsNeverThrowAndSayWhatWasNarrowed() throws IOException {
    try (ArticleIndex index = ArticleIndex.openForSearch(AntIndex.path())) {
      for (String suffix : new String[] {"~", "~1", "~2"}) {
        for (int n : new int[] {12, 16}) {
          StringBuilder q = new StringBuilder();
          for (int i = 0; i < n; i++) {
            q.append(WORDS[i]).append(suffix).append(' ');
          }
          SearchResponse r = index.search(SearchRequest.builder(q.toString()).highlight(true).facets(true).build());
          assertTrue(r.totalHits() > 0, q + ": finds articles");
          if (suffix.equals("~") || suffix.equals("~2")) {
            assertTrue(r.notes().stream().anyMatch(note -> note.contains("fuzzy word")), q + ": " + r.notes());
          }
        }
      }
      for (String pattern : new String[] {"%s*", "*%s*", "%s?*"}) {
        StringBuilder q = new StringBuilder();
        for (String w : WORDS) {
          q.append(String.format(pattern, w.substring(0, 2))).append(' ');
        }
        SearchResponse r = index.search(SearchRequest.builder(q.toString()).highlight(true).build());
        assertTrue(r.totalHits() > 0, q.toString());
      }
      // the original report: 12 fuzzy words
      assertFalse(index.search(SearchRequest.of(FUZZY_12)).hits().isEmpty());
    }
  }

  @Test
  void aFailedIngestLeavesTheIndexOpenForEveryoneElse() throws Exception {
    Path copy = AntIndex.copyTo(dir.resolve("ant"));
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"x1\",\"title\":\"خبر\",\"body\":\"نص\"}\n"
        + "{\"id\":\"x2\",\"title\":\"خبر\",\"body\":\"نص\",\"published\":\"not a date\"}\n", StandardCharsets.UTF_8);
    try (ArticleIndex index = ArticleIndex.openForWriting(copy)) {
      int before = index.count();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong searches = new AtomicLong();
      Thread searcher = new Thread(() -> {
        try {
          while (!stop.get() || searches.get() < 5) {
            assertFalse(index.search("ترامب", 10).isEmpty());
            searches.incrementAndGet();
          }
        } catch (Throwable e) {
          errors.add(e);
        }
      });
      searcher.start();
      Indexer.IngestException e = assertThrows(Indexer.IngestException.class,
          () -> new Indexer(index).ingest(List.of(bad)));
      assertEquals(0, e.summary().indexed());
      index.rollback(); // a rollback too keeps the index open
      long seen = searches.get();
      while (searches.get() < seen + 5 && errors.isEmpty()) {
        Thread.onSpinWait(); // searches go on after the failure and the rollback
      }
      stop.set(true);
      searcher.join();
      assertTrue(errors.isEmpty(), () -> "a search failed: " + errors.peek());
      assertTrue(index.isOpen());
      assertEquals(before, index.count(), "nothing of the failed ingest is visible");
      index.add(Article.builder("after-failure").title("مقال بعد الفشل").body("نص المقال").build());
      index.commit();
      assertEquals(before + 1, index.count());
      assertTrue(index.get("after-failure").isPresent());
      assertTrue(index.get("x1").isEmpty(), "the failed ingest's first article was rolled back");
    }
    try (ArticleIndex reopened = ArticleIndex.openForSearch(copy)) {
      assertTrue(reopened.get("after-failure").isPresent(), "the commit after the failure is durable");
    }
  }

  @Test
  void anOversizedArticleIsInvalidAndTheWriterStaysUsable() throws IOException {
    String huge = "كلمة ".repeat(Article.MAX_TEXT_LENGTH / 5 + 1);
    InvalidArticleException e = assertThrows(InvalidArticleException.class,
        () -> Article.builder("big").title("كبير").body(huge).build());
    assertEquals("body", e.field());
    assertTrue(e.reason().contains(String.valueOf(Article.MAX_TEXT_LENGTH)), e.reason());
    assertThrows(InvalidArticleException.class,
        () -> Article.builder("big").title("كبير").body(huge.substring(0, huge.length() / 2))
            .summary(huge.substring(0, huge.length() / 2)).build(), "the limit holds for all text fields together");
    Path copy = AntIndex.copyTo(dir.resolve("ant"));
    try (ArticleIndex index = ArticleIndex.openForWriting(copy)) {
      String large = "كلمة ".repeat(1_000_000);
      index.add(Article.builder("large").title("مقال كبير").body(large).build());
      index.commit();
      assertTrue(index.get("large").isPresent(), "a large article within the limit is indexed");
      index.add(Article.builder("next").title("مقال عادي").body("نص").build());
      index.commit();
      assertTrue(index.get("next").isPresent());
    }
  }
}
