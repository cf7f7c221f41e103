package org.fahras.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.FahrasAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The hand-checked test set of {@code index-fixtures/variants/} against the bundled table: recall (a group counts
 * when all its spellings are connected) and false merges (a negative pair whose words are connected).
 */
class VariantTestSetTest {
  static final Path DIR = org.fahras.testdata.SharedData.FIXTURES.resolve("variants");

  /** The words of each line of {@code file}, in the exact representation. */
  static List<List<String>> lines(String file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (FahrasAnalyzer exact = new FahrasAnalyzer(FahrasAnalyzer.Stemmer.NONE)) {
      for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> words = new ArrayList<>();
        for (String w : line.strip().split("\\s+")) {
          List<String> t = analyze(exact, w);
          assertEquals(1, t.size(), file + ": \"" + w + "\" is not one word of the exact representation: " + t);
          words.add(t.get(0));
        }
        out.add(words);
      }
    }
    return out;
  }

  private static List<String> analyze(org.apache.lucene.analysis.Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  static boolean connected(VariantTable t, List<String> group) {
    int g = t.groupOf(group.get(0));
    for (String w : group) {
      if (g < 0 || t.groupOf(w) != g) {
        return false;
      }
    }
    return true;
  }

  /** Recall and false-merge rate of {@code t} on the test set; prints the figures and what was missed. */
  static double[] measure(VariantTable t, String name) throws IOException {
    List<List<String>> groups = lines("groups.txt");
    List<List<String>> negatives = lines("negatives.txt");
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (List<String> g : groups) {
      if (connected(t, g)) {
        found++;
      } else {
        missed.add(String.join("/", g));
      }
    }
    int merged = 0;
    List<String> wrong = new ArrayList<>();
    for (List<String> p : negatives) {
      assertEquals(2, p.size(), "a negative is a pair: " + p);
      if (connected(t, p)) {
        merged++;
        wrong.add(String.join("/", p));
      }
    }
    double recall = (double) found / groups.size();
    double falseMerges = (double) merged / negatives.size();
    System.out.printf(Locale.ROOT, "variants test set, %s: %d of %d groups connected (%.1f %%), %d of %d negative"
        + " pairs merged (%.1f %%)%n  missed: %s%n  merged: %s%n", name, found, groups.size(), 100 * recall, merged,
        negatives.size(), 100 * falseMerges, missed, wrong);
    return new double[] {recall, falseMerges};
  }

  @Test
  void testSetIsLargeEnoughAndWellFormed() throws IOException {
    List<List<String>> groups = lines("groups.txt");
    List<List<String>> negatives = lines("negatives.txt");
    assertTrue(groups.size() >= 100, "groups: " + groups.size());
    assertTrue(negatives.size() >= 100, "negatives: " + negatives.size());
    Set<String> seen = new HashSet<>();
    for (List<String> g : groups) {
      assertTrue(g.size() >= 2, "a group has at least two spellings: " + g);
      for (String w : g) {
        assertTrue(seen.add(w), "word in two groups: " + w);
      }
    }
  }

  /**
   * Targets of issue 16: recall ≥ 90 %, false merges ≤ 2 %. The false-merge target is met and asserted; recall is
   * asserted at the level reached (see the README), so that a change that loses variants fails here.
   */
  @Test
  void bundledTableOnTheTestSet() throws IOException {
    double[] r = measure(VariantTable.bundled(), "bundled table");
    assertTrue(r[1] <= 0.02, "false merges " + r[1]);
    assertTrue(r[0] >= RECALL_FLOOR, "recall " + r[0]);
  }

  /**
   * Ordinary words the table of 25 November joined (Germany / Yemen, king / kingdom, government / governance …),
   * found by reading that table, not part of the independently chosen test set: kept apart since the article's ل no
   * longer counts as a consonant of the word and three consonants allow at most two letters of difference.
   */
  @Test
  void bundledTableKeepsOrdinaryWordsApart() {
    VariantTable t = VariantTable.bundled();
    String[][] apart = {{"المانيا", "اليمن"}, {"الملك", "المملكه"}, {"الحكومه", "الحوكمه"}, {"العداله", "العدل"},
        {"الاسد", "السويد"}, {"الخامسه", "الخميس"}, {"الايطالي", "التالي"}, {"الجوهره", "القاهره"}};
    for (String[] p : apart) {
      assertTrue(t.groupOf(p[0]) < 0 || t.groupOf(p[0]) != t.groupOf(p[1]),
          p[0] + " / " + p[1] + ": " + t.variantsOf(p[0]));
    }
  }

  /** Recall the bundled table reaches on the test set (README, "Spelling variants"). */
  static final double RECALL_FLOOR = 0.90;

  /**
   * The baseline (Lucene's ArabicAnalyzer, normalizing and stemming) joins almost none of the groups by itself, so
   * the table's recall is what variants add: a group counts as joined when all its spellings give one stock term.
   */
  @Test
  void stockAnalysisJoinsAlmostNoGroup() throws IOException {
    List<List<String>> groups = lines("groups.txt");
    int joined = 0;
    List<String> which = new ArrayList<>();
    try (org.apache.lucene.analysis.Analyzer stock = org.fahras.analysis.AnalysisChain.forName("stock").stemmed()) {
      for (List<String> g : groups) {
        Set<String> terms = new HashSet<>();
        for (String w : g) {
          terms.add(String.join(" ", analyze(stock, w)));
        }
        if (terms.size() == 1) {
          joined++;
          which.add(String.join("/", g));
        }
      }
    }
    System.out.printf(Locale.ROOT, "variants test set, stock analysis: %d of %d groups joined %s%n", joined,
        groups.size(), which);
    assertTrue(joined * 20 <= groups.size(), "stock's analysis joins " + joined + " groups: " + which);
  }
}
