package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.search.Ranking;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "also searched" note's written forms, kept per reader ({@link SurfaceForms}). */
class SurfaceFormsTest {
  @TempDir Path dir;

  @Test
  void theNoteIsTheSameFromTheCacheAndAReadersFormsGoWithIt() throws IOException {
    // the variant table holds the normalized مقارنه; the note shows it as the article writes it
    Ranking r = Ranking.DEFAULT.withVariants(w -> w.equals("مقابله") ? List.of("مقارنه") : List.of(), 0.3f);
    SearchRequest request = SearchRequest.builder("مقابلة").ranking(r).build();
    int before = SurfaceForms.readers();
    try (ArticleIndex index = ArticleIndex.create(dir.resolve("idx"), "fahras")) {
      index.add(Article.builder("a1").title("مقارنةٌ بين المدينتين").body("مقارنةٌ بين المدينتين").build());
      index.commit();
      SearchResponse first = index.search(request);
      assertTrue(first.notes().contains("also searched: مقارنة"), first.notes().toString());
      assertEquals(before + 1, SurfaceForms.readers());
      assertEquals(first.notes(), index.search(request).notes()); // from the cache
      // a new reader (a commit) gets its own forms: the article that wrote the form is gone, the note says مقارنه
      index.delete("a1");
      index.add(Article.builder("a2").title("مقارنه سريعة").body("مقارنه سريعة").build());
      index.commit();
      SearchResponse second = index.search(request);
      assertTrue(second.notes().contains("also searched: مقارنه"), second.notes().toString());
    }
    assertEquals(before, SurfaceForms.readers(), "a closed reader's forms are dropped");
  }
}
