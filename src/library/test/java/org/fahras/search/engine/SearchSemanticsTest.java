package org.fahras.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.search.InvalidCursorException;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the API's options mean (issue 26, points 10 to 12): filters of one field ORed, date bounds, facet labels,
 * exact totals with facets, size 0, autocomplete limits, notes for queries that match nothing, day filters in a
 * zone. On 1,200 articles built in code: more matches than the total is exact up to without facets.
 */
class SearchSemanticsTest {
  @TempDir static Path dir;
  static ArticleIndex index;
  static final int N = 1200;

  @BeforeAll
  static void build() throws IOException {
    index = ArticleIndex.create(dir.resolve("idx"), "fahras");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      articles.add(Article.builder("a" + i).title("خبر رقم " + i).body("نص الخبر عن السوق")
          .source(i % 2 == 0 ? "BBC" : "Alarabiya").published(OffsetDateTime.parse("2018-01-01T12:00:00Z"))
          .build());
    }
    // published 2018-03-01T02:28+04:00: 2018-02-28 in UTC, 2018-03-01 where it was published
    articles.add(Article.builder("dubai").title("المكتبة الوطنية تفتح أبوابها").body("افتتاح المكتبة")
        .source("Dubai News").published(OffsetDateTime.parse("2018-03-01T02:28:00+04:00")).build());
    articles.add(Article.builder("late").title("مكتبة المدرسة").body("كتب جديدة")
        .source("BBC").published(OffsetDateTime.parse("2018-03-01T22:00:00Z")).build());
    new Indexer(index).ingest(articles);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static Set<String> ids(SearchRequest.Builder b) throws IOException {
    return index.search(b.size(100).build()).hits().stream().map(SearchHit::id).collect(Collectors.toSet());
  }

  @Test
  void valuesOfOneFieldAreAlternativesAndFieldsAreAllRequired() throws IOException {
    SearchResponse either = index.search(SearchRequest.builder("المكتبة").filter("source", "dubai news")
        .filter("source", "bbc").build());
    assertEquals(Set.of("dubai", "late"), either.hits().stream().map(SearchHit::id).collect(Collectors.toSet()));
    assertEquals(Set.of(), ids(SearchRequest.builder("المكتبة").filter("source", "dubai news").filter("kind",
        "documentary")));
  }

  @Test
  void publishedToIsExclusiveAndDaysAreInclusive() throws IOException {
    OffsetDateTime at = OffsetDateTime.parse("2018-03-01T22:00:00Z");
    assertEquals(Set.of(), ids(SearchRequest.builder("مكتبة").filter("source", "bbc").publishedTo(at)));
    assertEquals(Set.of("late"), ids(SearchRequest.builder("مكتبة").filter("source", "bbc").publishedFrom(at)));
    // a day bound takes the whole day, like before: in the query
    assertEquals(Set.of("late"), ids(SearchRequest.builder("مكتبة").filter("source", "bbc")
        .publishedOnOrBefore(LocalDate.of(2018, 3, 1))));
    assertEquals(Set.of("late"), ids(SearchRequest.builder("مكتبة source:bbc before:2018-03-01")));
    assertEquals(Set.of(), ids(SearchRequest.builder("مكتبة").filter("source", "bbc")
        .publishedOnOrBefore(LocalDate.of(2018, 2, 28))));
  }

  @Test
  void datesOfTheQueryLanguageMayBeWrittenInArabicIndicOrPersianDigits() throws IOException {
    // issue 25: after:٢٠١٨-١٠-٠١ was "not a date"; a day in any digits is the whole day, as in ASCII ones
    for (String q : List.of("المكتبة after:٢٠١٨-٠٣-٠١ before:٠١/٠٣/٢٠١٨", "المكتبة after:۲۰۱۸-۰۳-۰۱ before:۰۱/۰۳/۲۰۱۸",
        "المكتبة after:‏٢٠١٨-٠٣-٠١‏ before:2018-03-01")) {
      SearchResponse r = index.search(SearchRequest.builder(q).size(100).build());
      assertTrue(r.notes().stream().noneMatch(n -> n.contains("not a date")), q + " " + r.notes());
      assertEquals(Set.of("late"), r.hits().stream().map(SearchHit::id).collect(Collectors.toSet()), q);
      assertEquals(Set.of("dubai"), ids(SearchRequest.builder(q).zone(ZoneId.of("Asia/Dubai"))), q);
    }
    ParsedQuery p = QueryLanguage.parse("مكتبة after:٢٠١٨-١٠-٠١ before:١٥/١٠/٢٠١٨");
    assertEquals(List.of(), p.malformed());
    assertEquals(OffsetDateTime.parse("2018-10-01T00:00:00Z"), p.after());
    assertEquals(OffsetDateTime.parse("2018-10-16T00:00:00Z"), p.before()); // the whole 15th
    assertEquals(OffsetDateTime.parse("2018-10-01T12:30:00+03:00"),
        QueryLanguage.parse("after:٢٠١٨-١٠-٠١T١٢:٣٠:٠٠+٠٣:٠٠").after()); // a date-time stays exact
    assertEquals(1, QueryLanguage.parse("after:٣١/٠٢/٢٠١٨").malformed().size()); // still strict
  }

