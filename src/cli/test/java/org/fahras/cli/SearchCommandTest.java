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
}
