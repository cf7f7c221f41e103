package org.fahras.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewedPairsTest {
  @Test
  void theBundledTableHoldsNoPairReadAsTwoWords() {
    VariantTable t = VariantTable.bundled();
    Map<String, String> reviewed = ReviewedPairs.bundled();
    assertTrue(reviewed.size() >= 60, "pairs read as two words: " + reviewed.size());
    for (String key : reviewed.keySet()) {
      String[] w = key.split("\t");
      assertFalse(t.variantsOf(w[0]).contains(w[1]), key);
      assertFalse(t.variantsOf(w[1]).contains(w[0]), key);
    }
    // the examples: a name beside a frequent word of the same skeleton, or two names
    assertFalse(t.variantsOf("تونس").contains("تنص"));
    assertFalse(t.variantsOf("ماكرون").contains("مقارنه"));
    assertFalse(t.variantsOf("ميركل").contains("ماركل"));
    assertFalse(t.variantsOf("هولاند").contains("هولندا"));
    // while the true spellings stay
    assertTrue(t.variantsOf("ميركل").contains("ميركيل"));
    assertTrue(t.variantsOf("ترامب").contains("ترمب"));
  }

  @Test
  void aReviewedPairIsNeverConfirmedAndExplainSaysWhy() {
    VariantDiscovery plain = new VariantDiscovery(VariantDiscovery.Options.defaults(), Map.of());
    VariantDiscoveryTest.corpus().forEach(plain::add);
    assertEquals(List.of("ترمب"), plain.build().variantsOf("ترامب"), "confirmed when nobody judged it");

    Map<String, String> reviewed = Map.of(ReviewedPairs.key("ترمب", "ترامب"), "a test's judgement");
    VariantDiscovery d = new VariantDiscovery(VariantDiscovery.Options.defaults(), reviewed);
    VariantDiscoveryTest.corpus().forEach(d::add);
    assertEquals(List.of(), d.build().variantsOf("ترامب"));
    String why = d.explain("ترامب", "ترمب");
    assertTrue(why.contains("read by hand as two words (a test's judgement"), why);
  }

  @Test
  void keysAreOrderFreeAndAbsentPairsHaveNoReason() {
    Map<String, String> m = Map.of(ReviewedPairs.key("تونس", "تنص"), "stipulates / Tunisia");
    assertEquals("stipulates / Tunisia", ReviewedPairs.different(m, "تنص", "تونس"));
    assertEquals("stipulates / Tunisia", ReviewedPairs.different(m, "تونس", "تنص"));
    assertNull(ReviewedPairs.different(m, "ترامب", "ترمب"));
  }

  @Test
  void badLinesAreNamedWithTheirLine() {
    IOException e = assertThrows(IOException.class, () -> read("# c\nتونس\tتنص\n"));
    assertEquals("t.tsv:2: expected word<TAB>other word<TAB>why, got \"تونس\tتنص\"", e.getMessage());
    e = assertThrows(IOException.class, () -> read("تونس\tتنص\tx\nتنص\tتونس\ty\n"));
    assertEquals("t.tsv:2: تنص / تونس is listed twice", e.getMessage());
  }

  private static Map<String, String> read(String text) throws IOException {
    return ReviewedPairs.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.tsv");
  }
}
