package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quoted phrase finds its first word with the proclitics Arabic writes on it, and nothing else more. */
class ProcliticPhraseTest {
  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = ArticleIndex.create(dir.resolve("idx"), "fahras");
    String[][] bodies = {
        {"plain", "عاد المستشار إلى البيت الأبيض أمس بعد جولة في المنطقة."},
        {"li", "قال مسؤول للبيت الأبيض إن الاجتماع سيعقد غدا."},
        {"wa", "والبيت الأبيض لم يعلق على التقرير حتى الآن."},
        {"bi", "اجتمع الوفد بالبيت الأبيض مع مستشاري الرئيس."},
        {"plural", "البيوت البيضاء في القرية تجذب السياح."},
        {"conjunction", "قسم الرسام اللوحة بين البيت والأبيض والأسود."},
        {"apart", "البيت الذي طلي باللون الأبيض بيع أمس."}};
    for (String[] b : bodies) {
      index.add(Article.builder(b[0]).title("خبر " + b[0]).body(b[1]).build());
    }
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static Set<String> ids(String q) throws IOException {
    Set<String> out = new TreeSet<>();
    index.search(SearchRequest.builder(q).size(50).build()).hits().forEach(h -> out.add(h.id()));
    return out;
  }

  @Test
  void theFirstWordOfAPhraseMayCarryProclitics() throws IOException {
    assertEquals(Set.of("plain", "li", "wa", "bi"), ids("\"البيت الأبيض\""));
  }

  @Test
  void otherWordsAndOtherFormsStayAsWritten() throws IOException {
    assertEquals(Set.of("plural"), ids("\"البيوت البيضاء\""));
    // a proclitic on a later word is a conjunction inside the phrase: not the White House
    assertEquals(Set.of("conjunction"), ids("\"البيت والأبيض\""));
    assertEquals(Set.of("plain", "li", "wa", "bi", "apart"), ids("\"البيت الأبيض\"~3"));
  }

  @Test
  void aQuotedWordWithoutTheArticleFindsItsProcliticForms() throws IOException {
    assertEquals(Set.of("li"), ids("\"مسؤول\""));
    assertEquals(Set.of("plain", "apart"), ids("\"أمس\""));
  }

  @Test
  void theProcliticFormIsHighlighted() throws IOException {
    SearchResponse r = index.search(SearchRequest.builder("\"البيت الأبيض\"").size(50).highlight(true).build());
    List<String> li = r.hits().stream().filter(h -> h.id().equals("li")).map(SearchHit::snippet).toList();
    assertEquals(1, li.size());
    assertTrue(li.get(0).contains("<mark>للبيت الأبيض</mark>"), li.get(0));
  }
}
