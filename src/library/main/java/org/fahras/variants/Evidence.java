package org.fahras.variants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link Corpus} says of words, the measures {@link ConfirmationRule} judges a candidate pair by: the words
 * around them (cosine of log-count × idf vectors of the words within {@value #WINDOW} positions, each context word
 * taken by its skeleton class so that house spellings of the context meet), their use by source (Jensen–Shannon
 * divergence) and by month (cosine), and their nativeness (how much a word behaves as an ordinary Arabic word).
 * Made for the corpus as it is: words added later have no context feature.
 */
final class Evidence {
  /** Context window: words on each side (after stopwords, which the exact analyzer removes). */
  static final int WINDOW = 2;

  private final Corpus corpus;
  /** Context feature of each word id: its skeleton class (so that house spellings of context words meet). */
  private final int[] ctxFeature;
  /** Occurrences of each context feature. */
  private final long[] featureCounts;

  Evidence(Corpus corpus) {
    this.corpus = corpus;
    int n = corpus.words();
    int[] f = new int[n];
    Map<String, Integer> classes = new HashMap<>();
    List<Long> fc = new ArrayList<>();
    for (int id = 0; id < n; id++) {
      String w = corpus.word(id);
      String key = Skeleton.isArabicWord(w) && w.length() >= 3
          ? "s:" + Skeleton.contextClass(w) + ":" + w.length() / 3 : "w:" + w;
      Integer c = classes.get(key);
      if (c == null) {
        c = classes.size();
        classes.put(key, c);
        fc.add(0L);
      }
      f[id] = c;
      fc.set(c, fc.get(c) + corpus.count(id));
    }
    this.ctxFeature = f;
    this.featureCounts = new long[fc.size()];
    for (int i = 0; i < featureCounts.length; i++) {
      featureCounts[i] = fc.get(i);
    }
  }

  /** Whether this evidence was made for the corpus as it is now (no word added since). */
  boolean current() {
    return ctxFeature.length == corpus.words();
  }

  /**
   * What is known of some words, row by row: the words around them within {@link #WINDOW} positions (by context
   * feature), that vector's norm, and their counts by source and by month.
   */
  final class Profiles {
    private final List<Map<Integer, int[]>> ctx;
    private final double[] norms;
    private final int[][] src;
    private final int[][] mon;

    private Profiles(List<Map<Integer, int[]>> ctx, double[] norms, int[][] src, int[][] mon) {
      this.ctx = ctx;
      this.norms = norms;
      this.src = src;
      this.mon = mon;
    }

    /** Context similarity of rows {@code x} and {@code y}, words {@code wx} and {@code wy}. */
    double context(int x, int y, int wx, int wy) {
      return cosine(ctx.get(x), ctx.get(y), norms[x], norms[y], wx, wy);
    }

    /** Source divergence of rows {@code x} and {@code y}. */
    double sources(int x, int y) {
      return jensenShannon(src[x], src[y]);
    }

    /** Similarity of use over time of rows {@code x} and {@code y}: 0 when the corpus spans one month or none. */
    double time(int x, int y) {
      return corpus.months() > 1 ? cosine(mon[x], mon[y]) : 0;
    }
  }

  /** The profiles of the words of {@code row} (word id → row), from one pass over the articles. */
  Profiles profiles(Map<Integer, Integer> row) {
    int n = row.size();
    List<Map<Integer, int[]>> ctx = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ctx.add(new HashMap<>());
    }
    int[][] src = new int[n][corpus.sources()];
    int[][] mon = new int[n][Math.max(1, corpus.months())];
    for (int d = 0; d < corpus.articles(); d++) {
      int[] seq = corpus.doc(d);
      int s = corpus.source(d);
      int mo = corpus.month(d);
      for (int i = 0; i < seq.length; i++) {
        Integer k = seq[i] < 0 ? null : row.get(seq[i]);
        if (k == null) {
          continue;
        }
        src[k][s]++;
        if (mo >= 0) {
          mon[k][mo]++;
        }
        Map<Integer, int[]> c = ctx.get(k);
        for (int j = i - 1; j >= Math.max(0, i - WINDOW) && seq[j] >= 0; j--) {
          c.computeIfAbsent(ctxFeature[seq[j]], x -> new int[1])[0]++;
        }
        for (int j = i + 1; j <= Math.min(seq.length - 1, i + WINDOW) && seq[j] >= 0; j++) {
          c.computeIfAbsent(ctxFeature[seq[j]], x -> new int[1])[0]++;
        }
      }
    }
    double[] norms = new double[n];
    for (int k = 0; k < n; k++) {
      double sum = 0;
      for (Map.Entry<Integer, int[]> e : ctx.get(k).entrySet()) {
        double w = weight(e.getKey(), e.getValue()[0]);
        sum += w * w;
      }
      norms[k] = Math.sqrt(sum);
    }
    return new Profiles(ctx, norms, src, mon);
  }

  /**
   * Context similarity and source divergence of each pair of words (both seen), from one pass over the articles:
   * {@code {context, divergence}} per pair, the measures a build computes for its candidates.
   */
  List<double[]> measure(List<String[]> pairs) {
    Map<Integer, Integer> slot = new HashMap<>();
    for (String[] p : pairs) {
      slot.putIfAbsent(corpus.id(p[0]), slot.size());
      slot.putIfAbsent(corpus.id(p[1]), slot.size());
    }
    Profiles pr = profiles(slot);
    List<double[]> out = new ArrayList<>();
    for (String[] p : pairs) {
      int ia = corpus.id(p[0]);
      int ib = corpus.id(p[1]);
      int x = slot.get(ia);
      int y = slot.get(ib);
      out.add(new double[] {pr.context(x, y, ia, ib), pr.sources(x, y)});
    }
    return out;
  }

  /** Context weight: log-scaled count times the context feature's inverse frequency. */
  private double weight(int feature, int n) {
    return Math.log1p(n) * Math.log((double) corpus.tokens() / featureCounts[feature]);
  }

  /** Cosine of two context vectors, leaving out the pair's own words (one may stand beside the other). */
  private double cosine(Map<Integer, int[]> x, Map<Integer, int[]> y, double nx, double ny, int wx, int wy) {
    if (nx == 0 || ny == 0) {
      return 0;
    }
    Map<Integer, int[]> small = x.size() <= y.size() ? x : y;
    Map<Integer, int[]> large = small == x ? y : x;
    double dot = 0;
    for (Map.Entry<Integer, int[]> e : small.entrySet()) {
      int k = e.getKey();
      if (k == ctxFeature[wx] || k == ctxFeature[wy]) {
        continue;
      }
      int[] o = large.get(k);
      if (o != null) {
        dot += weight(k, e.getValue()[0]) * weight(k, o[0]);
      }
    }
    return dot / (nx * ny);
  }

  /** Cosine of two count vectors (0 when either is all zeros). */
  static double cosine(int[] x, int[] y) {
    double dot = 0;
    double nx = 0;
    double ny = 0;
    for (int i = 0; i < x.length; i++) {
      dot += (double) x[i] * y[i];
      nx += (double) x[i] * x[i];
      ny += (double) y[i] * y[i];
    }
    return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
  }

  /** Jensen–Shannon divergence in bits (0: same distribution, 1: disjoint) of two smoothed count vectors. */
  static double jensenShannon(int[] x, int[] y) {
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < x.length; i++) {
      sx += x[i] + 0.5;
      sy += y[i] + 0.5;
    }
    double js = 0;
    for (int i = 0; i < x.length; i++) {
      double p = (x[i] + 0.5) / sx;
      double q = (y[i] + 0.5) / sy;
      double m = (p + q) / 2;
      js += 0.5 * p * Math.log(p / m) + 0.5 * q * Math.log(q / m);
    }
    return Math.max(0, js / Math.log(2));
  }

  private static final String[] ARTICLE = {"ال", "وال", "بال", "فال", "كال", "لل"};
  private static final String[] SUFFIX = {"ه", "ها", "هم", "هما", "كم", "نا", "ات", "ون", "ين"};
  private static final String IMPERFECT = "يتنا";

  /**
   * How much {@code w} behaves as an ordinary Arabic word here: occurrences of its morphological family (with the
   * article ال when it has none; its bare form with pronoun, plural or feminine endings; for a verb, the other
   * persons of the imperfect: تحمل → يحمل) per occurrence of {@code w}. Names and loanwords take few of these.
   */
  double nativeness(String w) {
    return nativeness(w, corpus::count);
  }

  /** {@link #nativeness(String)} with the counts of {@code count}. */
  static double nativeness(String w, java.util.function.ToIntFunction<String> count) {
    boolean hasArticle = w.startsWith("ال") && w.length() > 4;
    String bare = hasArticle ? w.substring(2) : w;
    long forms = 0;
    if (!hasArticle) {
      for (String a : ARTICLE) {
        forms += count.applyAsInt(a + bare);
      }
      if (IMPERFECT.indexOf(bare.charAt(0)) >= 0 && bare.length() >= 4) {
        for (int i = 0; i < IMPERFECT.length(); i++) {
          if (IMPERFECT.charAt(i) != bare.charAt(0)) {
            forms += count.applyAsInt(IMPERFECT.charAt(i) + bare.substring(1));
          }
        }
      }
    }
    for (String p : SUFFIX) {
      forms += count.applyAsInt(bare + p);
    }
    if (hasArticle) {
      // the bare noun itself (خامسه beside الخامسه); loanwords keep their article (الانترنت, rarely انترنت)
      forms += count.applyAsInt(bare) + count.applyAsInt("و" + bare) + count.applyAsInt("ب" + bare);
    }
    return forms < 3 ? 0 : (double) forms / count.applyAsInt(w);
  }
}
