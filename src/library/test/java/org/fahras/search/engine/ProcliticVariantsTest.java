package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Variant spellings of a query word written with proclitics (issue 25): وترمب finds what ترامب finds, as ترمب
 * does. A table of its own (ترمب / ترامب, نتنياهو / نتانياهو, بوتين / بوتن, and وتين / وتيين to catch a wrong
 * split of بوتين), on articles built in code.
 */
class ProcliticVariantsTest {
  static final Map<String, List<String>> TABLE = Map.of(
      "ترمب", List.of("ترامب"), "ترامب", List.of("ترمب"),
      "نتنياهو", List.of("نتانياهو"), "نتانياهو", List.of("نتنياهو"),
      "بوتين", List.of("بوتن"), "بوتن", List.of("بوتين"),
      "وتين", List.of("وتيين"), "وتيين", List.of("وتين"));
  static final Ranking ON = Ranking.DEFAULT.withVariants(
      Ranking.Variants.of("proclitic-test", w -> TABLE.getOrDefault(w, List.of())), 0.1f);
  static final Ranking OFF = Ranking.DEFAULT.withVariants(Ranking.NO_VARIANTS, 0.1f);

  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = ArticleIndex.create(dir.resolve("idx"), "fahras");
    List<Article> a = new ArrayList<>();
    a.add(article("short", "قال ترمب إن الاتفاق انتهى"));
    a.add(article("short-clitic", "التقى الوزير وترمب في البيت الأبيض"));
    a.add(article("long", "قال ترامب إن الاتفاق انتهى"));
    a.add(article("long-clitic", "اجتمع الوزير بترامب في البيت الأبيض"));
    a.add(article("netanyahu", "أعلن نتانياهو تشكيل الحكومة"));
    a.add(article("putin", "استقبل بوتن الوفد"));
    a.add(article("vein", "تمزق في وتيين القلب")); // reached only through a wrong split of وبوتين
    a.add(article("other", "أخبار الاقتصاد والسوق"));
    new Indexer(index).ingest(a);
  }

  static Article article(String id, String body) {
    return Article.builder(id).title("خبر").body(body).build();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static SearchResponse search(String q, Ranking r, boolean plain) throws IOException {
    return index.search(SearchRequest.builder(q).size(100).ranking(r).plainText(plain).highlight(false).build());
  }

  static Set<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
  }

  @Test
  void aWordWithProcliticsGetsTheVariantsOfTheWordWithout() throws IOException {
    Set<String> trump = Set.of("short", "short-clitic", "long", "long-clitic");
    assertEquals(trump, ids(search("ترمب", ON, false)));
    for (String q : List.of("وترمب", "لترمب", "فبترمب", "والترمب")) {
      for (boolean plain : List.of(false, true)) {
        SearchResponse r = search(q, ON, plain);
        assertEquals(trump, ids(r), q + (plain ? " (plain text)" : ""));
        String prefix = q.substring(0, q.length() - "ترمب".length());
        assertTrue(r.notes().contains("also searched: " + prefix + "ترامب"), q + " " + r.notes());
      }
      // without variants, only the spelling typed
      assertEquals(Set.of("short", "short-clitic"), ids(search(q, OFF, false)), q);
    }
    assertEquals(Set.of("netanyahu"), ids(search("لنتنياهو", ON, false)));
    assertEquals(Set.of(), ids(search("لنتنياهو", OFF, false)));
  }

  @Test
  void theTypedSpellingStillRanksFirst() throws IOException {
    List<SearchHit> hits = search("وترمب", ON, false).hits();
    assertTrue(Set.of("short", "short-clitic").contains(hits.get(0).id()), hits.get(0).id());
    assertTrue(Set.of("short", "short-clitic").contains(hits.get(1).id()), hits.get(1).id());
  }

  @Test
  void theWordIsSplitAsLittleAsItCanBe() throws IOException {
    // وبوتين: و + بوتين (the table holds it), not وب + وتين
    SearchResponse r = search("وبوتين", ON, false);
    assertEquals(Set.of("putin"), ids(r));
    assertTrue(r.notes().contains("also searched: وبوتن"), r.notes().toString());
    // a word the table holds keeps its own variants: بوتين is not ب + وتين
    assertEquals(Set.of("putin"), ids(search("بوتين", ON, false)));
  }

  @Test
  void aWordWithoutVariantsBehindItsProcliticsGetsNone() throws IOException {
    SearchResponse r = search("والاقتصاد", ON, false);
    assertEquals(Set.of("other"), ids(r));
    assertTrue(r.notes().stream().noneMatch(n -> n.startsWith("also searched")), r.notes().toString());
    // too short once stripped: وبو is not looked up as بو
    assertTrue(search("وبو", ON, false).notes().stream().noneMatch(n -> n.startsWith("also searched")));
  }
}
