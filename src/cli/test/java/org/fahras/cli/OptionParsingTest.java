package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options as picocli reads them (issue 27), where they must read as the command line always has. */
class OptionParsingTest extends InProcessCli {
  @TempDir static Path shared;
  static Path idx;

  @BeforeAll
  static void index() {
    idx = shared.resolve("ix");
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8);
    assertEquals(0, new Main(p, p).run("index", "--index", idx.toString(), ConventionsTest.ARTICLES.toString()),
        sink.toString());
  }

  @Test
  void aSingleDashWordIsAQueryWordAndADoubleDashOneAnUnknownOption() {
    assertEquals(0, run("search", "--index", idx.toString(), "--no-snippets", "-zzzz"));
    assertEquals(2, run("search", "--index", idx.toString(), "--bogus=3", "x"));
    assertTrue(err().startsWith("fahras: unknown option --bogus\nusage:\n  fahras search --index DIR "), err());
    assertEquals(0, run("analyze", "--", "--bogus"));
    assertEquals("bogus\t2\t7\n", out());
  }

  @Test
  void aValueMayBeginWithDashesOrAnAt() throws Exception {
    assertEquals(2, run("search", "--index", idx.toString(), "--hits", "--json", "x"));
    assertTrue(err().startsWith("fahras: --hits takes a whole number from 0 to 10,000, not \"--json\""), err());
    Files.writeString(shared.resolve("args"), "--bogus\n");
    // not picocli's argument file: the text itself
    assertEquals(0, run("analyze", "@" + shared.resolve("args")));
    assertTrue(out().contains("args\t") && !out().contains("bogus"), out());
  }

  @Test
  void missingValuesAndRequiredOptions() {
    assertEquals(2, run("search", "--index"));
    assertTrue(err().startsWith("fahras: --index needs a value\n"), err());
    assertEquals(2, run("search", "x"));
    assertTrue(err().startsWith("fahras: --index is required\n"), err());
    assertEquals(2, run("search", "--index", "--", "x"));
    assertTrue(err().startsWith("fahras: --index needs a value\n"), err());
    assertEquals(2, run("search", "--index=", "x"));
    assertTrue(err().startsWith("fahras: --index needs a non-empty path\n"), err());
    assertEquals(2, run("run", "--index", idx.toString(), "--topics", "t", "--output", "o", "extra"));
    assertTrue(err().startsWith("fahras: unexpected argument \"extra\"\n"), err());
  }

  @Test
  void lexiconAndStemmerReportTakeTheSameConventions() {
    assertEquals(0, run("lexicon", "build", "--help"));
    assertEquals("usage:\n  fahras lexicon build [--data DIR] [--output FILE] [CORPUS...]\n"
        + "  fahras lexicon endings [--data DIR] [--output FILE] [--show FILE] [CORPUS...]\n", out());
    assertEquals(2, run("lexicon"));
    assertTrue(err().startsWith("fahras: lexicon: give the command: build or endings\n"), err());
    assertEquals(2, run("lexicon", "build", "--bogus"));
    assertTrue(err().startsWith("fahras: unknown option --bogus\n"), err());
    assertEquals(2, run("stemmer-report", "--top", "ten"));
    assertTrue(err().startsWith("fahras: --top takes a whole number"), err());
    assertEquals(2, run("stemmer-report", "--data"));
    assertTrue(err().startsWith("fahras: --data needs a value\n"), err());
  }

  @Test
  void helpComesBeforeTheOptionsAreRead() {
    assertEquals(0, run("search", "--bogus", "--hits", "x", "--help"));
    assertTrue(out().startsWith("usage:\n  fahras search --index DIR [--hits N]"), out());
    assertEquals(2, run("frobnicate", "--help"));
    assertTrue(err().startsWith("fahras: unknown command \"frobnicate\"\nusage:\n"), err());
    assertEquals(0, run("version", "extra"));
    assertTrue(out().startsWith("fahras "), out());
  }

  @Test
  void theUsageListsEveryCommandAsPicocliDescribesIt() {
    for (String command : new String[] {"index", "search", "run", "eval", "analyze", "demo", "lexicon build",
        "stemmer-report", "tune", "variants"}) {
      assertTrue(Main.USAGE.contains("\n  fahras " + command + " "), command + " in\n" + Main.USAGE);
    }
    for (String line : Main.USAGE.lines().toList()) {
      assertTrue(line.length() <= 120, line);
    }
    assertTrue(Main.USAGE.contains("[--page N] [--cursor C]"), Main.USAGE);
    assertTrue(Main.USAGE.contains("[--kind news|documentary] PATH...|-"), Main.USAGE);
  }
}
