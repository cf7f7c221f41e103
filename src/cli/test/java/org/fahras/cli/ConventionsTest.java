package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Command-line conventions (issue 14, point 6): help, version, exit codes, repeated options, numbers, dates. */
class ConventionsTest extends InProcessCli {
  @TempDir static Path shared;
  static Path idx;

  static final Path ARTICLES = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures", "articles");

  @BeforeAll
  static void index() {
    idx = shared.resolve("ix");
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8);
    assertEquals(0, new Main(p, p).run("index", "--index", idx.toString(), ARTICLES.toString()), sink.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "search", "run", "eval", "analyze", "demo"})
  void everyCommandHasHelp(String command) {
    assertEquals(0, run(command, "--help"));
    assertTrue(out().startsWith("usage:\n  fahras " + command + " "), out());
    assertEquals("", err());
    assertEquals(0, run(command, "--index", "x", "-h"));
    assertTrue(out().startsWith("usage:\n  fahras " + command), out());
  }

  @Test
  void everyCommandInTheUsageHasHelp() {
    for (String line : Main.USAGE.lines().toList()) {
      if (line.startsWith("  fahras ") && !line.startsWith("  fahras --")) {
        String command = line.strip().split("\\s+")[1];
        assertEquals(0, run(command, "--help"), command);
      }
    }
  }

  @Test
  void versionAndGeneralHelp() {
    assertEquals(0, run("--version"));
    assertTrue(out().matches("fahras \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Lucene 10\\.\\d+\\.\\d+, Java \\d+\\)\n"), out());
    assertEquals(0, run("--help"));
    assertTrue(out().startsWith("usage:"), out());
    assertEquals(2, run());
  }

  @Test
  void usageErrorsExitTwoAndRuntimeErrorsOne() {
    assertEquals(2, run("index", "--index", shared.resolve("n").toString(), "--analyzer", "nosuch", "x.jsonl"));
    assertTrue(err().startsWith("fahras: --analyzer: "), err());
    assertEquals(2, run("index", "--index", shared.resolve("n").toString(), "--kind", "blog", "x.jsonl"));
    assertEquals(2, run("analyze", "--analyzer", "nosuch", "x"));
    assertEquals(2, run("search", "--index", idx.toString(), "--filter", "after=yesterday", "x"));
    assertTrue(err().startsWith("fahras: --filter after=yesterday: cannot parse"), err());
    assertEquals(2, run("search", "--index", idx.toString(), "--page", "2", "--cursor", "abc", "x"));
    assertTrue(err().startsWith("fahras: --page and --cursor"), err());
    assertEquals(1, run("search", "--index", shared.resolve("missing").toString(), "x"));
    assertEquals(1, run("index", "--index", shared.resolve("n").toString(), "x.jsonl"));
  }

  @Test
  void anOptionGivenTwiceTakesTheLastValue() {
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "1", "--hits", "3", "--no-snippets", "مكتبة"));
    assertTrue(out().contains("  3. ") && !out().contains("  4. "), out());
    assertEquals(0, run("search", "--index", idx.toString(), "--hits=2", "--no-snippets", "مكتبة"));
    assertTrue(out().contains("  2. ") && !out().contains("  3. "), out());
    assertEquals(0, run("analyze", "--analyzer", "stock", "--analyzer", "fahras", "وبالكتاب"));
    assertEquals("كتاب\t0\t8\n", out());
  }

  @Test
  void numbersAreRangeChecked() {
    for (String bad : List.of("4294967297", "-1", "1.5", "ten", "10001")) {
      assertEquals(2, run("search", "--index", idx.toString(), "--hits", bad, "x"), bad);
      assertTrue(err().startsWith("fahras: --hits takes a whole number from 0 to 10,000, not \"" + bad + "\""), err());
    }
    assertEquals(2, run("index", "--index", "x", "--commit-every", "99999999999999999999", "a.jsonl"));
    assertEquals(2, run("search", "--index", idx.toString(), "--page", "0", "x"));
  }

  @Test
  void analyzeReportsInvalidUtf8OnStandardInput() {
    byte[] bad = {'a', 'b', '\n', (byte) 0xD9, (byte) 0x28};
    assertEquals(1, run(new ByteArrayInputStream(bad), "analyze", "-"));
    assertEquals("fahras: standard input is not valid UTF-8: byte 4 (line 2) is 0xD9; give UTF-8 text\n", err());
    assertEquals("", out());
    assertEquals(0, run(new ByteArrayInputStream("وبالكتاب".getBytes(StandardCharsets.UTF_8)), "analyze", "-"));
    assertEquals("كتاب\t0\t8\n", out());
  }

  @Test
  void jsonDatesAlwaysCarrySeconds() throws IOException {
    assertEquals(0, run("search", "--index", idx.toString(), "--json", "--hits", "100", "--no-snippets",
        "--filter", "after=2000-01-01", "--", "-zzzz"));
    String json = out();
    // published: the article's own offset; published_utc: UTC, the form jq's fromdateiso8601 reads
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "\"published\":\"([^\"]*)\",\"published_utc\":\"([^\"]*)\"").matcher(json);
    int n = 0;
    boolean offsets = false;
    while (m.find()) {
      n++;
      assertTrue(m.group(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"), m.group(1));
      assertTrue(m.group(2).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), m.group(2));
      assertEquals(java.time.OffsetDateTime.parse(m.group(1)).toInstant(), java.time.Instant.parse(m.group(2)));
      offsets |= !m.group(1).endsWith("Z");
    }
    assertTrue(n > 10, json);
    assertTrue(offsets, json);
    assertEquals("2016-11-30T00:00:00Z", JsonOutput.date(java.time.OffsetDateTime.parse("2016-11-30T00:00Z")));
    assertEquals("2018-07-15T17:56:56Z", JsonOutput.date(java.time.OffsetDateTime.parse("2018-07-15T21:56:56+04:00")));
  }

  @Test
  void doubleDashEndsOptions() {
    assertEquals(0, run("analyze", "--", "--exact"));
    assertEquals("exact\t2\t7\n", out());
  }
}
