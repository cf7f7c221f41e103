package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fahras.document.Article;
import org.fahras.document.Kind;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query language's operators, filters, dates and notes; paging, totals, escaping; on a small index. */
class QueryLanguageTest {
  @TempDir static Path dir;
  static ArticleIndex index;

  static Article a(String id, String title, String body, String source, Kind kind, String published) {
    return Article.builder(id).title(title).body(body).source(source).kind(kind)
        .published(OffsetDateTime.parse(published)).build();
  }

  @BeforeAll
  static void build() throws IOException {
    index = ArticleIndex.create(dir.resolve("idx"), "fahras");
    index.add(a("n1", "افتتاح المكتبة الوطنية", "افتتحت المكتبة الوطنية في المدينة", "fahras-news", Kind.NEWS,
        "2018-06-30T10:00:00Z"));
    index.add(a("n2", "مكتبة جديدة", "مكتبة جديدة للأطفال في الحي", "bbc arabic", Kind.NEWS,
        "2018-06-30T10:00:01Z"));
    index.add(a("n3", "المكتبة والحديقة", "زيارة المكتبة ثم الحديقة العامة", "other", Kind.NEWS,
        "2018-07-01T00:00:00Z"));
    index.add(a("d1", "فيلم عن المكتبة", "فيلم وثائقي عن تاريخ المكتبة القديمة", "docs", Kind.DOCUMENTARY,
        "2018-06-29T23:59:59Z"));
    index.add(a("d2", "فيلم عن البحر", "فيلم وثائقي عن البحر والسفن", "docs", Kind.DOCUMENTARY,
        "2018-05-01T00:00:00Z"));
    index.add(a("x1", "صفحة خطرة", "نص <img src=x onerror=alert(1)> ثم مكتبة \u001b[31m", "other", Kind.NEWS,
        "2017-01-01T00:00:00Z"));
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static SearchResponse search(String q) throws IOException {
    return index.search(SearchRequest.builder(q).size(50).build());
  }

  static Set<String> ids(String q) throws IOException {
    return ids(search(q));
  }

  static Set<String> ids(SearchResponse r) {
    return new HashSet<>(r.hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void negatedFiltersExclude() throws IOException {
    assertTrue(ids("مكتبة").contains("n1"));
    assertFalse(ids("مكتبة -source:fahras-news").contains("n1"));
    assertTrue(ids("مكتبة -source:fahras-news").contains("n2"));
    assertEquals(Set.of("n1", "n2", "n3", "x1"), ids("-kind:documentary")); // alone: everything else
    assertEquals(Set.of("n3", "x1"), ids("-source:fahras-news -source:\"bbc arabic\" -kind:documentary"));
  }

  @Test
  void quotedFilterValues() throws IOException {
    SearchResponse r = search("مكتبة source:\"bbc arabic\"");
    assertEquals(Set.of("n2"), ids(r));
    assertEquals(List.of(), r.notes());
    assertEquals(Set.of("n1", "n2"), ids("source:\"BBC Arabic\" source:fahras-news")); // any of the values
  }

  @Test
  void unknownFieldsAreSearchedWithANote() throws IOException {
    SearchResponse r = search("title:مكتبة");
    assertFalse(r.hits().isEmpty());
    assertTrue(r.notes().get(0).contains("no field \"title\""), r.notes().toString());
    assertEquals(ids("مكتبة"), ids(r));
  }

  @Test
  void kindOutsideItsValuesIsNoted() throws IOException {
    SearchResponse r = search("فيلم kind:documentry");
    assertTrue(r.hits().isEmpty());
    assertTrue(r.notes().get(0).contains("matches nothing"), r.notes().toString());
  }

  @Test
  void datesAreWholeDaysAndDateTimesExact() throws IOException {
    assertEquals(Set.of("n1", "n2", "d1"), ids("after:2018-06-29 before:2018-06-30"));
    assertEquals(Set.of("n1", "d1", "d2", "x1"), ids("before:2018-06-30T10:00:00Z")); // exact: 10:00:01 is out
    assertEquals(Set.of("n2", "n3"), ids("after:2018-06-30T10:00:01Z"));
    SearchResponse negated = search("-after:2018-06-30");
    assertEquals(Set.of("d1", "d2", "x1"), ids(negated));
    assertTrue(negated.notes().get(0).contains("read as before:"), negated.notes().toString());
    SearchResponse bad = search("after:yesterday مكتبة");
    assertTrue(bad.notes().get(0).contains("not a date"), bad.notes().toString());
  }

  @Test
  void simpleQueryParserOperators() throws IOException {
    assertEquals(Set.of("n3"), ids("مكتبة + حديقة"));                   // + is AND
    assertEquals(Set.of("n3", "d2"), ids("حديقة | بحر"));                // | is OR
    assertEquals(Set.of("d2"), ids("(حديقة | بحر) + -مكتبة | بحر")); // left to right: ((a|b) + -c) | b
    assertEquals(Set.of("n3"), ids("(حديقة | بحر) + -فيلم"));
    assertEquals(Set.of("d1", "d2"), ids("فيلم -(مكتبة + حديقة)"));
    assertEquals(Set.of("d1"), ids("\"المكتبة القديمة\""));
    assertEquals(Set.of(), ids("\"تاريخ القديمة\""));                     // not next to each other
    assertEquals(Set.of("d1"), ids("\"تاريخ القديمة\"~1"));              // with slop it is
    assertEquals(Set.of("d2"), ids("البحار~1 + فيلم"));                   // fuzzy on the exact words
    assertEquals(Set.of("n1", "n3", "d1"), ids("المكت*"));  // prefix of the words as written
    assertEquals(ids("مكتبة"), ids("مكتبة \"")); // unclosed quote: ignored with a note
    assertTrue(search("مكتبة \"").notes().get(0).contains("quote"), search("مكتبة \"").notes().toString());
    assertEquals(ids("فيلم"), ids("فيلم (")); // unclosed parenthesis
  }

  @Test
  void andOrNotWrittenAsWordsGetANote() throws IOException {
    SearchResponse r = search("مكتبة AND فيلم OR (بحر NOT) AND");
    assertEquals(List.of("AND", "OR", "NOT"), r.notes().stream().filter(n -> n.contains("is not an operator"))
        .map(n -> n.substring(1, n.indexOf('"', 1))).toList(), r.notes().toString());
    assertTrue(r.notes().get(0).contains("a + b"), r.notes().toString());
    // inside a phrase, in another case, or part of a word, they are words as typed
    for (String q : List.of("\"مكتبة AND فيلم\"", "مكتبة and فيلم", "ANDROID مكتبة", "مكتبة +فيلم",
        "مكتبة \\\" \"AND فيلم\"")) { // the escaped quote opens nothing: the second one opens the phrase
      assertTrue(search(q).notes().stream().noneMatch(n -> n.contains("is not an operator")), q);
    }
  }

  @Test
  void excludingStaysExclusionWhateverTheOperator() throws IOException {
    // SimpleQueryParser alone reads "a -b" as "a, or anything without b"; here -b always excludes
    assertEquals(Set.of("n2", "n3", "d1", "x1"), ids("مكتبة -الوطنية"));
    assertEquals(Set.of("n2", "n3", "d1", "x1"), ids("مكتبة | -الوطنية"));
  }

  @Test
  void pagePastTheEndIsEmptyWithTheTotal() throws IOException {
    SearchRequest.Builder b = SearchRequest.builder("مكتبة").size(2);
    SearchResponse first = index.search(b.page(1).build());
    SearchResponse second = index.search(b.page(2).build());
    SearchResponse past = index.search(b.page(99).build());
    assertEquals(2, first.hits().size());
    assertEquals(1, first.firstRank());
    assertEquals(3, second.firstRank());
    assertEquals(197, past.firstRank());
    assertTrue(past.hits().isEmpty());
    assertEquals(first.totalHits(), past.totalHits());
    assertNull(past.nextCursor());
    assertTrue(java.util.Collections.disjoint(ids(first), ids(second)));
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("x").page(2).cursor("c").build());
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("x").page(0).build());
  }

  @Test
  void moreLikeThisPages() throws IOException {
    SearchRequest.Builder b = SearchRequest.builder("").size(1);
    SearchResponse p1 = index.moreLikeThis("n1", b.page(1).build());
    SearchResponse p2 = index.moreLikeThis("n1", b.page(2).build());
    assertEquals(1, p1.hits().size());
    assertEquals(1, p2.hits().size());
    assertNotEquals(p1.hits().get(0).id(), p2.hits().get(0).id());
    SearchResponse walked = index.moreLikeThis("n1", b.page(1).build().next(p1.nextCursor()));
    assertEquals(p2.hits().get(0).id(), walked.hits().get(0).id());
    assertEquals(2, walked.firstRank());
  }

  @Test
  void snippetsAreEscapedUnlessRawIsAsked() throws IOException {
    SearchHit safe = index.search(SearchRequest.builder("مكتبة").highlight(true).size(50).build()).hits().stream()
        .filter(h -> h.id().equals("x1")).findFirst().orElseThrow();
    assertFalse(safe.snippet().contains("<img"), safe.snippet());
    assertTrue(safe.snippet().contains("&lt;img"), safe.snippet());
    assertTrue(safe.snippet().contains("<mark>مكتبة</mark>"), safe.snippet());
    SearchHit raw = index.search(SearchRequest.builder("مكتبة").highlight(true).rawSnippets(true).size(50).build())
        .hits().stream().filter(h -> h.id().equals("x1")).findFirst().orElseThrow();
    assertTrue(raw.snippet().contains("<img src=x onerror=alert(1)>"), raw.snippet());
  }

  @Test
  void hitsCarryTheStoredFields() throws IOException {
    SearchHit h = search("السفن").hits().get(0);
    assertEquals("d2", h.id());
    assertEquals(Kind.DOCUMENTARY, h.kind());
    assertEquals("docs", h.source());
    assertEquals(List.of(), h.tags());
  }

  @Test
  void rankingIsChosenPerSearch() throws IOException {
    SearchRequest.Builder b = SearchRequest.builder("المكتبة الوطنية").explain(true);
    String withPairs = index.search(b.build()).hits().get(0).explanation();
    assertTrue(withPairs.contains("~4"), withPairs);
    String without = index.search(b.ranking(Ranking.parse("no-proximity")).build()).hits().get(0).explanation();
    assertFalse(without.contains("~4"), without);
    float exactHalf = index.search(SearchRequest.builder("المكتبة").ranking(Ranking.DEFAULT).build()).hits().get(0).score();
    float exactOne = index.search(SearchRequest.builder("المكتبة").ranking(Ranking.parse("exact=1")).build()).hits()
        .get(0).score();
    assertTrue(exactOne > exactHalf, exactOne + " vs " + exactHalf);
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("exact=lots"));
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("proximty=0.2"));
    assertEquals(Ranking.DEFAULT, Ranking.parse(Ranking.DEFAULT.describe()));
    // BM25's parameters are the ranking's too: Lucene's by default, any other per search
    assertTrue(withPairs.contains("0.75 = b, length normalization parameter"), withPairs);
    String b05 = index.search(b.ranking(Ranking.parse("k1=2,b=0.5")).build()).hits().get(0).explanation();
    assertTrue(b05.contains("0.5 = b, length normalization parameter") && b05.contains("2.0 = k1"), b05);
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Ranking.parse("b=1.5"));
    assertTrue(bad.getMessage().contains("(b must be between 0 and 1, got 1.5)"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("k1=-1"));
  }

  @Test
  void variantSpellingsPlugIn() throws IOException {
    // a variant table gives البحر as another spelling of المحيط (exact forms); no article has المحيط
    Ranking r = Ranking.DEFAULT.withVariants(w -> w.equals("المحيط") ? List.of("البحر") : List.of(), 0.3f);
    assertTrue(ids("المحيط").isEmpty());
    SearchResponse found = index.search(SearchRequest.builder("المحيط").ranking(r).build());
    assertEquals(Set.of("d2"), ids(found));
    assertTrue(found.notes().contains("also searched: البحر"), found.notes().toString());
    SearchResponse plain = index.search(SearchRequest.builder("المحيط").plainText(true).ranking(r).build());
    assertEquals(Set.of("d2"), ids(plain));
  }

  @Test
  void suggestionsChangeOnlyTheMisspelledWords() throws IOException {
    assertEquals("المكتبة الوطنية", index.suggestCorrection("المكتبت الوطنية").orElseThrow());
    assertEquals("\"المكتبة\" في -source:fahras-news الوطنية مكتب*",
        index.suggestCorrection("\"المكتبت\" في -source:fahras-news الوطنية مكتب*").orElseThrow());
    assertTrue(index.suggestCorrection("المكتبة الوطنية source:nothing").isEmpty());
  }
}
