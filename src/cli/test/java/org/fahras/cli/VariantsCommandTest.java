package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fahras.variants.VariantTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsCommandTest {
  @TempDir
  Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
        StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsAWordsVariantsFromTheBundledTable() {
    assertEquals(0, run("variants", "ترامب"));
    assertTrue(out().startsWith("ترامب\t"), out());
    assertTrue(out().contains("ترمب"), out());
  }

  @Test
  void buildsFromAnIndexIntoTheIndexFolderThenShows() throws Exception {
    Path corpus = tmp.resolve("news.jsonl");
    StringBuilder sb = new StringBuilder();
    for (org.fahras.document.Article a : org.fahras.variants.VariantDiscoveryTestCorpus.articles()) {
      sb.append("{\"id\":\"").append(a.id()).append("\",\"title\":\"").append(a.title()).append("\",\"body\":\"")
          .append(a.body()).append("\",\"source\":\"").append(a.source()).append("\",\"published\":\"")
          .append(a.published().toLocalDate()).append("\"}\n");
    }
    Files.writeString(corpus, sb, StandardCharsets.UTF_8);
    Path idx = tmp.resolve("idx");
    assertEquals(0, run("index", "--index", idx.toString(), corpus.toString()));
    assertEquals(0, run("variants", "--index", idx.toString()));
    assertTrue(Files.exists(idx.resolve("variants.tsv")));
    // a table of a small index replaces the bundled one for its searches: said, with how to go back
    String warned = err.toString(StandardCharsets.UTF_8);
    assertTrue(warned.contains("instead of the bundled table") && warned.contains("delete"), warned);
    assertEquals(2, run("variants", "--index", idx.toString(), "--table", "t.tsv", "ترمب"));
    assertEquals(List.of("ترمب"), VariantTable.read(idx.resolve("variants.tsv")).variantsOf("ترامب"));
    out.reset();
    assertEquals(0, run("variants", "--index", idx.toString(), "وترمب", "وزير"));
    assertEquals("وترمب\t(no variants)\nوزير\t(no variants)\n", out());
    out.reset();
    assertEquals(0, run("variants", "--index", idx.toString(), "ترمب"));
    assertEquals("ترمب\tترامب\n", out());
    // --explain: the evidence on each pair, as the build judged it
    out.reset();
    assertEquals(0, run("variants", "--index", idx.toString(), "--explain", "ترامب/ترمب", "--explain", "وزير/وزاري"));
    String[] lines = out().split("\n");
    assertEquals(2, lines.length, out());
    assertTrue(lines[0].startsWith("ترامب(") && lines[0].endsWith("-> confirmed"), lines[0]);
    assertTrue(lines[1].startsWith("وزير(") && !lines[1].endsWith("-> confirmed"), lines[1]);
    assertEquals(2, run("variants", "--index", idx.toString(), "--explain", "ترامب"));
    assertEquals(2, run("variants", "--explain", "ترامب/ترمب"));
    assertEquals(2, run("variants", "--index", idx.toString(), "--explain", "ترامب/ترمب", "نتنياهو/نتانياهو"));
    assertEquals(2, run("variants", "--index", idx.toString(), "--explain", "ترامب/ترمب", "--output", "x.tsv"));
    Path table = tmp.resolve("t.tsv");
    assertEquals(0, run("variants", "--corpus", corpus.toString(), "--output", table.toString()));
    assertEquals(List.of("ترامب"), VariantTable.read(table).variantsOf("ترمب"));
  }

  @Test
  void usageErrors() {
    assertEquals(2, run("variants"));
    assertEquals(2, run("variants", "--corpus", "x.jsonl"));
    assertEquals(1, run("variants", "--index", tmp.resolve("none").toString(), "ترامب"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such index folder"), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anIndexWithoutATableShowsTheBundledOneItsSearchesUse() throws Exception {
    Path plain = java.nio.file.Files.createDirectories(tmp.resolve("no-table"));
    assertEquals(0, run("variants", "--index", plain.toString(), "ترمب"));
    assertEquals("ترمب\t" + String.join(" ", VariantTable.bundled().variantsOf("ترمب")) + "\n", out());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("showing the bundled one"),
        err.toString(StandardCharsets.UTF_8));
  }
}
