package org.fahras.index;

import org.fahras.analysis.AnalysisChain;
import org.fahras.schema.Schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fahras.document.Article;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
  @TempDir Path dir;

  static Article article(String id, String title, String body) {
    return Article.builder(id).title(title).body(body).source("src")
        .published(OffsetDateTime.parse("2018-01-02T03:04:05+01:00")).build();
  }

  static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }

  @Test
  void addUpdateDeleteCommitReopen() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      index.setRefreshInterval(java.time.Duration.ofHours(1));
      index.add(article("a", "المكتبة الوطنية", "افتتاح المكتبة"));
      index.add(article("b", "كرة القدم", "فاز الفريق بالكأس"));
      // a search does not reopen the reader: not visible until refresh() (or commit, or the interval)
      assertEquals(List.of(), ids(index.search("مكتبة", 10)));
      index.refresh(); // read-your-writes, before commit (near real time)
      assertEquals(List.of("a"), ids(index.search("مكتبة", 10)));
      index.setRefreshInterval(java.time.Duration.ZERO); // every search after a change sees it
      index.add(article("c", "مكتبة المدينة", "نص"));
      assertEquals(java.util.Set.of("a", "c"), new java.util.HashSet<>(ids(index.search("مكتبة", 10))));
      index.delete("c");
      index.commit();
      index.add(article("a", "حديقة عامة", "افتتاح حديقة")); // update: same id replaces
      index.delete("b");
      index.commit();
      assertEquals(1, index.count());
      assertEquals(List.of(), ids(index.search("مكتبة", 10)));
      assertEquals(List.of("a"), ids(index.search("حديقة", 10)));
    }
    try (ArticleIndex index = ArticleIndex.openForSearch(dir)) {
      assertEquals("fahras", index.chain().name());
      assertEquals(1, index.count());
      Article a = index.get("a").orElseThrow();
      assertEquals("حديقة عامة", a.title());
      assertEquals(OffsetDateTime.parse("2018-01-02T03:04:05+01:00"), a.published());
      SearchHit h = index.search("حديقة", 1).get(0);
      assertEquals("src", h.source());
      assertEquals(org.fahras.document.Kind.NEWS, h.kind());
    }
  }

  @Test
  void uncommittedChangesAreLostOnClose() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      index.add(article("a", "عنوان", "نص"));
      index.commit();
      index.add(article("b", "عنوان", "نص"));
    }
    try (ArticleIndex index = ArticleIndex.openForSearch(dir)) {
      assertEquals(1, index.count());
      assertTrue(index.get("b").isEmpty());
    }
  }

  @Test
  void indexRemembersItsAnalyzer() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, "stock")) {
      index.add(article("a", "الكتاب", "نص"));
      index.commit();
    }
    try (ArticleIndex index = ArticleIndex.openForWriting(dir)) {
      assertEquals("stock", index.chain().name());
    }
    IndexMismatchException e =
        assertThrows(IndexMismatchException.class, () -> ArticleIndex.openOrCreate(dir, ArticleAnalyzer.FAHRAS));
    assertTrue(e.getMessage().contains("was built with analyzer \"stock\""), e.getMessage());
    assertEquals(IndexMismatchException.Reason.ANALYZER, e.reason());
    assertEquals("stock", e.analyzer());
    assertEquals(dir, e.path());
    try (ArticleIndex index = ArticleIndex.openOrCreate(dir, ArticleAnalyzer.STOCK)) {
      assertEquals(1, index.count()); // opened, not recreated
    }
  }

  @Test
  void createFailsOnAnExistingIndex() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      index.add(article("a", "عنوان", "نص"));
      index.commit();
    }
    java.nio.file.FileAlreadyExistsException e = assertThrows(java.nio.file.FileAlreadyExistsException.class,
        () -> ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS));
    assertTrue(e.getMessage().contains("openOrCreate"), e.getMessage());
    try (ArticleIndex index = ArticleIndex.openForSearch(dir)) {
      assertEquals(1, index.count()); // untouched
    }
  }

  @Test
  void nullArgumentsAreNamed() throws IOException {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ArticleIndex.create(dir, (ArticleAnalyzer) null));
    assertEquals("analyzer", e.getMessage());
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      assertEquals("article", assertThrows(NullPointerException.class, () -> index.add(null)).getMessage());
      assertEquals("request",
          assertThrows(NullPointerException.class, () -> index.search((SearchRequest) null)).getMessage());
      assertEquals("id", assertThrows(NullPointerException.class, () -> index.get(null)).getMessage());
    }
  }

  /** An empty fahras index at {@code dir} whose commit says it was built by chain {@code version}. */
  private void fahrasIndexOfChainVersion(String version) throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      index.commit();
    }
    try (var d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of(Schema.META_ANALYZER, "fahras", Schema.META_CHAIN_VERSION, version,
          Schema.META_SCHEMA, Schema.VERSION).entrySet());
      w.commit();
    }
  }

  @Test
  void anotherChainVersionMustBeReindexed() throws IOException {
    fahrasIndexOfChainVersion("0");
    IndexMismatchException e = assertThrows(IndexMismatchException.class, () -> ArticleIndex.openForSearch(dir));
    assertEquals(IndexMismatchException.Reason.VERSION, e.reason());
    assertTrue(e.getMessage().contains("version 0") && e.getMessage().contains("reindex"), e.getMessage());
  }

  /**
   * Chain version 5 stemmed the name ليلى as ليلي + a suffix (meeting ليل, "night") and هدى as هدية's stem: such an
   * index is refused for search and for writing.
   */
  @Test
  void anIndexOfChainVersion5IsToldToRebuild() throws IOException {
    assertEquals("10", AnalysisChain.FAHRAS_VERSION);
    fahrasIndexOfChainVersion("5");
    String expected = "index at " + dir + " was built by analysis chain \"fahras\" version 5, this fahras has version 10:"
        + " its tokens differ, so reindex its articles into a new folder with analyzer \"fahras\"";
    assertEquals(expected, assertThrows(IndexMismatchException.class, () -> ArticleIndex.openForSearch(dir)).getMessage());
    assertEquals(expected, assertThrows(IndexMismatchException.class, () -> ArticleIndex.openForWriting(dir)).getMessage());
    assertEquals(expected,
        assertThrows(IndexMismatchException.class, () -> ArticleIndex.openOrCreate(dir, "fahras")).getMessage());
  }

  @Test
  void secondWriterGetsAClearError() throws IOException {
    try (ArticleIndex first = ArticleIndex.create(dir, "fahras")) {
      IndexLockedException e = assertThrows(IndexLockedException.class, () -> ArticleIndex.openForWriting(dir));
      assertEquals("index at " + dir + " is locked by another writer", e.getMessage());
      assertEquals(dir, e.path());
      // searching is still possible
      try (ArticleIndex reader = ArticleIndex.openForSearch(dir)) {
        assertEquals(0, reader.count());
      }
    }
  }

  @Test
  void openingNothingSaysSo() {
    IOException e = assertThrows(IOException.class, () -> ArticleIndex.openForSearch(dir.resolve("none")));
    assertTrue(e.getMessage().startsWith("no index at"));
    assertThrows(IllegalArgumentException.class, () -> ArticleIndex.create(dir, "nonesuch"));
  }

  @Test
  void randomQueryStringsNeverThrow() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      index.add(article("a", "المكتبة الوطنية", "افتتاح المكتبة في العاصمة"));
      index.commit();
      Random r = new Random(42);
      String specials = "+-&|!(){}[]^\"~*?:\\/ \t\nAND OR NOT ";
      for (int i = 0; i < 2000; i++) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(i % 100 == 0 ? 20_000 : 40);
        for (int j = 0; j < n; j++) {
          int k = r.nextInt(4);
          if (k == 0) {
            sb.append(specials.charAt(r.nextInt(specials.length())));
          } else if (k == 1) {
            sb.append((char) (0x0600 + r.nextInt(0x100)));
          } else if (k == 2) {
            sb.append((char) r.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
          } else {
            sb.append("المكتبة ");
          }
        }
        index.search(sb.toString(), 10);
      }
      assertFalse(index.search("\"المكتبة", 10).isEmpty());
    }
  }

  @Test
  void stockIndexSearchesTheBaselineWay() throws IOException {
    try (ArticleIndex index = ArticleIndex.create(dir, "stock")) {
      index.add(article("a", "المكتبة", "نص"));
      index.add(article("b", "مسئول", "نص"));
      index.commit();
      assertEquals(List.of("a"), ids(index.search("المكتبات", 10)));
      // stock does not fold hamza carriers: مسؤول does not find مسئول
      assertEquals(List.of(), ids(index.search("مسؤول", 10)));
    }
    Path other = dir.resolve("fahras");
    try (ArticleIndex index = ArticleIndex.create(other, "fahras")) {
      index.add(article("b", "مسئول", "نص"));
      index.commit();
      assertEquals(List.of("b"), ids(index.search("مسؤول", 10)));
    }
    assertTrue(Files.isDirectory(other));
  }
}
