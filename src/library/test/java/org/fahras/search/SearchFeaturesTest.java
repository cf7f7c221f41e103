package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.document.Kind;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query language, filters, facets, paging, highlighting, suggestions and more-like-this on index-fixtures/. */
class SearchFeaturesTest {
  static final Path FIXTURES = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures");
  @TempDir static Path dir;
  static ArticleIndex index;

  @BeforeAll
  static void indexFixtures() throws IOException {
    index = ArticleIndex.create(dir.resolve("idx"), "fahras");
    new Indexer(index).ingest(List.of(FIXTURES.resolve("articles/news.jsonl"), FIXTURES.resolve("articles/documentaries.jsonl.gz")));
    new Indexer(index).defaultKind(Kind.DOCUMENTARY).ingest(List.of(FIXTURES.resolve("articles/documentaries")));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  static SearchResponse search(String q) throws IOException {
    return index.search(SearchRequest.builder(q).size(50).build());
  }

  @Test
  void quotedPhraseIsRequiredAndExact() throws IOException {
    // fx-news-009 has both words, apart and in another order: only fx-news-008 has the phrase.
    assertEquals(List.of("fx-news-008"), ids(search("\"الذكاء الاصطناعي\"")));
    assertTrue(ids(search("الذكاء الاصطناعي")).containsAll(List.of("fx-news-008", "fx-news-009")));
    // exact: the phrase of the plural does not match the singular
    assertEquals(List.of(), ids(search("\"المكتبات الوطنية\"")));
  }

  @Test
  void exclusions() throws IOException {
    List<String> all = ids(search("مكتبة"));
    List<String> without = ids(search("مكتبة -الإسكندرية"));
    assertTrue(all.contains("fx-txt-006"));
    assertFalse(without.contains("fx-txt-006"));
    assertEquals(all.size() - 1, without.size());
    assertFalse(ids(search("الذكاء -\"الذكاء الاصطناعي\"")).contains("fx-news-008"));
  }

  @Test
  void filtersExcludeWhatTheyShould() throws IOException {
    for (SearchHit h : search("فيلم kind:documentary").hits()) {
      assertEquals(Kind.DOCUMENTARY, h.kind());
    }
    assertFalse(search("فيلم kind:documentary").hits().isEmpty());
    assertTrue(search("فيلم kind:news").hits().stream().allMatch(h -> h.kind() == Kind.NEWS));
    List<SearchHit> sport = search("category:sport").hits();
    assertEquals(Set.of("fx-news-010", "fx-news-011"), new HashSet<>(sport.stream().map(SearchHit::id).toList()));
    assertEquals(List.of("fx-news-006"), ids(search("google tag:Google")));
    List<SearchHit> spring = search("after:2018-03-01 before:2018-04-30").hits();
    assertFalse(spring.isEmpty());
    for (SearchHit h : spring) {
      assertFalse(h.published().isBefore(OffsetDateTime.parse("2018-03-01T00:00Z")), h.toString());
      assertTrue(h.published().isBefore(OffsetDateTime.parse("2018-05-01T00:00Z")), h.toString());
    }
    assertTrue(ids(search("after:2018-03-01 before:2018-04-30")).contains("fx-news-017")); // 28 April, +03:30
    SearchResponse api = index.search(SearchRequest.builder("").filter("source", "FAHRAS-SPORT").size(50).build());
    assertEquals(Set.of("fx-news-010", "fx-news-011"), new HashSet<>(ids(api)));
  }

  @Test
  void badSyntaxIsSearchedAsText() throws IOException {
    assertFalse(search("\"مكتبة").hits().isEmpty()); // unclosed quote
  }

  @Test
  void aMalformedFilterNarrowsToNothingWithANote() throws IOException {
    // after:2018/10/01 once searched 2018, 10 and 01 as words: more hits than without the filter
    for (String q : List.of("after:2018/10/01 مكتبة", "before:yesterday مكتبة", "مكتبة kind:documentry")) {
      SearchResponse r = search(q);
      assertEquals(List.of(), ids(r), q);
      assertEquals(0, r.totalHits(), q);
      assertTrue(r.notes().stream().anyMatch(n -> n.contains(q.split(" ")[0].startsWith("مكتبة") ? "kind:documentry"
          : q.split(" ")[0]) && n.contains("the search matches nothing")), r.notes().toString());
    }
    assertTrue(search("after:2018/10/01 مكتبة").notes().get(0).contains("\"2018/10/01\" is not a date"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.builder("after:2018/10/01 مكتبة").strictFilters(true).build());
    assertTrue(e.getMessage().contains("after:2018/10/01"), e.getMessage());
    SearchRequest.builder("after:2018-10-01 مكتبة -kind:zzz").strictFilters(true).build(); // well-formed: accepted
    // an unknown excluded kind excludes nothing, and the note says so
    SearchResponse minus = search("مكتبة -kind:zzz");
    assertEquals(ids(search("مكتبة")), ids(minus));
    assertTrue(minus.notes().get(0).contains("excludes nothing"), minus.notes().toString());
    assertFalse(search("\"مكتبة").hits().isEmpty()); // unclosed quote
  }

  @Test
  void prefixesAreNormalizedLikeFullTerms() throws IOException {
    assertEquals(List.of("fx-news-026"), ids(search("الجزائ*")));
    assertEquals(ids(search("أيران*")), ids(search("ايران*")));
    assertTrue(ids(search("إير*")).contains("fx-news-017"));
    assertTrue(ids(search("مسؤ*")).contains("fx-news-002")); // مسؤولو
    assertTrue(ids(search("المسؤ*")).contains("fx-news-001")); // المسئول: the other carrier
  }

  @Test
  void wildcardsAreNormalizedToo() throws IOException {
    assertEquals(List.of("fx-news-026"), ids(search("الجز?ئر")));
    assertTrue(ids(search("الج*ائر")).containsAll(List.of("fx-news-026", "fx-doc-005"))); // الجزائر, الجائر
    assertTrue(ids(search("إ?ران")).contains("fx-news-017")); // إيران, alef folded in pattern and term
    // a ? that ends a word is punctuation, not a wildcard
    assertEquals(ids(search("Macron")), ids(search("Macron?")));
  }

  @Test
  void cursorWalkNeitherSkipsNorRepeats() throws IOException {
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      SearchRequest first = SearchRequest.builder("في من على الى مدينة مكتبة فيلم").sort(sort).size(3).build();
      SearchResponse all = index.search(SearchRequest.builder(first.query()).sort(sort).size(100).build());
      List<String> walked = new ArrayList<>();
      SearchRequest req = first;
      for (int page = 0; page < 100; page++) {
        SearchResponse r = index.search(req);
        assertEquals(walked.size() + 1, r.firstRank(), "ranks go on where the page before ended");
        walked.addAll(ids(r));
        if (r.nextCursor() == null) {
          break;
        }
        req = req.next(r.nextCursor());
      }
      assertEquals(ids(all), walked, sort.name());
      assertEquals(all.totalHits(), walked.size());
      assertEquals(walked.size(), new HashSet<>(walked).size());
    }
    assertThrows(InvalidCursorException.class,
        () -> index.search(SearchRequest.builder("مكتبة").cursor("not-a-cursor").build()));
    // a forged cursor is refused: a count of hits before the page no search can reach, a score no hit has, no id
    for (String forgedText : new String[] {"RELEVANCE:-1\n1.0\nx", "RELEVANCE:9223372036854775807\n1.0\nx",
        "RELEVANCE:2147483647\n1.0\nx", "RELEVANCE:x\n1.0\nx", "RELEVANCE:2\nNaN\nx", "RELEVANCE:2\nInfinity\nx",
        "RELEVANCE:2\n1.0\n", "NEWEST:2\n1522663200\n"}) {
      String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
          forgedText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      SearchRequest.Sort sort = forgedText.startsWith("NEWEST") ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE;
      assertThrows(InvalidCursorException.class,
          () -> index.search(SearchRequest.builder("مكتبة").sort(sort).cursor(forged).build()), forgedText);
    }
    // a cursor of another sort is refused too, not read as a position of this one
    String newest = index.search(SearchRequest.builder("مكتبة").sort(SearchRequest.Sort.NEWEST).size(1).build())
        .nextCursor();
    assertNotNull(newest);
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> index.search(SearchRequest.builder("مكتبة").cursor(newest).build()));
    assertTrue(e.getMessage().contains("sorted by newest, this one is sorted by relevance"), e.getMessage());
  }

