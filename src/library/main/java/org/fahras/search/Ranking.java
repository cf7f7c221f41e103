package org.fahras.search;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * How matches are scored, chosen per search: changing it never needs a reindex (the index records only how its
 * tokens were made). Immutable; {@link #DEFAULT} is the ranking measured best on the dev sets (README, "Ranking").
 *
 * @param exactWeight weight of the exact (unstemmed) fields beside the stemmed ones, &gt; 0; indexes without exact
 *     fields ignore it
 * @param proximity whether consecutive query words found near each other in the body add to the score
 * @param proximityWeight what each such pair adds, &gt; 0
 * @param proximitySlop how many positions apart the two words of a pair may be, 0 to 64
 * @param recencyWeight weight of the article's age (newer ranks higher), 0 for none
 * @param recencyPivotDays age in days at which the recency feature gives half its weight, &gt; 0
 * @param variants extra spellings of a query word (e.g. a variant table), searched on the exact fields at
 *     {@code variantWeight}; {@link #NO_VARIANTS} for none. The response notes which were also searched.
 * @param variantWeight weight of the variant spellings, &gt; 0
 * @param bm25K1 BM25's term-frequency saturation k1, 0 or more (Lucene's default {@value #LUCENE_K1})
 * @param bm25B BM25's length normalization b, 0 to 1 (Lucene's default {@value #LUCENE_B})
 */
public record Ranking(
    float exactWeight,
    boolean proximity,
    float proximityWeight,
    int proximitySlop,
    float recencyWeight,
    int recencyPivotDays,
    Function<String, List<String>> variants,
    float variantWeight,
    float bm25K1,
    float bm25B) {

  /** Lucene's (and Elasticsearch's) default BM25 k1. */
  public static final float LUCENE_K1 = 1.2f;

  /** Lucene's (and Elasticsearch's) default BM25 b. */
  public static final float LUCENE_B = 0.75f;

  /** A ranking with Lucene's BM25 parameters ({@value #LUCENE_K1}, {@value #LUCENE_B}). */
  public Ranking(float exactWeight, boolean proximity, float proximityWeight, int proximitySlop,
      float recencyWeight, int recencyPivotDays, Function<String, List<String>> variants, float variantWeight) {
    this(exactWeight, proximity, proximityWeight, proximitySlop, recencyWeight, recencyPivotDays, variants,
        variantWeight, LUCENE_K1, LUCENE_B);
  }

  /** No variant spellings. */
  public static final Function<String, List<String>> NO_VARIANTS = word -> List.of();

  /**
   * The searched index's own variant table: the one built for it ({@code fahras variants --index DIR}, kept in the
   * index folder) or, when there is none, the table shipped with the library. Resolved by the index at search time.
   */
  public static final Function<String, List<String>> INDEX_VARIANTS = word -> List.of();

  /**
   * The measured best: exact fields at 0.5, proximity pairs within 4 positions at 0.1, no recency, the index's
   * variant spellings ({@link #INDEX_VARIANTS}) at 0.1 (README, "Spelling variants": 0.3 lowered two dev sets), and
   * Lucene's BM25 parameters (README, "Ranking", says why a larger b, better on two dev sets, was not taken).
   */
  public static final Ranking DEFAULT = new Ranking(0.5f, true, 0.1f, 4, 0f, 30, INDEX_VARIANTS, 0.1f);

  /** Weight recency gets from {@link #withRecency(boolean)} and {@link SearchRequest#preferRecent()}. */
  public static final float DEFAULT_RECENCY_WEIGHT = 1f;

  /** Validates. */
  public Ranking {
    Objects.requireNonNull(variants, "variants");
    positive(exactWeight, "exactWeight");
    positive(proximityWeight, "proximityWeight");
    positive(variantWeight, "variantWeight");
    if (!(recencyWeight >= 0 && recencyWeight < Float.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("recencyWeight must be 0 or more, got " + recencyWeight);
    }
    if (proximitySlop < 0 || proximitySlop > 64) {
      throw new IllegalArgumentException("proximitySlop must be between 0 and 64, got " + proximitySlop);
    }
    if (recencyPivotDays < 1) {
      throw new IllegalArgumentException("recencyPivotDays must be 1 or more, got " + recencyPivotDays);
    }
    if (!(bm25K1 >= 0 && bm25K1 < Float.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("bm25K1 must be 0 or more, got " + bm25K1);
    }
    if (!(bm25B >= 0 && bm25B <= 1)) {
      throw new IllegalArgumentException("bm25B must be between 0 and 1, got " + bm25B);
    }
  }

  /** This ranking with BM25's parameters {@code k1} and {@code b}. */
  public Ranking withBm25(float k1, float b) {
    return new Ranking(exactWeight, proximity, proximityWeight, proximitySlop, recencyWeight, recencyPivotDays,
        variants, variantWeight, k1, b);
  }

  private static void positive(float v, String name) {
    if (!(v > 0 && v < Float.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be a positive number, got " + v);
    }
  }

  /** This ranking with the proximity pairs on or off. */
  public Ranking withProximity(boolean on) {
    return new Ranking(exactWeight, on, proximityWeight, proximitySlop, recencyWeight, recencyPivotDays, variants,
        variantWeight, bm25K1, bm25B);
  }

  /** This ranking with recency at {@link #DEFAULT_RECENCY_WEIGHT}, or without it. */
  public Ranking withRecency(boolean on) {
    return new Ranking(exactWeight, proximity, proximityWeight, proximitySlop, on ? DEFAULT_RECENCY_WEIGHT : 0f,
        recencyPivotDays, variants, variantWeight, bm25K1, bm25B);
  }

  /** This ranking with {@code variants} searched at {@code weight}. */
  public Ranking withVariants(Function<String, List<String>> variants, float weight) {
    return new Ranking(exactWeight, proximity, proximityWeight, proximitySlop, recencyWeight, recencyPivotDays,
        variants, weight, bm25K1, bm25B);
  }

  /** Whether recency counts. */
  public boolean recency() {
    return recencyWeight > 0;
  }

  /**
   * Reads a ranking from its text form, as the command line and {@code bin/evaluate} give it: {@code default}, or
   * {@code no-proximity}, or {@code key=value} pairs separated by commas, each changing {@link #DEFAULT}:
   * {@code proximity=on|off|WEIGHT}, {@code slop=N}, {@code exact=WEIGHT}, {@code recency=on|off|WEIGHT},
   * {@code pivot-days=N}, {@code variants=on|off|WEIGHT} (a weight of 0, for proximity, recency or variants, is off) (the index's variant table, see {@link #INDEX_VARIANTS});
   * {@code no-variants} is {@code variants=off}. Example: {@code exact=0.25,proximity=0.2}.
   *
   * @throws IllegalArgumentException naming the part that is not understood
   */
  public static Ranking parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String s = spec.strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "", "default", "fahras" -> {
        return DEFAULT;
      }
      case "no-proximity" -> {
        return DEFAULT.withProximity(false);
      }
      case "no-variants" -> {
        return DEFAULT.withVariants(NO_VARIANTS, DEFAULT.variantWeight);
      }
      default -> { }
    }
    Ranking r = DEFAULT;
    for (String part : s.split(",")) {
      int eq = part.indexOf('=');
      String key = eq < 0 ? part.strip() : part.substring(0, eq).strip();
      String value = eq < 0 ? "" : part.substring(eq + 1).strip();
      try {
        r = switch (key) {
          case "no-proximity" -> r.withProximity(false);
          case "no-variants" -> r.withVariants(NO_VARIANTS, r.variantWeight);
          case "variants" -> switch (value) {
            case "on" -> r.withVariants(INDEX_VARIANTS, r.variantWeight);
            case "off" -> r.withVariants(NO_VARIANTS, r.variantWeight);
            // weight 0 is off, as recency=0 is: what a weight of nothing means
            default -> number(value) == 0 ? r.withVariants(NO_VARIANTS, r.variantWeight)
                : r.withVariants(INDEX_VARIANTS, number(value));
          };
          case "proximity" -> switch (value) {
            case "on" -> r.withProximity(true);
            case "off" -> r.withProximity(false);
            default -> number(value) == 0 ? r.withProximity(false) : new Ranking(r.exactWeight, true, number(value), r.proximitySlop, r.recencyWeight,
                r.recencyPivotDays, r.variants, r.variantWeight, r.bm25K1, r.bm25B);
          };
          case "slop" -> new Ranking(r.exactWeight, r.proximity, r.proximityWeight, Integer.parseInt(value),
              r.recencyWeight, r.recencyPivotDays, r.variants, r.variantWeight, r.bm25K1, r.bm25B);
          case "exact" -> new Ranking(number(value), r.proximity, r.proximityWeight, r.proximitySlop,
              r.recencyWeight, r.recencyPivotDays, r.variants, r.variantWeight, r.bm25K1, r.bm25B);
          case "recency" -> switch (value) {
            case "on" -> r.withRecency(true);
            case "off" -> r.withRecency(false);
            default -> new Ranking(r.exactWeight, r.proximity, r.proximityWeight, r.proximitySlop, number(value),
                r.recencyPivotDays, r.variants, r.variantWeight, r.bm25K1, r.bm25B);
          };
          case "pivot-days" -> new Ranking(r.exactWeight, r.proximity, r.proximityWeight, r.proximitySlop,
              r.recencyWeight, Integer.parseInt(value), r.variants, r.variantWeight, r.bm25K1, r.bm25B);
          case "k1" -> r.withBm25(number(value), r.bm25B);
          case "b" -> r.withBm25(r.bm25K1, number(value));
          default -> throw new IllegalArgumentException("unknown key");
        };
      } catch (IllegalArgumentException e) { // NumberFormatException is one
        throw new IllegalArgumentException("ranking \"" + spec + "\": cannot read \"" + part.strip() + "\" ("
            + (e instanceof NumberFormatException ? "not a number" : optionNames(e.getMessage())) + "); use default, "
            + "no-proximity, no-variants, or key=value pairs of proximity=on|off|W, slop=N, exact=W, "
            + "recency=on|off|W, pivot-days=N, variants=on|off|W, k1=K, b=B separated by commas");
      }
    }
    return r;
  }

  /** A validation message with the record's component names replaced by the keys {@link #parse} reads. */
  private static String optionNames(String message) {
    String m = message;
    String[][] names = {{"exactWeight", "exact"}, {"proximityWeight", "proximity"}, {"proximitySlop", "slop"},
        {"recencyWeight", "recency"}, {"recencyPivotDays", "pivot-days"}, {"variantWeight", "variants"},
        {"bm25K1", "k1"}, {"bm25B", "b"}};
    for (String[] n : names) {
      m = m.replace(n[0], n[1]);
    }
    return m;
  }

  private static float number(String v) {
    return Float.parseFloat(v);
  }

  /** The text form {@link #parse(String)} reads back (without the variants, which are code). */
  public String describe() {
    return "exact=" + exactWeight + ",proximity=" + (proximity ? String.valueOf(proximityWeight) : "off")
        + ",slop=" + proximitySlop + ",recency=" + (recency() ? String.valueOf(recencyWeight) : "off")
        + ",pivot-days=" + recencyPivotDays + ",k1=" + bm25K1 + ",b=" + bm25B;
  }
}
