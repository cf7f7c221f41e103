package org.fahras.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link MergePairs}: parsing a pair file, and both rates on a small synthetic list with a toy analyzer whose merges
 * are known; then the real set of {@code index-fixtures/merges/} parses, is large enough and has both halves.
 */
class MergePairsTest {
  static final Path MERGES = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures", "merges");
  static final String HEADER = "word_a\tword_b\tkind\thalf\tgloss";

  /** A toy stemmer: whitespace tokens, a leading ال and then a final ة or ي cut off; the word "stop" makes no term. */
  static final class ToyAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer t = new WhitespaceTokenizer();
      TokenStream f = new TokenFilter(t) {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        @Override
        public boolean incrementToken() throws IOException {
          while (input.incrementToken()) {
            String w = term.toString();
            if (w.equals("stop")) {
              continue;
            }
            if (w.startsWith("ال")) {
              w = w.substring(2);
            }
            if (w.endsWith("ة") || w.endsWith("ي")) {
              w = w.substring(0, w.length() - 1);
            }
            term.setEmpty().append(w);
            return true;
          }
          return false;
        }
      };
      return new TokenStreamComponents(t, f);
    }
  }

  static List<MergePairs.Pair> parse(String... lines) {
    List<String> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(List.of(lines));
    return MergePairs.parse(all, "test");
  }

  @Test
  void theToyAnalyzerMergesAndMeetsWhatItShould() {
    List<MergePairs.Pair> different = parse(
        "عملة\tعمل\tending\ttuning\tcurrency / work", // toy: عمل, عمل → merged
        "مصري\tمصر\tnisba\ttuning\tEgyptian / Egypt", // toy: مصر, مصر → merged
        "تونس\tتنص\tskeleton\theld-out\tTunisia / stipulates", // apart
        "stop\tstop2\tending\theld-out\ta stopword joins nothing"); // null, stop2 → apart
    List<MergePairs.Pair> same = parse(
        "وزارة\tالوزارة\tarticle\ttuning\tministry", // وزار, وزار → met
        "قرار\tقرارات\tnumber\ttuning\tdecision", // قرار, قرارات → unmet
        "كبير\tكبيرة\tfeminine\theld-out\tbig"); // كبير, كبير → met
    try (Analyzer toy = new ToyAnalyzer()) {
      MergePairs.Result r = MergePairs.measure(different, same, toy);
      assertEquals(4, r.merged().pairs());
      assertEquals(0.5, r.merged().share(), 1e-9);
      assertEquals(List.of("عملة", "مصري"), r.merged().joined().stream().map(s -> s.pair().a()).toList());
      assertEquals("عمل", r.merged().joined().get(0).stemA());
      MergePairs.Stemmed stop = r.merged().apart().get(1);
      assertEquals(null, stop.stemA());
      assertFalse(stop.joined());
      assertEquals(2.0 / 3, r.met().share(), 1e-9);
      assertEquals("قرار", r.met().apart().get(0).pair().a());
      MergePairs.Rate tuning = r.merged().where(p -> p.half().equals(MergePairs.TUNING));
      assertEquals(1.0, tuning.share(), 1e-9);
      MergePairs.Rate heldOut = r.merged().where(p -> p.half().equals(MergePairs.HELD_OUT));
      assertEquals(0.0, heldOut.share(), 1e-9);
      assertEquals(2, heldOut.pairs());
      assertEquals(0.5, r.met().where(p -> p.kind().equals("number") || p.kind().equals("article")).share(), 1e-9);
      assertEquals(List.of("ending", "nisba", "skeleton"), MergePairs.kinds(different));
    }
  }

  @Test
  void anAnalyzerThatStemsNothingMergesNothingAndMeetsNothing() {
    List<MergePairs.Pair> pairs = parse("عملة\tعمل\tending\ttuning\tcurrency / work");
    try (Analyzer plain = new org.apache.lucene.analysis.core.WhitespaceAnalyzer()) {
      assertEquals(0.0, MergePairs.joined(pairs, plain).share(), 1e-9);
    }
    try (Analyzer plain = new org.apache.lucene.analysis.core.WhitespaceAnalyzer()) {
      assertEquals(0.0, MergePairs.joined(List.of(), plain).share(), 1e-9);
    }
  }

  @Test
  void badLinesAreRefusedWithTheirNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("أ\tب\tk\ttuning\tg", "ب\tأ\tk\theld-out\tg"));
    assertTrue(e.getMessage().startsWith("test:3: ") && e.getMessage().contains("twice"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse("أ\tب\tk\ttest\tg"));
    assertTrue(e.getMessage().contains("half must be"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse("أ\tب\tk\ttuning"));
    assertTrue(e.getMessage().contains("5 tab-separated columns"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse("أ\tأ\tk\ttuning\tg"));
    assertTrue(e.getMessage().contains("itself"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse("أ\t\tk\ttuning\tg"));
    assertTrue(e.getMessage().contains("word_b"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MergePairs.parse(List.of("a\tb"), "x"));
    assertTrue(e.getMessage().contains("header"), e.getMessage());
    assertEquals(1, parse("", "# a comment", "أ\tب\tk\ttuning\tg").size());
  }

  @Test
  void theRealSetParsesAndIsLargeEnough() throws IOException {
    MergePairs.TestSet set = MergePairs.load(MERGES);
    for (List<MergePairs.Pair> pairs : List.of(set.different(), set.same())) {
      assertTrue(pairs.size() >= 400, "pairs: " + pairs.size());
      for (String kind : MergePairs.kinds(pairs)) {
        for (String half : List.of(MergePairs.TUNING, MergePairs.HELD_OUT)) {
          assertTrue(pairs.stream().anyMatch(p -> p.kind().equals(kind) && p.half().equals(half)),
              kind + " has no pair in the " + half + " half");
        }
      }
      long tuning = pairs.stream().filter(p -> p.half().equals(MergePairs.TUNING)).count();
      assertTrue(Math.abs(2 * tuning - pairs.size()) <= MergePairs.kinds(pairs).size(),
          "halves of " + pairs.size() + ": " + tuning + " tuning");
    }
    Set<String> different = new HashSet<>();
    for (MergePairs.Pair p : set.different()) {
      different.add(p.a() + "\t" + p.b());
      different.add(p.b() + "\t" + p.a());
    }
    for (MergePairs.Pair p : set.same()) {
      assertFalse(different.contains(p.a() + "\t" + p.b()), "in both files: " + p);
    }
  }
}
