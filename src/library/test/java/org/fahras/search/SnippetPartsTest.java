package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.fahras.document.Article;
import org.fahras.index.ArticleAnalyzer;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets as pieces (issue 27): the text as written, matches apart, nothing to unescape. */
class SnippetPartsTest {
  @TempDir Path dir;

  @Test
  void partsAreTheSnippetsTextWithTheMatchesApart() throws IOException {
    String body = "قالت الوزارة إن <mark> & \"المكتبات\" ستفتح غدا في المدينة، وإن المكتبة الوطنية أكبرها.";
    try (ArticleIndex index = ArticleIndex.create(dir, ArticleAnalyzer.FAHRAS)) {
      index.add(Article.builder("a").title("خبر").body(body).build());
      index.commit();
      SearchHit escaped = index.search(SearchRequest.builder("مكتبة").highlight(true).build()).hits().get(0);
      SearchHit raw = index.search(SearchRequest.builder("مكتبة").highlight(true).rawSnippets(true).build())
          .hits().get(0);
      for (SearchHit h : List.of(escaped, raw)) {
        List<SnippetPart> parts = h.snippetParts();
        assertTrue(parts.stream().anyMatch(SnippetPart::match), parts.toString());
        assertEquals(List.of("المكتبات", "المكتبة"),
            parts.stream().filter(SnippetPart::match).map(SnippetPart::text).toList());
        // the text as the article writes it: the literal <mark> and & of the article are text, not markup
        assertEquals(body, parts.stream().map(SnippetPart::text).collect(Collectors.joining()));
        assertFalse(parts.stream().filter(p -> p.text().contains("<mark>")).anyMatch(SnippetPart::match));
      }
      assertTrue(escaped.snippet().contains("&lt;mark&gt;") && escaped.snippet().contains("<mark>المكتبات</mark>"),
          escaped.snippet());
      assertEquals(escaped.snippetParts(), raw.snippetParts(), "escaping changes the string, not the pieces");
      SearchHit none = index.search(SearchRequest.of("مكتبة")).hits().get(0);
      assertEquals(List.of(), none.snippetParts());
    }
  }
}