  @Test
  void dayFiltersAreDaysOfTheRequestsZone() throws IOException {
    String q = "المكتبة after:2018-03-01 before:2018-03-01";
    // UTC, the default: the Dubai article was published on 28 February there
    assertEquals(Set.of("late"), ids(SearchRequest.builder(q)));
    assertEquals(Set.of("dubai"), ids(SearchRequest.builder("المكتبة before:2018-02-28")));
    ZoneId dubai = ZoneId.of("Asia/Dubai");
    assertEquals(Set.of("dubai"), ids(SearchRequest.builder(q).zone(dubai))); // 22:00Z is 2 March in Dubai
    assertEquals(Set.of("dubai"), ids(SearchRequest.builder("المكتبة").zone(dubai)
        .publishedOnOrAfter(LocalDate.of(2018, 3, 1)).publishedOnOrBefore(LocalDate.of(2018, 3, 1))));
    // a date-time with an offset is exact whatever the zone
    assertEquals(Set.of("late"), ids(SearchRequest.builder("المكتبة after:2018-03-01T22:00:00Z").zone(dubai)));
    // the hit keeps the article's own offset: its day is 1 March
    SearchHit h = index.search(SearchRequest.builder("الوطنية").build()).hits().get(0);
    assertEquals(LocalDate.of(2018, 3, 1), h.published().toLocalDate());
    assertEquals("+04:00", h.published().getOffset().getId());
    SearchRequest r = SearchRequest.builder(q).zone(dubai).build();
    assertEquals(dubai, r.next("x").zone());
    assertEquals(ZoneId.of("Z"), SearchRequest.of(q).zone());
  }

  @Test
  void facetLabelsAreWrittenAsHitsShowThemAndTheTotalIsExact() throws IOException {
    SearchResponse plain = index.search(SearchRequest.of("الخبر"));
    assertFalse(plain.totalIsExact()); // more than DEFAULT_EXACT_TOTAL_UP_TO: a lower bound without facets
    SearchResponse r = index.search(SearchRequest.builder("الخبر").facets(true).build());
    assertTrue(r.totalIsExact());
    assertEquals(N, r.totalHits());
    assertEquals(Set.of("BBC", "Alarabiya"), r.facets().get("source").keySet());
    assertTrue(r.hits().stream().allMatch(h -> r.facets().get("source").containsKey(h.source())), r.toString());
    // a label filters as it reads
    assertEquals(N / 2, index.search(SearchRequest.builder("الخبر").filter("source", "BBC").facets(true).build())
        .totalHits());
  }

