package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fahras search}: paging, rankings, safe output. */
class SearchCommandTest {
  @TempDir Path dir;
  Path idx;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    out.reset();
    err.reset();
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @BeforeEach
  void index() throws IOException {
    Path jsonl = dir.resolve("a.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      sb.append("{\"id\":\"m").append(i).append("\",\"title\":\"مكتبة رقم ").append(i)
          .append("\",\"body\":\"نص عن المكتبة\",\"published\":\"2018-01-0").append(i).append("\"}\n");
    }
    sb.append("{\"id\":\"evil\",\"title\":\"عنوان \\u001b[2J\\u001b]0;pwned\\u0007 خطر\",")
        .append("\"body\":\"<script>alert(1)</script> مكتبة \\u001b[31m أحمر\"}\n");
    Files.writeString(jsonl, sb.toString());
    idx = dir.resolve("idx");
    assertEquals(0, run("index", "--index", idx.toString(), jsonl.toString()), err.toString());
  }

  @Test
  void pagePastTheEndSaysSoAndStops() {
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "2", "--page", "99", "مكتبة"));
    assertTrue(out().startsWith("7 hits"), out());
    assertFalse(out().contains("197."), out());
    assertTrue(out().contains("page 99 is past the last page (4)"), out());
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "2", "--page", "2", "--sort", "oldest",
        "مكتبة"));
    assertTrue(out().contains("  3. ") && out().contains("[m3]") && out().contains("[m4]"), out());
    assertEquals(2, run("search", "--index", idx.toString(), "--page", "2", "--cursor", "abc", "مكتبة"));
    assertEquals(2, run("search", "--index", idx.toString(), "--hits", "10000", "--page", "11", "مكتبة"));
  }

  @Test
  void aCursorPageGoesOnNumbering() {
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "2", "--sort", "oldest", "--json", "مكتبة"));
    java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next\":\"([^\"]+)\"").matcher(out());
    assertTrue(next.find(), out());
    assertTrue(out().contains("{\"rank\":1,\"id\":\"m1\""), out());
    String cursor = next.group(1);
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "2", "--sort", "oldest", "--cursor", cursor,
        "مكتبة"));
    assertTrue(out().contains("  3. ") && out().contains("[m3]") && out().contains("  4. "), out());
    assertFalse(out().contains("  1. "), out());
  }

  @Test
  void moreLikeThisPages() {
    assertEquals(0, run("search", "--index", idx.toString(), "--like", "m1", "--hits", "1", "--page", "1"));
    String first = out();
    assertEquals(0, run("search", "--index", idx.toString(), "--like", "m1", "--hits", "1", "--page", "2"));
    assertTrue(out().contains("  2. "), out());
    assertFalse(out().equals(first));
  }

  /** {@code --json} parsed as JSON: every documented field, of its type, on every hit (issue 27). */
  @Test
  @SuppressWarnings("unchecked")
  void jsonIsJsonWithEveryDocumentedField() throws Exception {
    assertEquals(0, run("search", "--index", idx.toString(), "--json", "--facet", "--hits", "3", "مكتبة"));
    Map<String, Object> r = JsonValues.object(out().strip());
    assertEquals(List.of("total", "total_is_exact", "hits", "facets", "next", "suggestion", "notes", "took_ms"),
        List.copyOf(r.keySet()));
    assertEquals(7L, r.get("total"));
    assertEquals(true, r.get("total_is_exact"));
    List<Map<String, Object>> hits = (List<Map<String, Object>>) r.get("hits");
    assertEquals(3, hits.size());
    long rank = 1;
    for (Map<String, Object> h : hits) {
      assertEquals(rank++, h.get("rank"));
      assertTrue(h.get("id") instanceof String && h.get("kind") instanceof String, h.toString());
      assertTrue(h.get("score") instanceof Double && (Double) h.get("score") > 0, h.toString());
      assertTrue(((String) h.get("snippet")).contains("<mark>"), h.toString());
      assertTrue(h.containsKey("published") && h.containsKey("published_utc") && h.containsKey("source"));
    }
    Map<String, Object> facets = (Map<String, Object>) r.get("facets");
    assertEquals(List.of("source", "category", "kind", "year"), List.copyOf(facets.keySet()));
    assertTrue(r.get("next") instanceof String);
    assertTrue(r.get("notes") instanceof List);
    // a lone surrogate typed in the query, echoed in a note, is escaped: still JSON, and the same text
    assertEquals(0, run("search", "--index", idx.toString(), "--json", "--like", "m1", "كلمة\ud800"));
    assertTrue(out().contains("\\ud800"), out());
    assertTrue(JsonValues.object(out().strip()).get("notes").toString().contains("كلمة\ud800"), out());
  }

  /** Points a new user found: a kind filter that cannot be read is a usage error both ways, and a misspelled word
   * beside a correct one gets its suggestion although the other word found articles. */
  @Test
  void kindFilterAndSuggestionBesideHits() {
    assertEquals(2, run("search", "--index", idx.toString(), "--filter", "kind=zzz", "مكتبة"));
    assertTrue(err().contains("kind"), err());
    assertEquals(2, run("search", "--index", idx.toString(), "--filter", "foo=bar", "مكتبة"));
    assertTrue(err().contains("after, before"), err());
    assertEquals(0, run("search", "--index", idx.toString(), "مكتبة المكتبت"));
    assertTrue(out().contains("did you mean: مكتبة المكتبة"), out());
  }

  /** Messages speak in options to a command-line user: another analyzer, a page past the deepest. */
  @Test
  void messagesNameOptions() {
    assertEquals(2, run("search", "--index", idx.toString(), "--hits", "100", "--page", "1001", "مكتبة"));
    assertTrue(err().contains("--cursor") && !err().contains("nextCursor"), err());
    assertEquals(1, run("index", "--index", idx.toString(), "--analyzer", "stock",
        ConventionsTest.ARTICLES.resolve("news.jsonl").toString()));
    assertTrue(err().contains("give --analyzer fahras"), err());
  }

  @Test
  void exactTotalOnRequest() {
    assertEquals(0, run("search", "--index", idx.toString(), "--exact-total", "--json", "مكتبة"));
    assertTrue(out().contains("\"total\":7,\"total_is_exact\":true"), out());
  }

  @Test
  void rankingIsAnOption() {
    assertEquals(0, run("search", "--index", idx.toString(), "--explain", "--ranking", "no-proximity",
        "نص المكتبة"));
    assertFalse(out().contains("~4"), out());
    assertEquals(0, run("search", "--index", idx.toString(), "--explain", "نص المكتبة"));
    assertTrue(out().contains("~4"), out());
    assertEquals(2, run("search", "--index", idx.toString(), "--ranking", "exact=much", "x"));
    assertEquals(0, run("search", "--index", idx.toString(), "--ranking", "variants=0", "مكتبة"));
    assertTrue(out().startsWith("7 hits"), out());
  }

  @Test
  void noControlCharactersReachTheTerminalAndJsonSnippetsAreEscaped() {
    assertEquals(0, run("search", "--index", idx.toString(), "خطر مكتبة"));
    String text = out();
    assertTrue(text.contains("[evil]"), text);
    for (char c : text.toCharArray()) {
      assertTrue(c == '\n' || !Character.isISOControl(c), "control character " + (int) c + " in " + text);
    }
    assertTrue(text.contains("<script>alert(1)</script>"), text); // the terminal shows the text as written
    assertEquals(0, run("search", "--index", idx.toString(), "--json", "أحمر"));
    assertTrue(out().contains("&lt;script&gt;"), out());
    assertFalse(out().contains("<script>"), out());
    assertEquals(0, run("search", "--index", idx.toString(), "--json", "--raw-snippets", "أحمر"));
    assertTrue(out().contains("<script>"), out());
  }

  @Test
  void aMalformedFilterValueIsAUsageError() {
    assertEquals(2, run("search", "--index", idx.toString(), "after:2018/10/01", "مكتبة"));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("after:2018/10/01: \"2018/10/01\" is not a date"), e);
    assertEquals("", out());
    assertEquals(2, run("search", "--index", idx.toString(), "kind:newz", "مكتبة"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("kind:newz: kind is news or documentary"), err.toString());
    assertEquals(2, run("search", "--index", idx.toString(), "--filter", "before=2018/01/03", "مكتبة"));
    assertEquals(0, run("search", "--index", idx.toString(), "after:2018-01-03", "مكتبة"));
    assertTrue(out().startsWith("4 hits"), out());
  }

  @Test
  void hitsZeroIsAFacetsOnlySearch() {
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "0", "--facet", "مكتبة"));
    assertTrue(out().startsWith("7 hits"), out());
    assertTrue(out().contains("\nkind: news (7)"), out());
    assertFalse(out().contains("  1. ") || out().contains("past the last page") || out().contains("next page"),
        out());
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "0", "--json", "مكتبة"));
    assertTrue(out().startsWith("{\"total\":7,\"total_is_exact\":true,\"hits\":[]"), out());
    assertEquals(2, run("search", "--index", idx.toString(), "--hits", "0", "--page", "2", "مكتبة"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--hits 0"), err.toString());
  }

  @Test
  void daysAreDaysOfTheZoneAndDatesShowTheArticlesOwnOffset() throws IOException {
    Path f = dir.resolve("dubai.jsonl");
    Files.writeString(f, "{\"id\":\"d1\",\"title\":\"مكتبة دبي\",\"body\":\"نص\","
        + "\"published\":\"2018-03-01T02:28:00+04:00\"}\n");
    String i2 = dir.resolve("idx2").toString();
    assertEquals(0, run("index", "--index", i2, f.toString()), err.toString());
    String q = "مكتبة after:2018-03-01 before:2018-03-01";
    assertEquals(0, run("search", "--index", i2, q)); // UTC days by default: 2018-02-28T22:28Z
    assertTrue(out().startsWith("0 hits"), out());
    assertEquals(0, run("search", "--index", i2, "--zone", "Asia/Dubai", q));
    assertTrue(out().startsWith("1 hit") && out().contains("2018-03-01  "), out());
    assertEquals(0, run("search", "--index", i2, "--zone", "+04:00", "--filter", "after=2018-03-01", "--filter",
        "before=2018-03-01", "مكتبة"));
    assertTrue(out().startsWith("1 hit"), out());
    assertEquals(0, run("search", "--index", i2, "--json", "مكتبة"));
    assertTrue(out().contains("\"published\":\"2018-03-01T02:28:00+04:00\",\"published_utc\":\"2018-02-28T22:28:00Z\""),
        out());
    assertEquals(2, run("search", "--index", i2, "--zone", "Mars/Base", "مكتبة"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--zone takes a time zone"), err.toString());
  }

  @Test
  void jsonSaysWhenAPageIsPastTheEndAndACursorOfAnotherSearchIsRefused() {
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "2", "--page", "99", "--json", "مكتبة"));
    assertTrue(out().contains("\"notes\":[\"page 99 is past the last page (4)\"]"), out());
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "2", "--json", "مكتبة"));
    java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next\":\"([^\"]+)\"").matcher(out());
    assertTrue(next.find(), out());
    assertEquals(2, run("search", "--index", idx.toString(), "--hits", "2", "--cursor", next.group(1), "نص"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("is from another search"), err.toString());
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "2", "--cursor", next.group(1), "مكتبة"));
    assertTrue(out().contains("  3. "), out());
  }
}
