package org.fahras.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fahras.document.Article;
import org.fahras.document.Kind;
import org.fahras.schema.Schema;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search hits read their fields from the hit doc value ({@link Schema#HIT}) and show each exactly as the article
 * wrote it — Arabic text, absent fields, several tags, dates at their own offset — over several segments, updated
 * and deleted articles, in every sort order; and an index of the schema before is refused.
 */
class HitFieldsIndexTest {
  @TempDir Path dir;

  private static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    out.add(Article.builder("full-1").title("افتتاح المكتبة الوطنيّة في المدينة")
        .body("افتُتِحت المكتبةُ الوطنية في المدينة بحضور الوزير.").summary("ملخّص الخبر: مكتبة جديدة")
        .source("BBC عربي").category("ثقافة").tags(List.of("مكتبات", "Culture", "#ثقافة_وفنون"))
        .url("https://example.org/مقال?id=1").author("سارة المكتبيّة").kind(Kind.DOCUMENTARY)
        .published(OffsetDateTime.parse("2018-04-02T10:15:30.250+03:00")).build());
    out.add(Article.builder("bare-2").body("مكتبة صغيرة في القرية").build()); // every other field absent
    out.add(Article.builder("title-3").title("مكتبة").body("نص عن مكتبة المدرسة").source("aljazeera")
        .published(OffsetDateTime.parse("2017-12-31T23:00Z")).tags(List.of("تعليم")).build());
    for (int i = 0; i < 40; i++) { // enough to spread over segments and pages
      out.add(Article.builder("n-" + i).title("خبر رقم " + i + " عن مكتبة")
          .body("المكتبة " + "كتاب ".repeat(i % 7 + 1) + "قراءة " + i).source(i % 2 == 0 ? "Source A" : "مصدر ب")
          .category(i % 3 == 0 ? null : "فئة " + (i % 3)).tags(i % 4 == 0 ? List.of() : List.of("وسم " + i, "tag" + i))
          .author(i % 5 == 0 ? "كاتب " + i : null)
          .published(i % 6 == 0 ? null : OffsetDateTime.parse("2019-0" + (i % 9 + 1) + "-1" + (i % 10) + "T08:00+0"
              + (i % 5) + ":00"))
          .build());
    }
    return out;
  }

  private static void assertHitIs(Article a, SearchHit h) {
    assertEquals(a.id(), h.id());
    assertEquals(a.title(), h.title(), a.id());
    assertEquals(a.published(), h.published(), a.id());
    if (a.published() != null) {
      assertEquals(a.published().getOffset(), h.published().getOffset(), a.id());
    }
    assertEquals(a.kind(), h.kind(), a.id());
    assertEquals(a.source(), h.source(), a.id());
    assertEquals(a.category(), h.category(), a.id());
    assertEquals(a.tags(), h.tags(), a.id());
    assertEquals(a.url(), h.url(), a.id());
    assertEquals(a.author(), h.author(), a.id());
    assertEquals(a.summary(), h.summary(), a.id());
  }

  @Test
  void hitsShowEveryFieldAsWrittenOverSegmentsUpdatesAndSorts() throws IOException {
    for (String analyzer : new String[] {"fahras", "stock"}) {
      Path folder = dir.resolve(analyzer);
      Map<String, Article> expected = new HashMap<>();
      try (ArticleIndex index = ArticleIndex.create(folder, analyzer)) {
        List<Article> all = articles();
        for (int i = 0; i < all.size(); i++) {
          index.add(all.get(i));
          expected.put(all.get(i).id(), all.get(i));
          if (i % 10 == 9) {
            index.commit(); // several segments
          }
        }
        // an update (a deleted document and its new version in a later segment) and a delete
        Article updated = all.get(5).toBuilder().title("عنوان محدّث للمكتبة").tags(List.of("أ", "ب", "ج")).build();
        index.add(updated);
        expected.put(updated.id(), updated);
        index.delete("n-7");
        expected.remove("n-7");
        index.commit();
        for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
          SearchRequest request = SearchRequest.builder("مكتبة").sort(sort).size(7).highlight(true).build();
          List<SearchHit> walked = new ArrayList<>();
          for (SearchResponse r = index.search(request); ; r = index.search(request.next(r.nextCursor()))) {
            walked.addAll(r.hits());
            if (r.nextCursor() == null) {
              break;
            }
          }
          assertEquals(expected.size(), walked.size(), analyzer + " " + sort);
          for (SearchHit h : walked) {
            Article a = expected.get(h.id());
            assertHitIs(a, h);
            assertEquals(index.get(h.id()).orElseThrow(), a); // the stored fields agree
          }
        }
        // facets, filters and a page by number read the same values
        SearchResponse faceted = index.search(SearchRequest.builder("مكتبة").filter("source", "bbc عربي").facets(true)
            .build());
        assertEquals(1, faceted.hits().size());
        assertHitIs(expected.get("full-1"), faceted.hits().get(0));
        assertTrue(faceted.facets().get(Schema.SOURCE).containsKey("BBC عربي"), faceted.facets().toString());
        SearchResponse page2 = index.search(SearchRequest.builder("مكتبة").size(5).page(2).build());
        for (SearchHit h : page2.hits()) {
          assertHitIs(expected.get(h.id()), h);
        }
      }
    }
  }

  @Test
  void anIndexOfSchemaVersion1MustBeReindexed() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      index.commit();
    }
    try (var d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of(Schema.META_ANALYZER, "fahras", Schema.META_CHAIN_VERSION,
          org.fahras.analysis.AnalysisChain.forName("fahras").version(), Schema.META_SCHEMA, "1").entrySet());
      w.commit();
    }
    for (boolean writable : new boolean[] {false, true}) {
      IndexMismatchException e = org.junit.jupiter.api.Assertions.assertThrows(IndexMismatchException.class,
          () -> {
            if (writable) {
              ArticleIndex.openOrCreate(dir, ArticleAnalyzer.FAHRAS).close();
            } else {
              ArticleIndex.openForSearch(dir).close();
            }
          });
      assertEquals(IndexMismatchException.Reason.VERSION, e.reason());
      assertTrue(e.getMessage().contains("has schema version 1, this fahras reads version " + Schema.VERSION)
          && e.getMessage().contains("reindex"), e.getMessage());
    }
  }
}