  @Test
  void sizeZeroCountsWithoutHits() throws IOException {
    SearchResponse r = index.search(SearchRequest.builder("الخبر").size(0).facets(true).build());
    assertEquals(List.of(), r.hits());
    assertEquals(N, r.totalHits());
    assertEquals(N / 2, r.facets().get("source").get("BBC"));
    assertEquals(null, r.nextCursor());
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("x").size(0).page(2).build());
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("x").size(-1).build());
  }

  @Test
  void autocompleteLimitsAndTheArticle() throws IOException {
    assertEquals(List.of(), index.autocomplete("مكتب", 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.autocomplete("مكتب", 101));
    assertTrue(e.getMessage().contains("0 to 100"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> index.autocomplete("مكتب", -1));
    // مكتب completes المكتبة (after the article) as well as مكتبة
    assertEquals(Set.of("المكتبة الوطنية تفتح أبوابها", "مكتبة المدرسة"), Set.copyOf(index.autocomplete("مكتب", 10)));
    assertEquals(List.of("المكتبة الوطنية تفتح أبوابها"), index.autocomplete("الوطنية تف", 10));
  }

  @Test
  void aQueryThatMatchesNothingSaysWhy() throws IOException {
    SearchResponse empty = index.search(SearchRequest.of(""));
    assertEquals(0, empty.totalHits());
    assertTrue(empty.notes().get(0).contains("the query is empty"), empty.notes().toString());
    SearchResponse star = index.search(SearchRequest.of("*ا*"));
    assertEquals(0, star.totalHits());
    assertTrue(star.notes().stream().anyMatch(n -> n.startsWith("*ا*: a prefix or wildcard needs at least 2")),
        star.notes().toString());
    assertTrue(star.notes().stream().anyMatch(n -> n.contains("no searchable word")), star.notes().toString());
    // filters alone: every article that passes them, no note
    SearchResponse filtersOnly = index.search(SearchRequest.builder("").filter("source", "dubai news").build());
    assertEquals(1, filtersOnly.totalHits());
    assertEquals(List.of(), filtersOnly.notes());
  }

  // point 15

  @Test
  void aCursorOfAnotherSearchIsRefused() throws IOException {
    SearchResponse p1 = index.search(SearchRequest.builder("الخبر").size(5).build());
    assertTrue(p1.nextCursor() != null);
    SearchResponse p2 = index.search(SearchRequest.builder("الخبر").size(5).cursor(p1.nextCursor()).build());
    assertEquals(6, p2.firstRank());
    for (SearchRequest.Builder other : List.of(SearchRequest.builder("السوق"),
        SearchRequest.builder("الخبر").filter("source", "bbc"), SearchRequest.builder("الخبر source:bbc"),
        SearchRequest.builder("الخبر").ranking(Ranking.parse("exact=1")))) {
      InvalidCursorException e = assertThrows(InvalidCursorException.class,
          () -> index.search(other.size(5).cursor(p1.nextCursor()).build()));
      assertTrue(e.getMessage().contains("from another search"), e.getMessage());
    }
    InvalidCursorException sort = assertThrows(InvalidCursorException.class, () -> index.search(
        SearchRequest.builder("الخبر").sort(SearchRequest.Sort.NEWEST).cursor(p1.nextCursor()).build()));
    assertTrue(sort.getMessage().contains("sorted by relevance"), sort.getMessage());
  }

  @Test
  void theLowerBoundIsTheSameOnEveryPage() throws IOException {
    SearchRequest.Builder b = SearchRequest.builder("الخبر").size(10);
    SearchResponse p1 = index.search(b.build());
    SearchResponse p2 = index.search(SearchRequest.builder("الخبر").size(10).cursor(p1.nextCursor()).build());
    SearchResponse p90 = index.search(SearchRequest.builder("الخبر").size(10).page(90).build());
    for (SearchResponse r : List.of(p1, p2, p90)) {
      assertFalse(r.totalIsExact());
      assertEquals(SearchRequest.DEFAULT_EXACT_TOTAL_UP_TO, r.totalHits());
    }
    assertEquals(N, index.search(SearchRequest.builder("الخبر").exactTotal(true).build()).totalHits());
  }

  @Test
  void moreLikeThisKeepsTheQuerysFilters() throws IOException {
    SearchResponse all = index.moreLikeThis("a0", SearchRequest.builder("").size(50).build());
    assertTrue(all.hits().stream().anyMatch(h -> h.source().equals("BBC")), all.toString());
    SearchResponse r = index.moreLikeThis("a0", SearchRequest.builder("source:alarabiya").size(50).build());
    assertFalse(r.hits().isEmpty());
    assertTrue(r.hits().stream().allMatch(h -> h.source().equals("Alarabiya")), r.toString());
    assertEquals(List.of(), r.notes());
    SearchResponse words = index.moreLikeThis("a0", SearchRequest.builder("سوق source:alarabiya").build());
    assertTrue(words.notes().get(0).contains("words (سوق) are not used") && words.notes().get(0).contains(
        "its filters are"), words.notes().toString());
  }

  @Test
  void aWeightOfZeroIsOff() {
    assertEquals(Ranking.parse("no-variants"), Ranking.parse("variants=0"));
    assertEquals(Ranking.parse("no-proximity"), Ranking.parse("proximity=0"));
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("variants=-1"));
  }

  @Test
  void alsoSearchedNamesVariantsAsArticlesWriteThem() throws IOException {
    String normalized = Tokens.terms(org.fahras.analysis.AnalysisChain.forName("fahras").exact(),
        org.fahras.schema.Schema.BODY_EXACT, "المكتبة", 1).get(0);
    assertFalse(normalized.equals("المكتبة"), normalized); // the table holds المكتبه
    Ranking withVariant = Ranking.DEFAULT.withVariants(w -> List.of(normalized), 0.1f);
    SearchResponse r = index.search(SearchRequest.builder("كتب").ranking(withVariant).build());
    assertTrue(r.notes().contains("also searched: المكتبة"), r.notes().toString());
    SearchResponse plain = index.search(SearchRequest.builder("كتب").plainText(true).ranking(withVariant).build());
    assertTrue(plain.notes().contains("also searched: المكتبة"), plain.notes().toString());
  }
}
