package org.fahras.lexicon;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How a stemmer treats a corpus's vocabulary (counted by {@link CorpusCounts}): (a) article consistency — how many
 * nouns meet their article form (وزارة / الوزارة) — and (b) over-merging — different nouns sent to one stem. What
 * {@code fahras stemmer-report} prints, and what its test checks on ANT v1.1.
 */
public final class StemmerMetrics {
  private StemmerMetrics() {}

  /** Fewest occurrences, bare and with ال, of a noun counted in (a). */
  public static final int CONSISTENCY_MIN = 5;
  /** Fewest occurrences, bare and with ال, of a noun counted in (b). */
  public static final int MERGE_MIN = 20;
  private static final String PROCLITIC_LETTERS = "بكلوف";
  private static final Set<String> TENS = Set.of("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين",
      "تسعين", "عشرون", "ثلاثون", "اربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون");

  /** A word, its article form, and their stems. */
  public record Miss(String word, String stem, String withArticle, String articleStem) {}

  /** Article consistency of one stemmer: how many nouns, how many of them meet their article form. */
  public record Consistency(int nouns, int consistent, List<Miss> misses) {
    /** The share of nouns that meet their article form. */
    public double ratio() {
      return nouns == 0 ? 0 : (double) consistent / nouns;
    }
  }

  /** Two different nouns sent to one stem. */
  public record Merge(String a, int countA, String b, int countB, String stem, String kind) {}

  /** (a) over the forms counted in {@code counts}. */
  public static Consistency articleConsistency(Map<String, Integer> counts, Analyzer analyzer) {
    int nouns = 0;
    int consistent = 0;
    List<Miss> misses = new ArrayList<>();
    List<String> words = new ArrayList<>(counts.keySet());
    words.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
    for (String w : words) {
      if (w.length() < 2 || PROCLITIC_LETTERS.indexOf(w.charAt(0)) < 0 || counts.get(w) < CONSISTENCY_MIN
          || counts.getOrDefault("ال" + w, 0) < CONSISTENCY_MIN) {
        continue;
      }
      String s = stem(analyzer, w);
      String t = stem(analyzer, "ال" + w);
      if (s == null || t == null) {
        continue; // a stopword of this analyzer
      }
      nouns++;
      if (s.equals(t)) {
        consistent++;
      } else {
        misses.add(new Miss(w, s, "ال" + w, t));
      }
    }
    return new Consistency(nouns, consistent, misses);
  }

  /**
   * (b): pairs of nouns that one stem joins though they are different words: they begin with different letters
   * (one lost a first letter that a noun attested with the article owns), or one is the other with ون ين ان where no
   * other of these endings is seen on the same base (so it is not an inflection), or a tens numeral.
   */
  public static List<Merge> overMerges(Map<String, Integer> counts, Analyzer analyzer) {
    Map<String, List<String>> byStem = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String w = e.getKey();
      if (e.getValue() >= MERGE_MIN && counts.getOrDefault("ال" + w, 0) >= MERGE_MIN && isArabic(w)) {
        String s = stem(analyzer, w);
        if (s != null) {
          byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(w);
        }
      }
    }
    List<Merge> merges = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byStem.entrySet()) {
      List<String> ws = e.getValue();
      ws.sort(Comparator.naturalOrder());
      for (int i = 0; i < ws.size(); i++) {
        for (int j = i + 1; j < ws.size(); j++) {
          String a = ws.get(i);
          String b = ws.get(j);
          String kind = a.charAt(0) != b.charAt(0) ? "first letter"
              : (ownEnding(a, b, counts) || ownEnding(b, a, counts)) ? "ending" : null;
          if (kind != null) {
            merges.add(new Merge(a, counts.get(a), b, counts.get(b), e.getKey(), kind));
          }
        }
      }
    }
    merges.sort(Comparator.comparing((Merge m) -> -Math.min(m.countA(), m.countB())).thenComparing(Merge::a));
    return merges;
  }

  /** Whether {@code longer} is {@code shorter} (or its ه ي form's base) plus an ending that is not an inflection. */
  private static boolean ownEnding(String longer, String shorter, Map<String, Integer> counts) {
    if (TENS.contains(longer)) {
      return true;
    }
    if (longer.length() < 5 || !(longer.endsWith("ون") || longer.endsWith("ين") || longer.endsWith("ان"))) {
      return false;
    }
    String base = longer.substring(0, longer.length() - 2);
    if (!(shorter.equals(base) || shorter.equals(base + "ه") || shorter.equals(base + "ي"))) {
      return false;
    }
    for (String other : new String[] {"ون", "ين", "ان"}) {
      if (!longer.endsWith(other) && counts.getOrDefault(base + other, 0) >= 2) {
        return false;
      }
    }
    return true;
  }

  private static boolean isArabic(String w) {
    return w.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A');
  }

  /** The single term {@code analyzer} makes of {@code word}, or null when it makes none. */
  public static String stem(Analyzer analyzer, String word) {
    try (TokenStream ts = analyzer.tokenStream("body", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String s = ts.incrementToken() ? term.toString() : null;
      while (ts.incrementToken()) {
        // a word splits into one token; drain anyway, as the TokenStream contract asks
      }
      ts.end();
      return s;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
