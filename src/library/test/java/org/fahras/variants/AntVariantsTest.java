package org.fahras.variants;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Discovery on the ANT v2.1 news (31,523 articles, ../shared/data; skipped when absent). */
@Tag("data")
class AntVariantsTest {
  static final Path ANT = org.fahras.testdata.SharedData.ANT_V21;
  static VariantTable table;

  @BeforeAll
  static void build() throws Exception {
    if (Files.exists(ANT)) {
      VariantDiscovery d = new VariantDiscovery();
      d.addCorpus(List.of(ANT));
      table = d.build();
      System.out.println("ANT v2.1: " + d.articles() + " articles, " + d.stats());
    }
  }

  @Test
  void linksTheSpellingsOfNames() {
    assumeTrue(table != null, "ANT v2.1 not present at " + ANT);
    assertTrue(table.variantsOf("ترامب").contains("ترمب"), "ترامب: " + table.variantsOf("ترامب"));
    assertTrue(table.variantsOf("ترمب").contains("ترامب"), "ترمب: " + table.variantsOf("ترمب"));
    assertTrue(table.variantsOf("نتنياهو").contains("نتانياهو"), "نتنياهو: " + table.variantsOf("نتنياهو"));
    assertTrue(table.variantsOf("نتانياهو").contains("نتنياهو"), "نتانياهو: " + table.variantsOf("نتانياهو"));
  }

  @Test
  void doesNotLinkWordsThatOnlyShareConsonants() {
    assumeTrue(table != null, "ANT v2.1 not present at " + ANT);
    String[][] apart = {{"سوريا", "سييرا"}, {"وزير", "وزاري"}, {"تحمل", "تحميل"}};
    for (String[] p : apart) {
      assertFalse(table.variantsOf(p[0]).contains(p[1]), p[0] + ": " + table.variantsOf(p[0]));
      assertFalse(table.variantsOf(p[1]).contains(p[0]), p[1] + ": " + table.variantsOf(p[1]));
    }
  }
}
