package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fahras.document.Kind;
import org.junit.jupiter.api.Test;

/**
 * Issue 26, point 6: requests, rankings, hits and responses are values: equal when their fields are (never by
 * identity), copied with {@code toBuilder()}, validated as the records they were.
 */
class SearchValuesTest {

  static SearchRequest.Builder full() {
    return SearchRequest.builder("القدس after:2018-01-01").plainText(false).size(20).filter("source", "bbc")
        .filter("source", "cnn").filter("kind", "news").publishedOnOrBefore(LocalDate.of(2019, 5, 1))
        .zone(ZoneId.of("Asia/Riyadh")).sort(SearchRequest.Sort.NEWEST).highlight(true).facets(true).explain(true)
        .preferRecent(true).ranking(Ranking.parse("exact=0.25,proximity=0.2")).page(3).exactTotal(true)
        .rawSnippets(true);
  }

  @Test
  void requestsBuiltAlikeAreEqual() {
    SearchRequest a = full().build();
    SearchRequest b = full().build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.toString(), b.toString());
    assertTrue(a.toString().contains("query=القدس after:2018-01-01"), a.toString());
    assertEquals(SearchRequest.of("x"), SearchRequest.of("x"));
    assertNotEquals(SearchRequest.of("x"), SearchRequest.of("y"));
    assertNotEquals(a, full().page(2).build());
    assertNotEquals(a, full().ranking(Ranking.parse("exact=0.3")).build());
    assertNotEquals(a, full().filter("tag", "x").build());
    assertNotEquals(a, full().zone(ZoneId.of("UTC")).build());
  }

  @Test
  void requestsWithRankingsParsedFromTheSameTextAreEqual() {
    for (String spec : List.of("default", "no-variants", "variants=0.3,k1=2,b=0.5", "recency=on,pivot-days=7")) {
      SearchRequest a = SearchRequest.builder("q").ranking(Ranking.parse(spec)).build();
      SearchRequest b = SearchRequest.builder("q").ranking(Ranking.parse(spec)).build();
      assertEquals(a, b, spec);
      assertEquals(a.hashCode(), b.hashCode(), spec);
    }
  }

  @Test
  void toBuilderCopiesEveryFieldAndChangesOnlyWhatIsSet() {
    SearchRequest a = full().build();
    assertEquals(a, a.toBuilder().build());
    SearchRequest changed = a.toBuilder().size(5).filter("tag", "sport").build();
    assertEquals(5, changed.size());
    assertEquals(List.of("sport"), changed.filters().get("tag"));
    assertEquals(a.filters().get("source"), changed.filters().get("source"));
    assertEquals(2, a.filters().size(), "the original keeps its filters");
    assertEquals(a.publishedTo(), changed.publishedTo());
    assertEquals(a.zone(), changed.zone());
    assertEquals(a.ranking(), changed.ranking());
  }

  @Test
  void nextKeepsTheRequestWithTheCursorOnPageOne() {
    SearchRequest a = full().build();
    SearchRequest next = a.next("abc");
    assertEquals("abc", next.cursor());
    assertEquals(1, next.page());
    assertEquals(a.toBuilder().page(1).cursor("abc").build(), next);
  }

  @Test
  void requestValidationIsUnchanged() {
    assertEquals("query", assertThrows(NullPointerException.class, () -> SearchRequest.builder(null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("q").size(-1).build());
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("q").page(0).build());
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("q").page(2).cursor("c").build());
    assertEquals("sort", assertThrows(NullPointerException.class,
        () -> SearchRequest.builder("q").sort(null).build()).getMessage());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.builder("q").filter("title", "x").build());
    assertTrue(e.getMessage().startsWith("cannot filter on \"title\""), e.getMessage());
    assertThrows(UnsupportedOperationException.class,
        () -> SearchRequest.builder("q").filter("tag", "x").build().filters().get("tag").add("y"));
    assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.builder("after:2018/10/01 x").strictFilters(true).build());
  }

  @Test
  void rankingsParsedFromTheSameTextAreEqual() {
    for (String spec : List.of("", "default", "no-proximity", "no-variants", "variants=on", "variants=0.2",
        "exact=0.25,proximity=0.2,slop=8", "recency=0.5,pivot-days=90", "k1=2,b=0.5")) {
      assertEquals(Ranking.parse(spec), Ranking.parse(spec), spec);
      assertEquals(Ranking.parse(spec).hashCode(), Ranking.parse(spec).hashCode(), spec);
    }
    assertEquals(Ranking.DEFAULT, Ranking.parse("variants=on"));
    assertEquals(Ranking.DEFAULT, Ranking.parse(Ranking.DEFAULT.describe()));
    assertEquals(Ranking.DEFAULT, Ranking.builder().build());
    assertEquals(Ranking.DEFAULT, Ranking.DEFAULT.toBuilder().build());
    assertNotEquals(Ranking.DEFAULT, Ranking.parse("no-variants"));
    assertNotEquals(Ranking.DEFAULT, Ranking.parse("exact=0.25"));
    assertNotEquals(Ranking.NO_VARIANTS, Ranking.INDEX_VARIANTS);
    assertEquals(Ranking.QUESTIONS, Ranking.parse(Ranking.QUESTIONS.describe()));
    assertEquals(Ranking.QUESTIONS, Ranking.parse("questions"));
    assertNotEquals(Ranking.DEFAULT, Ranking.parse("one-text=1"));
    assertEquals("none", Ranking.NO_VARIANTS.name());
    assertEquals("index", Ranking.INDEX_VARIANTS.name());
    assertTrue(Ranking.DEFAULT.toString().contains("variants=index"), Ranking.DEFAULT.toString());
  }

  /** The two views of an article are set together, in either order; both at 0 would score nothing. */
  @Test
  void fieldsAndOneTextWeights() {
    Ranking oneText = Ranking.parse("fields=0,one-text=1");
    assertEquals(0f, oneText.fieldsWeight());
    assertEquals(1f, oneText.oneTextWeight());
    assertEquals(oneText, Ranking.parse("one-text=1,fields=0"));
    assertEquals(1f, Ranking.DEFAULT.fieldsWeight());
    assertEquals(0f, Ranking.DEFAULT.oneTextWeight());
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
        () -> Ranking.parse("fields=0"));
    assertTrue(both.getMessage().contains("fields=0 and one-text=0"), both.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> Ranking.parse("one-text=-1"));
    assertTrue(negative.getMessage().contains("one-text must be 0 or more"), negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ranking.builder().fieldsWeight(0).build());
  }

  @Test
  void variantSourcesAreEqualByNameOrElseByFunction() {
    Function<String, List<String>> table = w -> List.of(w + "ه");
    Function<String, List<String>> other = w -> List.of();
    // named: equal by name, whatever the function
    assertEquals(Ranking.Variants.of("mine", table), Ranking.Variants.of("mine", other));
    assertEquals(Ranking.Variants.of("mine", table).hashCode(), Ranking.Variants.of("mine", other).hashCode());
    assertNotEquals(Ranking.Variants.of("mine", table), Ranking.Variants.of("yours", table));
    assertEquals(Ranking.DEFAULT.withVariants(Ranking.Variants.of("mine", table), 0.2f),
        Ranking.DEFAULT.withVariants(Ranking.Variants.of("mine", table), 0.2f));
    // unnamed: equal only for the same function object
    assertEquals(Ranking.DEFAULT.withVariants(table, 0.2f), Ranking.DEFAULT.withVariants(table, 0.2f));
    assertEquals(Ranking.DEFAULT.withVariants(table, 0.2f).hashCode(),
        Ranking.DEFAULT.withVariants(table, 0.2f).hashCode());
    assertNotEquals(Ranking.DEFAULT.withVariants(table, 0.2f), Ranking.DEFAULT.withVariants(other, 0.2f));
    assertNotEquals(Ranking.Variants.of(table), Ranking.Variants.of("mine", table));
    assertNotEquals(Ranking.Variants.of(other), Ranking.NO_VARIANTS);
    assertEquals(List.of("كتابه"), Ranking.Variants.of(table).spellings("كتاب"));
    assertEquals(List.of(), Ranking.NO_VARIANTS.spellings("كتاب"));
    assertEquals(List.of(), Ranking.INDEX_VARIANTS.spellings("كتاب"));
    // the constants' names are theirs
    assertThrows(IllegalArgumentException.class, () -> Ranking.Variants.of("none", table));
    assertThrows(IllegalArgumentException.class, () -> Ranking.Variants.of("index", table));
    assertThrows(IllegalArgumentException.class, () -> Ranking.Variants.of(" ", table));
    assertEquals("variants", assertThrows(NullPointerException.class,
        () -> Ranking.Variants.of("mine", null)).getMessage());
  }

  @Test
  void rankingValidationNamesTheParameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ranking.builder().exactWeight(0).build());
    assertEquals("exactWeight must be a positive number, got 0.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ranking.builder().proximitySlop(65).build());
    assertThrows(IllegalArgumentException.class, () -> Ranking.builder().bm25B(1.5f).build());
    assertEquals("variants", assertThrows(NullPointerException.class,
        () -> Ranking.builder().variants(null).build()).getMessage());
    Ranking r = Ranking.builder().exactWeight(0.3f).proximitySlop(2).recencyWeight(0.5f).recencyPivotDays(10)
        .variants(Ranking.NO_VARIANTS).variantWeight(0.4f).bm25K1(1.5f).bm25B(0.6f).proximity(false).build();
    assertEquals(Ranking.parse("exact=0.3,slop=2,recency=0.5,pivot-days=10,no-variants,variants=off,k1=1.5,b=0.6,"
        + "proximity=off").withVariants(Ranking.NO_VARIANTS, 0.4f), r);
  }

  @Test
  void hitsAndResponsesAreValues() {
    OffsetDateTime when = OffsetDateTime.parse("2018-03-01T02:28:00+04:00");
    List<String> tags = new ArrayList<>(List.of("t1"));
    SearchHit h = SearchHit.builder("a1").title("عنوان").published(when).source("bbc").kind(Kind.NEWS)
        .category("سياسة").tags(tags).url("u").author("كاتب").summary("ملخص").score(1.5f).snippet("<mark>x</mark>")
        .explanation("why").build();
    tags.add("t2");
    assertEquals(List.of("t1"), h.tags(), "the tags are copied");
    SearchHit same = SearchHit.builder("a1").title("عنوان").published(when).source("bbc").kind(Kind.NEWS)
        .category("سياسة").tags(List.of("t1")).url("u").author("كاتب").summary("ملخص").score(1.5f)
        .snippet("<mark>x</mark>").explanation("why").build();
    assertEquals(h, same);
    assertEquals(h.hashCode(), same.hashCode());
    assertNotEquals(h, SearchHit.builder("a1").title("عنوان").build());
    assertEquals("a1", h.id());
    assertEquals(1.5f, h.score());

    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    facets.put("source", new LinkedHashMap<>(Map.of("bbc", 3L)));
    SearchResponse r = SearchResponse.builder().total(1001, false).hits(List.of(h)).facets(facets).nextCursor("c")
        .notes(List.of("n")).tookMillis(4).firstRank(11).build();
    assertEquals(1001, r.totalHits());
    assertEquals(false, r.totalIsExact());
    assertEquals(List.of(same), r.hits());
    assertEquals(Map.of("source", Map.of("bbc", 3L)), r.facets());
    assertEquals(11, r.firstRank());
    assertEquals(r, SearchResponse.builder().total(1001, false).hits(List.of(same)).facets(facets).nextCursor("c")
        .notes(List.of("n")).tookMillis(4).firstRank(11).build());
    SearchResponse empty = SearchResponse.builder().build();
    assertEquals(0, empty.totalHits());
    assertTrue(empty.totalIsExact());
    assertEquals(1, empty.firstRank());
    assertThrows(IllegalArgumentException.class, () -> SearchResponse.builder().firstRank(0).build());
    assertThrows(UnsupportedOperationException.class, () -> r.hits().add(h));
  }
}
