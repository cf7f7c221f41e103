package org.fahras.variants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate generation: which pairs of words of a {@link Corpus} are worth judging. One rule, {@link #classify},
 * decides for a build (over all words, by skeleton buckets) and for {@code explain} (one pair): words of one
 * consonant skeleton ({@link Kind#STRICT}), of a two-consonant skeleton differing only by غ/ج ({@link Kind#SHORT}),
 * or of one loose skeleton only ({@link Kind#LOOSE}); each seen at least {@code minCount} times, at most two letters
 * apart in length, not both clitic-looking forms, not two inflections of one stem.
 */
final class Candidates {
  private Candidates() {}

  /** Candidate kinds: one skeleton of three consonants or more; two consonants, only غ/ج differing; loose only. */
  enum Kind {
    STRICT, SHORT, LOOSE;

    /** The kind's name in explanations. */
    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A word as candidate generation sees it.
   *
   * @param form the word, exact representation
   * @param count its occurrences
   * @param skeleton {@link Skeleton#of}
   * @param loose {@link Skeleton#loose}
   * @param base the more frequent word of which it looks like a clitic or inflected form ({@link #inflectedBase}),
   *     or null
   */
  record Word(String form, int count, String skeleton, String loose, String base) {
    /** {@code form}, counted in {@code corpus}. */
    static Word of(String form, Corpus corpus) {
      return new Word(form, corpus.count(form), Skeleton.of(form), Skeleton.loose(form), inflectedBase(form, corpus));
    }

    boolean clitic() {
      return base != null;
    }
  }

  /**
   * What {@link #classify} says of two words: a {@link Kind}, or, when they are no candidate, why.
   *
   * @param kind the kind of candidate, null when none
   * @param notCandidate why the words are no candidate, null when they are one
   */
  record Verdict(Kind kind, String notCandidate) {
    static Verdict not(String why) {
      return new Verdict(null, why);
    }

    boolean isCandidate() {
      return kind != null;
    }
  }

  /** A candidate pair: word ids, the first added first, and the kind. */
  record Pair(int a, int b, Kind kind) {}

  /** Whether {@code a} / {@code b} are a candidate pair, and of what kind (or why not): build's and explain's rule. */
  static Verdict classify(Word a, Word b, int minCount) {
    String x = a.form();
    String y = b.form();
    Kind kind;
    if (Math.min(a.count(), b.count()) < minCount) {
      return Verdict.not("seen fewer than " + minCount + " times");
    } else if (!Skeleton.isArabicWord(x) || !Skeleton.isArabicWord(y) || Math.min(x.length(), y.length()) < 3) {
      return Verdict.not("not two Arabic words of three letters or more");
    } else if (a.skeleton().equals(b.skeleton())) {
      if (a.skeleton().length() < 2) {
        return Verdict.not("a skeleton of fewer than two consonants");
      }
      // two consonants cannot tell names apart (قوله / وقال / غول) unless only غ/ج differs (فيغو / فيجو)
      kind = Skeleton.consonants(x, y) >= 3 ? Kind.STRICT : Skeleton.gOnly(x, y) ? Kind.SHORT : null;
      if (kind == null) {
        return Verdict.not("two consonants that differ by more than غ/ج");
      }
    } else if (a.loose().equals(b.loose()) && a.loose().length() >= 3) {
      kind = Kind.LOOSE;
    } else {
      return Verdict.not("no shared skeleton");
    }
    // a spelling adds or drops at most two letters; two clitic forms pair with each other in countless ways
    if (Math.abs(x.length() - y.length()) > 2) {
      return Verdict.not("lengths differ by more than two letters");
    }
    if (a.clitic() && b.clitic()) {
      return Verdict.not("both look like clitic or inflected forms");
    }
    if (Skeleton.inflectionPair(x, y)) {
      return Verdict.not("an inflection or clitic pair of one word");
    }
    return new Verdict(kind, null);
  }

  /**
   * The candidate pairs of {@code corpus}: the words seen at least {@code minCount} times are bucketed by skeleton
   * and by loose skeleton, and each pair of a bucket is {@link #classify classified}. A word that looks like a
   * clitic or inflected form of a more frequent word (بيونج: ب + يونج; اليجري: ال + يجري) is kept as a candidate
   * beside a word that is not; its base goes to {@code baseOf} (word id → base id), to be judged against.
   */
  static List<Pair> generate(Corpus corpus, int minCount, Map<Integer, Integer> baseOf) {
    Map<String, List<Integer>> strict = new HashMap<>();
    Map<String, List<Integer>> loose = new HashMap<>();
    Map<Integer, Word> word = new HashMap<>();
    for (int id = 0; id < corpus.words(); id++) {
      String w = corpus.word(id);
      if (corpus.count(id) >= minCount && w.length() >= 3 && Skeleton.isArabicWord(w)) {
        Word x = Word.of(w, corpus);
        word.put(id, x);
        if (x.base() != null) {
          baseOf.put(id, corpus.id(x.base()));
        }
        if (x.skeleton().length() >= 2) {
          strict.computeIfAbsent(x.skeleton(), k -> new ArrayList<>()).add(id);
        }
        if (x.loose().length() >= 3) {
          loose.computeIfAbsent(x.loose(), k -> new ArrayList<>()).add(id);
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (Map<String, List<Integer>> buckets : List.of(strict, loose)) {
      for (List<Integer> m : buckets.values()) {
        for (int i = 0; i < m.size(); i++) {
          for (int j = i + 1; j < m.size(); j++) {
            int x = m.get(i);
            int y = m.get(j);
            // a pair of one skeleton is met in both bucket maps: the first adds it
            Verdict v = classify(word.get(x), word.get(y), minCount);
            if (v.isCandidate() && seen.add((long) x << 32 | y)) {
              pairs.add(new Pair(x, y, v.kind()));
            }
          }
        }
      }
    }
    return pairs;
  }

  private static final String[] CLITICS = {"و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "بال", "فال", "كال", "لل", "وب",
      "ول", "وس", "فب", "فل"};
  private static final String[] ENDINGS = {"ه", "ها", "هم", "هما", "كم", "نا", "ي", "ا", "ات", "ون", "ين", "ان", "يه",
      "يا", "ته", "تها", "تهم", "وا"};

  /** The more frequent word of which {@code w} looks like a clitic or inflected form in {@code corpus}, or null. */
  static String inflectedBase(String w, Corpus corpus) {
    int c = corpus.count(w);
    for (String p : CLITICS) {
      if (w.length() - p.length() >= 3 && w.startsWith(p) && corpus.count(w.substring(p.length())) >= c) {
        return w.substring(p.length());
      }
    }
    for (String e : ENDINGS) {
      if (w.length() - e.length() >= 3 && w.endsWith(e)
          && corpus.count(w.substring(0, w.length() - e.length())) >= c) {
        return w.substring(0, w.length() - e.length());
      }
    }
    return null;
  }

  /**
   * Whether {@code a} / {@code b}, the bare forms of a pair confirmed with the article (الديمقراطيه /
   * الديموقراطيه), may be paired too, given alike enough contexts: both seen at least {@code minCount} times, three
   * consonants or more, one long vowel or غ/ج apart.
   */
  static boolean bareCandidate(String a, String b, int countA, int countB, int minCount) {
    return countA >= minCount && countB >= minCount && Skeleton.of(a).length() >= 3
        && (Skeleton.oneVowel(a, b) || Skeleton.gOnly(a, b));
  }
}
