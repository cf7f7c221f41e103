package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relevance order breaks ties by doc id (Lucene's top-score collector) and its cursor carries the doc id and the
 * reader generation: exact on one reader; across a change of the index the tie position is the article's new doc
 * id, and a cursor without a doc id (an earlier fahras's) goes on the same way.
 */
class RelevanceCursorTest {
  @TempDir Path dir;

  /** Ids not in alphabetical order: ties by doc id (index order) differ from ties by id. */
  private static final List<String> IDS = List.of("z5", "a1", "m3", "b2", "y4", "c0", "x9");

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  private static List<String> walk(ArticleIndex index, SearchRequest first, Runnable betweenPages)
      throws IOException {
    return walk(index, first, betweenPages, 1);
  }

  private static List<String> walk(ArticleIndex index, SearchRequest first, Runnable betweenPages, long firstRank)
      throws IOException {
    List<String> walked = new ArrayList<>();
    SearchRequest req = first;
    for (int page = 0; page < 50; page++) {
      SearchResponse r = index.search(req);
      assertEquals(walked.size() + firstRank, r.firstRank());
      walked.addAll(ids(r));
      if (r.nextCursor() == null) {
        break;
      }
      betweenPages.run();
      req = req.next(r.nextCursor());
    }
    return walked;
  }

  private static ArticleIndex tied(Path dir) throws IOException {
    ArticleIndex index = ArticleIndex.create(dir, "fahras");
    index.setRefreshInterval(Duration.ZERO);
    for (String id : IDS) { // the same text: every hit has the same score
      index.add(Article.builder(id).title("مكتبة المدينة").body("افتتاح المكتبة الجديدة").build());
    }
    index.commit();
    return index;
  }

  @Test
  void tiedHitsWalkInIndexOrderOnOneReader() throws IOException {
    try (ArticleIndex index = tied(dir)) {
      SearchResponse all = index.search(SearchRequest.builder("مكتبة").size(100).build());
      assertEquals(IDS, ids(all));
      assertEquals(1, new HashSet<>(all.hits().stream().map(SearchHit::score).toList()).size(), "all tied");
      for (int size = 1; size <= 4; size++) {
        assertEquals(IDS, walk(index, SearchRequest.builder("مكتبة").size(size).build(), () -> {}), "size " + size);
      }
      // pages by number agree with the cursor walk
      assertEquals(IDS.subList(2, 4), ids(index.search(SearchRequest.builder("مكتبة").size(2).page(2).build())));
    }
  }

  @Test
  void aCursorGoesOnAfterTheIndexChanged() throws IOException {
    try (ArticleIndex index = tied(dir)) {
      for (int i = 0; i < 20; i++) {
        index.add(Article.builder("other-" + i).title("كرة القدم").body("مباراة الفريق").build());
      }
      index.commit();
      int[] n = {0};
      List<String> walked = walk(index, SearchRequest.builder("مكتبة").size(2).build(), () -> {
        // an article the query does not find deleted between every two pages: a new reader generation each time,
        // the same scores (a deleted document counts in the statistics until merged away; an added one would move
        // every score, and a score cursor goes on from the old score)
        try {
          index.delete("other-" + n[0]++);
          index.commit();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      assertEquals(IDS, walked);
      assertTrue(n[0] > 0);
    }
  }

  @Test
  void aCursorWithoutDocIdGoesOnByTheArticle() throws IOException {
    try (ArticleIndex index = tied(dir)) {
      SearchRequest first = SearchRequest.builder("مكتبة").size(2).build();
      String cursor = index.search(first).nextCursor();
      assertNotNull(cursor);
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String header = raw.substring(0, raw.indexOf('\n'));
      assertEquals(4, header.split(":").length, raw); // RELEVANCE:SEEN:FINGERPRINT:DOC@GENERATION
      String older = header.substring(0, header.lastIndexOf(':')) + raw.substring(raw.indexOf('\n'));
      String olderCursor = Base64.getUrlEncoder().withoutPadding()
          .encodeToString(older.getBytes(StandardCharsets.UTF_8));
      assertNotEquals(cursor, olderCursor);
      assertEquals(IDS.subList(2, 4), ids(index.search(first.next(cursor))));
      assertEquals(IDS.subList(2, 4), ids(index.search(first.next(olderCursor))));
    }
  }

  @Test
  void aDeletedLastHitShowsItsTiesAgainRatherThanSkipThem() throws IOException {
    try (ArticleIndex index = tied(dir)) {
      SearchRequest first = SearchRequest.builder("مكتبة").size(2).build();
      SearchResponse p1 = index.search(first);
      assertEquals(IDS.subList(0, 2), ids(p1));
      index.delete(IDS.get(1));
      index.commit();
      List<String> rest = walk(index, first.next(p1.nextCursor()), () -> {}, 3);
      assertTrue(rest.containsAll(IDS.subList(2, IDS.size())), rest.toString());
    }
  }
}
