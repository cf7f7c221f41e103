package org.fahras.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;

/**
 * The hand-checked merge test set of issue 25 ({@code index-fixtures/merges/}): pairs of different words that a
 * stemmer must not send to one stem ({@code different.tsv}) and pairs of forms of one word that it should
 * ({@code same.tsv}), each with its kind and its half (tuning or held-out). {@link #joined} measures an analyzer on
 * them: the share of different-word pairs merged (lower is better) and of same-word pairs met (higher is better).
 * What {@code fahras stemmer-report --merges DIR} prints.
 */
public final class MergePairs {
  private MergePairs() {}

  /** The file of different-word pairs in the set's folder. */
  public static final String DIFFERENT = "different.tsv";
  /** The file of same-word pairs in the set's folder. */
  public static final String SAME = "same.tsv";
  /** The half the rules are tuned on. */
  public static final String TUNING = "tuning";
  /** The half kept out of sight while tuning, measured once at the end. */
  public static final String HELD_OUT = "held-out";
  /** The columns of both files, in order, as their header line names them. */
  public static final List<String> COLUMNS = List.of("word_a", "word_b", "kind", "half", "gloss");

  /** One pair: two written words, its kind, its half and a short English gloss. */
  public record Pair(String a, String b, String kind, String half, String gloss) {}

  /** A pair and the stems an analyzer gives its two words (null: the analyzer makes no term of the word). */
  public record Stemmed(Pair pair, String stemA, String stemB) {
    /** Whether the two words get one stem; a word that makes no term (a stopword) joins nothing. */
    public boolean joined() {
      return stemA != null && stemA.equals(stemB);
    }
  }

  /** How many of {@code pairs} an analyzer joins, and which pairs it joins or keeps apart. */
  public record Rate(int pairs, List<Stemmed> joined, List<Stemmed> apart) {
    /** The share of the pairs joined (0 for no pairs). */
    public double share() {
      return pairs == 0 ? 0 : (double) joined.size() / pairs;
    }

    /** The part of this rate whose pairs {@code keep} accepts. */
    public Rate where(Predicate<Pair> keep) {
      List<Stemmed> j = joined.stream().filter(s -> keep.test(s.pair())).toList();
      List<Stemmed> a = apart.stream().filter(s -> keep.test(s.pair())).toList();
      return new Rate(j.size() + a.size(), j, a);
    }
  }

  /** One analyzer on the set: different-word pairs merged (lower is better), same-word pairs met (higher). */
  public record Result(Rate merged, Rate met) {}

  /** The two files of the set, read from {@code dir}. */
  public record TestSet(List<Pair> different, List<Pair> same) {}

  /** Reads {@link #DIFFERENT} and {@link #SAME} from {@code dir}. */
  public static TestSet load(Path dir) throws IOException {
    return new TestSet(read(dir.resolve(DIFFERENT)), read(dir.resolve(SAME)));
  }

  /** Reads one file of the set. */
  public static List<Pair> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses the lines of one file: a header naming {@link #COLUMNS}, then one pair a line, tab-separated, the half
   * {@link #TUNING} or {@link #HELD_OUT}; empty lines and lines beginning with # are skipped. A pair given twice
   * (in either order) or a word paired with itself is an error, with the line's number.
   */
  public static List<Pair> parse(List<String> lines, String source) {
    List<Pair> pairs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + (i + 1) + ": ";
      String[] f = lines.get(i).split("\t", -1);
      if (!header) {
        if (!List.of(f).equals(COLUMNS)) {
          throw new IllegalArgumentException(where + "the header must be " + String.join("<TAB>", COLUMNS));
        }
        header = true;
        continue;
      }
      if (f.length != COLUMNS.size()) {
        throw new IllegalArgumentException(where + COLUMNS.size() + " tab-separated columns expected, got "
            + f.length);
      }
      for (int c = 0; c < f.length; c++) {
        if (f[c].isBlank() || !f[c].equals(f[c].strip())) {
          throw new IllegalArgumentException(where + "column " + COLUMNS.get(c) + " is empty or padded");
        }
      }
      if (f[0].contains(" ") || f[1].contains(" ")) {
        throw new IllegalArgumentException(where + "a word, not a phrase, in each of word_a and word_b");
      }
      if (!f[3].equals(TUNING) && !f[3].equals(HELD_OUT)) {
        throw new IllegalArgumentException(where + "half must be " + TUNING + " or " + HELD_OUT + ", not " + f[3]);
      }
      if (f[0].equals(f[1])) {
        throw new IllegalArgumentException(where + "a word paired with itself: " + f[0]);
      }
      String key = f[0].compareTo(f[1]) < 0 ? f[0] + "\t" + f[1] : f[1] + "\t" + f[0];
      if (!seen.add(key)) {
        throw new IllegalArgumentException(where + "the pair " + f[0] + " / " + f[1] + " is given twice");
      }
      pairs.add(new Pair(f[0], f[1], f[2], f[3], f[4]));
    }
    if (!header) {
      throw new IllegalArgumentException(source + ": no header line");
    }
    return pairs;
  }

  /** Which of {@code pairs} {@code analyzer} sends to one stem (each word analyzed alone, as a query term is). */
  public static Rate joined(List<Pair> pairs, Analyzer analyzer) {
    Map<String, String> stems = new HashMap<>();
    List<Stemmed> joined = new ArrayList<>();
    List<Stemmed> apart = new ArrayList<>();
    for (Pair p : pairs) {
      Stemmed s = new Stemmed(p, stem(stems, analyzer, p.a()), stem(stems, analyzer, p.b()));
      (s.joined() ? joined : apart).add(s);
    }
    return new Rate(pairs.size(), joined, apart);
  }

  /** Both rates of {@code analyzer}: the different-word pairs it merges, the same-word pairs it meets. */
  public static Result measure(List<Pair> different, List<Pair> same, Analyzer analyzer) {
    return new Result(joined(different, analyzer), joined(same, analyzer));
  }

  /** The kinds of {@code pairs}, in the order they first appear. */
  public static List<String> kinds(List<Pair> pairs) {
    Map<String, Boolean> kinds = new LinkedHashMap<>();
    for (Pair p : pairs) {
      kinds.put(p.kind(), true);
    }
    return List.copyOf(kinds.keySet());
  }

  private static String stem(Map<String, String> cache, Analyzer analyzer, String word) {
    if (cache.containsKey(word)) {
      return cache.get(word);
    }
    String s = StemmerMetrics.stem(analyzer, word);
    cache.put(word, s);
    return s;
  }
}
