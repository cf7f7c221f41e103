package org.fahras.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantTableTest {
  @TempDir
  Path tmp;

  private static VariantTable table() {
    return new VariantTable(List.of(
        new VariantTable.Pair("ترامب", "ترمب", 0.9),
        new VariantTable.Pair("زوكربيرغ", "زوكربرغ", 0.8),
        new VariantTable.Pair("زوكربرغ", "زوكربرج", 0.4),
        new VariantTable.Pair("زوكربيرغ", "زاكربرغ", 0.3)), List.of("test"));
  }

  @Test
  void variantsBothWaysBestFirstThenTheGroup() {
    VariantTable t = table();
    assertEquals(List.of("ترمب"), t.variantsOf("ترامب"));
    assertEquals(List.of("ترامب"), t.variantsOf("ترمب"));
    assertEquals(List.of("زوكربرغ", "زاكربرغ", "زوكربرج"), t.variantsOf("زوكربيرغ"));
    assertEquals(List.of("زوكربيرغ", "زوكربرج", "زاكربرغ"), t.variantsOf("زوكربرغ"));
    assertEquals(List.of(), t.variantsOf("سوريا"));
    assertEquals(t.groupOf("زوكربرج"), t.groupOf("زاكربرغ"));
    assertTrue(t.groupOf("ترامب") != t.groupOf("زوكربرغ"));
    assertEquals(-1, t.groupOf("سوريا"));
    assertEquals(0.9, t.confidence("ترمب", "ترامب"), 1e-9);
    assertEquals(0, t.confidence("ترمب", "زوكربرغ"));
  }

  @Test
  void writeThenReadGivesTheSameTable() throws IOException {
    Path f = tmp.resolve("v.tsv");
    table().write(f);
    VariantTable back = VariantTable.read(f);
    assertEquals(table().pairs(), back.pairs());
    assertEquals(List.of("test"), back.comments());
    assertEquals(table().variantsOf("زوكربيرغ"), back.variantsOf("زوكربيرغ"));
  }

  @Test
  void errorsNameFileAndLine() throws IOException {
    Path f = tmp.resolve("bad.tsv");
    Files.writeString(f, VariantTable.HEADER + "\nترامب\tترمب\t0.9\nترامب\tترمب\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> VariantTable.read(f));
    assertTrue(e.getMessage().contains("bad.tsv:3"), e.getMessage());
    Files.writeString(f, "ترامب\tترمب\t0.9\n", StandardCharsets.UTF_8);
    e = assertThrows(IOException.class, () -> VariantTable.read(f));
    assertTrue(e.getMessage().contains("bad.tsv:1: not a fahras variant table"), e.getMessage());
    Files.writeString(f, VariantTable.HEADER + "\nترامب\tترامب\t0.9\n", StandardCharsets.UTF_8);
    e = assertThrows(IOException.class, () -> VariantTable.read(f));
    assertTrue(e.getMessage().contains("bad.tsv:2: a word is not its own variant"), e.getMessage());
    Files.writeString(f, VariantTable.HEADER + "\nترامب\tترمب\t1.5\n", StandardCharsets.UTF_8);
    e = assertThrows(IOException.class, () -> VariantTable.read(f));
    assertTrue(e.getMessage().contains("bad.tsv:2: confidence"), e.getMessage());
  }

  @Test
  void bundledTableLoadsOnceAndIsSmall() throws IOException {
    VariantTable t = VariantTable.bundled();
    assertTrue(t == VariantTable.bundled());
    assertTrue(t.pairCount() > 100, "pairs: " + t.pairCount());
    try (InputStream in = VariantTable.class.getResourceAsStream("news.tsv")) {
      long bytes = in.readAllBytes().length;
      assertTrue(bytes <= 1_000_000, "bundled table is " + bytes + " bytes");
    }
    assertTrue(t.variantsOf("ترامب").contains("ترمب"));
    assertTrue(t.variantsOf("ترمب").contains("ترامب"));
  }
}