  @Test
  void newestFirst() throws IOException {
    List<SearchHit> hits = index.search(SearchRequest.builder("مكتبة").sort(SearchRequest.Sort.NEWEST).size(20).build()).hits();
    for (int i = 1; i < hits.size(); i++) {
      assertFalse(hits.get(i).published().isAfter(hits.get(i - 1).published()));
    }
  }

  @Test
  void facetsCountTheMatches() throws IOException {
    SearchResponse r = index.search(SearchRequest.builder("فيلم").facets(true).size(50).build());
    long documentaries = r.hits().stream().filter(h -> h.kind() == Kind.DOCUMENTARY).count();
    assertEquals(documentaries, r.facets().get("kind").getOrDefault("documentary", 0L));
    assertEquals(r.totalHits(), r.facets().get("year").values().stream().mapToLong(Long::longValue).sum());
  }

  static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  static List<String> marked(String snippet) {
    List<String> out = new ArrayList<>();
    Matcher m = MARK.matcher(snippet);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @ParameterizedTest(name = "{0} marks {2}")
  @CsvSource({
      "المكتبة, fx-news-003, المكتبةُ",       // harakat kept in the marked span
      "سوق, fx-news-016, ســـــوق",           // tatweel
      "مسؤول, fx-news-001, المسئول",          // hamza carrier and article
      "گوگل, fx-news-007, گوگل",              // Persian letter
      "2018, fx-news-005, ٢٠١٨",              // Arabic-Indic digits
      "حديقة, fx-news-022, وبالحديقة",        // clitics
      "مؤتمر, fx-news-025, ﻣﺆﺗﻤﺮ",             // presentation forms
      "المهرجان, fx-news-029, المهرجان",      // bidi marks around the word stay outside
      "مدرسة, fx-txt-004, مدرسة",              // no punctuation nearby: snippet stays short
  })
  void highlightMarksTheOriginalWord(String query, String id, String expected) throws IOException {
    SearchResponse r = index.search(SearchRequest.builder(query).highlight(true).size(50).build());
    SearchHit hit = r.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    assertNotNull(hit.snippet());
    assertTrue(marked(hit.snippet()).contains(expected), hit.snippet());
  }

  @Test
  void proximityRanksButDoesNotWidenTheMarks() throws IOException {
    SearchHit hit = index.search(SearchRequest.builder("الانتخابات 2018").highlight(true).build()).hits().get(0);
    assertEquals("fx-news-005", hit.id());
    assertEquals(List.of("الانتخابات", "٢٠١٨"), marked(hit.snippet()), hit.snippet());
    // the pair (within 4 positions in the body) does count in the score
    SearchHit apart = index.search(SearchRequest.builder("الانتخابات 2018").explain(true).build()).hits().get(0);
    assertTrue(apart.explanation().contains("body:\"انتخاب 2018\"~4"), apart.explanation());
  }

  @Test
  void snippetsStayShortOnUnpunctuatedBodies() throws IOException {
    SearchHit hit = index.search(SearchRequest.builder("درنة").highlight(true).build()).hits().get(0);
    assertEquals("fx-txt-001", hit.id());
    assertTrue(hit.snippet().length() < 500, hit.snippet().length() + ": " + hit.snippet());
  }

  @Test
  void suggestionsAndAutocompleteUseNormalizedForms() throws IOException {
    assertEquals("المكتبة", index.suggestCorrection("المكتبت").orElseThrow()); // as written in the articles
    assertTrue(index.suggestCorrection("المكتبة").isEmpty());
    List<String> a = index.autocomplete("أسعار الن", 5);
    assertEquals(a, index.autocomplete("اسعار الن", 5));
    assertTrue(a.contains("ارتفاع أسعار النفط إلى أعلى مستوى"), a.toString());
  }

  @Test
  void moreLikeThisFindsRelatedArticlesButNotItself() throws IOException {
    SearchResponse r = index.moreLikeThis("fx-news-003", SearchRequest.builder("").size(5).build());
    assertFalse(ids(r).contains("fx-news-003"));
    assertFalse(r.hits().isEmpty());
    assertTrue(index.moreLikeThis("nope", SearchRequest.of("")).notes().get(0).startsWith("no article with id"));
  }

  @Test
  void explainSaysWhy() throws IOException {
    SearchHit h = index.search(SearchRequest.builder("درنة").explain(true).build()).hits().get(0);
    assertTrue(h.explanation().contains("weight("), h.explanation());
    assertNull(index.search(SearchRequest.of("درنة")).hits().get(0).explanation());
  }
}
