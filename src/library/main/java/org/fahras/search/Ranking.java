package org.fahras.search;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * How matches are scored, chosen per search: changing it never needs a reindex (the index records only how its
 * tokens were made). Immutable; {@link #DEFAULT} is the ranking measured best on the dev sets (README, "Ranking").
 * Make one with {@link #parse(String)}, the {@code with…} methods or {@link #builder()}.
 *
 * <p>Two rankings are equal when their weights and parameters are (floats compared as {@link Float#compare} does)
 * and their {@link Variants} are equal, as that class says: two rankings parsed from the same text are equal, and
 * so are the requests that carry them. A final class rather than a record, so that a parameter can be added
 * without breaking compiled callers.
 */
public final class Ranking {

  /** Lucene's (and Elasticsearch's) default BM25 k1. */
  public static final float LUCENE_K1 = 1.2f;

  /** Lucene's (and Elasticsearch's) default BM25 b. */
  public static final float LUCENE_B = 0.75f;

  /** No variant spellings; named {@code none}. */
  public static final Variants NO_VARIANTS = new Variants("none", null);

  /**
   * The searched index's own variant table: the one built for it ({@code fahras variants --index DIR}, kept in the
   * index folder) or, when there is none, the table shipped with the library. Resolved by the index at search time;
   * named {@code index}.
   */
  public static final Variants INDEX_VARIANTS = new Variants("index", null);

  /**
   * The measured best: exact fields at 0.5, proximity pairs within 4 positions at 0.1, no recency, the index's
   * variant spellings ({@link #INDEX_VARIANTS}) at 0.1 (README, "Spelling variants": 0.3 lowered two dev sets), and
   * Lucene's BM25 parameters (README, "Ranking", says why a larger b, better on two dev sets, was not taken).
   */
  public static final Ranking DEFAULT = new Ranking(0.5f, true, 0.1f, 4, 0f, 30, INDEX_VARIANTS, 0.1f, LUCENE_K1,
      LUCENE_B, 1f, 0f, 100);

  /** Proximity weight of {@link #QUESTIONS}. */
  public static final float QUESTION_PROXIMITY_WEIGHT = 1.5f;

  /** Weight of title and body scored as one text in {@link #QUESTIONS} (the fields apart keep weight 1). */
  public static final float QUESTION_ONE_TEXT_WEIGHT = 3f;

  /** Exact-field weight of {@link #QUESTIONS}. */
  public static final float QUESTION_EXACT_WEIGHT = 1f;

  /**
   * The ranking of a query read as a question (it ends with a question mark or opens with a question word): the
   * default with title and body also scored as one text, at {@value #QUESTION_ONE_TEXT_WEIGHT} (an answer is a
   * passage: a word of the question in the title and again in the body is one piece of evidence, not two),
   * proximity pairs at {@value #QUESTION_PROXIMITY_WEIGHT}, since the words of a question's answer sit close
   * together, and the exact forms at {@value #QUESTION_EXACT_WEIGHT}. The weights were learned by coordinate
   * ascent with cross-validation ({@code fahras tune}; docs/relevance.md, "A learned ranking for questions", gives
   * the figures). A request without a ranking of its own gets it for a question on a fahras index.
   */
  public static final Ranking QUESTIONS = DEFAULT.toBuilder().proximityWeight(QUESTION_PROXIMITY_WEIGHT)
      .oneTextWeight(QUESTION_ONE_TEXT_WEIGHT).exactWeight(QUESTION_EXACT_WEIGHT).build();

  /** Weight recency gets from {@link #withRecency(boolean)} and {@link SearchRequest#preferRecent()}. */
  public static final float DEFAULT_RECENCY_WEIGHT = 1f;

  private final float exactWeight;
  private final boolean proximity;
  private final float proximityWeight;
  private final int proximitySlop;
  private final float recencyWeight;
  private final int recencyPivotDays;
  private final Variants variants;
  private final float variantWeight;
  private final float bm25K1;
  private final float bm25B;
  private final float fieldsWeight;
  private final float oneTextWeight;
  private final int secondPhaseWindow;

  /** Validates; the messages name the parameters as the accessors do. */
  private Ranking(float exactWeight, boolean proximity, float proximityWeight, int proximitySlop,
      float recencyWeight, int recencyPivotDays, Variants variants, float variantWeight, float bm25K1, float bm25B,
      float fieldsWeight, float oneTextWeight, int secondPhaseWindow) {
    Objects.requireNonNull(variants, "variants");
    positive(exactWeight, "exactWeight");
    positive(proximityWeight, "proximityWeight");
    positive(variantWeight, "variantWeight");
    atLeastZero(recencyWeight, "recencyWeight");
    if (proximitySlop < 0 || proximitySlop > 64) {
      throw new IllegalArgumentException("proximitySlop must be between 0 and 64, got " + proximitySlop);
    }
    if (recencyPivotDays < 1) {
      throw new IllegalArgumentException("recencyPivotDays must be 1 or more, got " + recencyPivotDays);
    }
    atLeastZero(bm25K1, "bm25K1");
    if (!(bm25B >= 0 && bm25B <= 1)) {
      throw new IllegalArgumentException("bm25B must be between 0 and 1, got " + bm25B);
    }
    this.exactWeight = exactWeight;
    this.proximity = proximity;
    this.proximityWeight = proximityWeight;
    this.proximitySlop = proximitySlop;
    this.recencyWeight = recencyWeight;
    this.recencyPivotDays = recencyPivotDays;
    this.variants = variants;
    this.variantWeight = variantWeight;
    this.bm25K1 = bm25K1;
    this.bm25B = bm25B;
    atLeastZero(fieldsWeight, "fieldsWeight");
    atLeastZero(oneTextWeight, "oneTextWeight");
    if (fieldsWeight == 0 && oneTextWeight == 0) {
      throw new IllegalArgumentException("fieldsWeight and oneTextWeight cannot both be 0: nothing would be scored");
    }
    this.fieldsWeight = fieldsWeight;
    this.oneTextWeight = oneTextWeight;
    if (secondPhaseWindow < 0 || secondPhaseWindow > MAX_SECOND_PHASE_WINDOW) {
      throw new IllegalArgumentException("secondPhaseWindow must be between 0 and " + MAX_SECOND_PHASE_WINDOW
          + ", got " + secondPhaseWindow);
    }
    this.secondPhaseWindow = secondPhaseWindow;
  }

  private static void atLeastZero(float v, String name) {
    if (!(v >= 0 && v < Float.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be 0 or more, got " + v);
    }
  }

  private static void positive(float v, String name) {
    if (!(v > 0 && v < Float.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be a positive number, got " + v);
    }
  }

  /** A builder starting from {@link #DEFAULT}. */
  public static Builder builder() {
    return DEFAULT.toBuilder();
  }

  /** A builder holding this ranking's parameters: change some and build a new ranking. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Weight of the exact (unstemmed) fields beside the stemmed ones, &gt; 0; indexes without exact fields ignore
   * it.
   */
  public float exactWeight() {
    return exactWeight;
  }

  /** Whether consecutive query words found near each other in the body add to the score. */
  public boolean proximity() {
    return proximity;
  }

  /** What each such pair adds, &gt; 0. */
  public float proximityWeight() {
    return proximityWeight;
  }

  /** How many positions apart the two words of a pair may be, 0 to 64. */
  public int proximitySlop() {
    return proximitySlop;
  }

  /** Weight of the article's age (newer ranks higher), 0 for none. */
  public float recencyWeight() {
    return recencyWeight;
  }

  /** Age in days at which the recency feature gives half its weight, &gt; 0. */
  public int recencyPivotDays() {
    return recencyPivotDays;
  }

  /**
   * Extra spellings of a query word (e.g. a variant table), searched on the exact fields at
   * {@link #variantWeight()}; {@link #NO_VARIANTS} for none. The response notes which were also searched.
   */
  public Variants variants() {
    return variants;
  }

  /** Weight of the variant spellings, &gt; 0. */
  public float variantWeight() {
    return variantWeight;
  }

  /** BM25's term-frequency saturation k1, 0 or more (Lucene's default {@value #LUCENE_K1}). */
  public float bm25K1() {
    return bm25K1;
  }

  /** BM25's length normalization b, 0 to 1 (Lucene's default {@value #LUCENE_B}). */
  public float bm25B() {
    return bm25B;
  }

  /**
   * Weight of the title and body scored apart (BM25 of each field, summed); 1 by default. With
   * {@link #oneTextWeight()} it makes a linear combination of the two views of an article.
   */
  public float fieldsWeight() {
    return fieldsWeight;
  }

  /**
   * Weight of the title and body scored as one text (BM25F: each word's frequencies and the two fields' lengths
   * added, Lucene's {@code CombinedFieldQuery}); 0 by default. Questions, whose answers are a passage rather than a
   * headline, gain most from it.
   */
  public float oneTextWeight() {
    return oneTextWeight;
  }

  /** Largest {@link #secondPhaseWindow()}. */
  public static final int MAX_SECOND_PHASE_WINDOW = 10_000;

  /**
   * How many of the best first-phase hits the second phase rescores (100 by default): the first phase scores title
   * and body apart (and the variant spellings), which Lucene's block-max WAND can prune; the second adds, for those
   * hits alone, the proximity pairs and the one-text score, read from their positions and postings only. Hits
   * past the window keep their first-phase score, which is never above a rescored one. 0 scores everything in one
   * phase, over every match.
   */
  public int secondPhaseWindow() {
    return secondPhaseWindow;
  }

  /** This ranking with BM25's parameters {@code k1} and {@code b}. */
  public Ranking withBm25(float k1, float b) {
    return toBuilder().bm25K1(k1).bm25B(b).build();
  }

  /** This ranking with the proximity pairs on or off. */
  public Ranking withProximity(boolean on) {
    return toBuilder().proximity(on).build();
  }

  /** This ranking with recency at {@link #DEFAULT_RECENCY_WEIGHT}, or without it. */
  public Ranking withRecency(boolean on) {
    return toBuilder().recencyWeight(on ? DEFAULT_RECENCY_WEIGHT : 0f).build();
  }

  /** This ranking with {@code variants} searched at {@code weight}. */
  public Ranking withVariants(Variants variants, float weight) {
    return toBuilder().variants(variants).variantWeight(weight).build();
  }

  /**
   * This ranking with the spellings {@code lookup} gives searched at {@code weight}: an unnamed
   * {@link Variants#of(Function)}, so the ranking equals another only if that one holds the same function object.
   */
  public Ranking withVariants(Function<String, List<String>> lookup, float weight) {
    return withVariants(Variants.of(lookup), weight);
  }

  /** Whether recency counts. */
  public boolean recency() {
    return recencyWeight > 0;
  }

  /**
   * Reads a ranking from its text form, as the command line and {@code bin/evaluate} give it: {@code default},
   * {@code questions} ({@link #QUESTIONS}, for every query), {@code no-proximity}, or {@code key=value} pairs
   * separated by commas, each changing {@link #DEFAULT}: {@code proximity=on|off|WEIGHT}, {@code slop=N},
   * {@code exact=WEIGHT}, {@code recency=on|off|WEIGHT}, {@code pivot-days=N}, {@code variants=on|off|WEIGHT} (the
   * index's variant table, see {@link #INDEX_VARIANTS}), {@code k1=K}, {@code b=B}, {@code fields=WEIGHT},
   * {@code one-text=WEIGHT}, {@code window=N}; a weight of 0, for proximity, recency or variants, is off, and
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
      case "questions" -> {
        return QUESTIONS;
      }
      case "no-variants" -> {
        return DEFAULT.withVariants(NO_VARIANTS, DEFAULT.variantWeight);
      }
      default -> { }
    }
    Ranking r = DEFAULT;
    // fields and one-text are set together at the end: fields=0,one-text=1 is valid in either order
    float fields = DEFAULT.fieldsWeight;
    float oneText = DEFAULT.oneTextWeight;
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
            default -> number(value) == 0 ? r.withProximity(false)
                : r.toBuilder().proximity(true).proximityWeight(number(value)).build();
          };
          case "slop" -> r.toBuilder().proximitySlop(Integer.parseInt(value)).build();
          case "exact" -> r.toBuilder().exactWeight(number(value)).build();
          case "recency" -> switch (value) {
            case "on" -> r.withRecency(true);
            case "off" -> r.withRecency(false);
            default -> r.toBuilder().recencyWeight(number(value)).build();
          };
          case "pivot-days" -> r.toBuilder().recencyPivotDays(Integer.parseInt(value)).build();
          case "k1" -> r.withBm25(number(value), r.bm25B);
          case "b" -> r.withBm25(r.bm25K1, number(value));
          case "fields" -> {
            fields = number(value);
            atLeastZero(fields, "fieldsWeight");
            yield r;
          }
          case "window" -> r.toBuilder().secondPhaseWindow(Integer.parseInt(value)).build();
          case "one-text" -> {
            oneText = number(value);
            atLeastZero(oneText, "oneTextWeight");
            yield r;
          }
          default -> throw new IllegalArgumentException("unknown key");
        };
      } catch (IllegalArgumentException e) { // NumberFormatException is one
        throw new IllegalArgumentException("ranking \"" + spec + "\": cannot read \"" + part.strip() + "\" ("
            + (e instanceof NumberFormatException ? "not a number" : optionNames(e.getMessage())) + "); use default, "
            + "questions, no-proximity, no-variants, or key=value pairs of proximity=on|off|W, slop=N, exact=W, "
            + "recency=on|off|W, pivot-days=N, variants=on|off|W, k1=K, b=B, fields=W, one-text=W, window=N "
            + "separated by commas");
      }
    }
    if (fields == 0 && oneText == 0) {
      throw new IllegalArgumentException("ranking \"" + spec + "\": fields=0 and one-text=0 leave nothing to score");
    }
    return r.toBuilder().fieldsWeight(fields).oneTextWeight(oneText).build();
  }

  /** A validation message with the accessors' names replaced by the keys {@link #parse} reads. */
  private static String optionNames(String message) {
    String m = message;
    String[][] names = {{"exactWeight", "exact"}, {"proximityWeight", "proximity"}, {"proximitySlop", "slop"},
        {"recencyWeight", "recency"}, {"recencyPivotDays", "pivot-days"}, {"variantWeight", "variants"},
        {"bm25K1", "k1"}, {"bm25B", "b"}, {"fieldsWeight", "fields"}, {"oneTextWeight", "one-text"},
        {"secondPhaseWindow", "window"}};
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
        + ",pivot-days=" + recencyPivotDays + ",k1=" + bm25K1 + ",b=" + bm25B
        + (fieldsWeight == 1f && oneTextWeight == 0f ? "" : ",fields=" + fieldsWeight + ",one-text=" + oneTextWeight)
        + ",window=" + secondPhaseWindow;
  }

  /** Whether {@code o} is a ranking with equal parameters and equal {@link Variants}. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ranking r && Float.compare(exactWeight, r.exactWeight) == 0 && proximity == r.proximity
        && Float.compare(proximityWeight, r.proximityWeight) == 0 && proximitySlop == r.proximitySlop
        && Float.compare(recencyWeight, r.recencyWeight) == 0 && recencyPivotDays == r.recencyPivotDays
        && variants.equals(r.variants) && Float.compare(variantWeight, r.variantWeight) == 0
        && Float.compare(bm25K1, r.bm25K1) == 0 && Float.compare(bm25B, r.bm25B) == 0
        && Float.compare(fieldsWeight, r.fieldsWeight) == 0 && Float.compare(oneTextWeight, r.oneTextWeight) == 0
        && secondPhaseWindow == r.secondPhaseWindow;
  }

  @Override
  public int hashCode() {
    return Objects.hash(exactWeight, proximity, proximityWeight, proximitySlop, recencyWeight, recencyPivotDays,
        variants, variantWeight, bm25K1, bm25B, fieldsWeight, oneTextWeight, secondPhaseWindow);
  }

  /** Every parameter, named, the variants by their {@link Variants#toString()}. */
  @Override
  public String toString() {
    return "Ranking[exactWeight=" + exactWeight + ", proximity=" + proximity + ", proximityWeight="
        + proximityWeight + ", proximitySlop=" + proximitySlop + ", recencyWeight=" + recencyWeight
        + ", recencyPivotDays=" + recencyPivotDays + ", variants=" + variants + ", variantWeight=" + variantWeight
        + ", bm25K1=" + bm25K1 + ", bm25B=" + bm25B + ", fieldsWeight=" + fieldsWeight + ", oneTextWeight="
        + oneTextWeight + ", secondPhaseWindow=" + secondPhaseWindow + "]";
  }

  /**
   * Where the variant spellings of query words come from: {@link Ranking#NO_VARIANTS} (named {@code none}),
   * {@link Ranking#INDEX_VARIANTS} (named {@code index}), or a function of the caller's, named or not.
   *
   * <p>Equality: sources with a name are equal when their names are, whatever their functions (give different
   * tables different names); an unnamed source equals only an unnamed source of the same function object.
   * {@code none} and {@code index} are the names of the two constants and cannot be given to a function.
   */
  public static final class Variants {
    private final String name;
    private final Function<String, List<String>> lookup;

    private Variants(String name, Function<String, List<String>> lookup) {
      this.name = name;
      this.lookup = lookup;
    }

    /**
     * The spellings {@code lookup} gives, named {@code name}: equal to every source of that name.
     *
     * @throws IllegalArgumentException when the name is blank, {@code none} or {@code index}
     * @throws NullPointerException when the name or the function is null
     */
    public static Variants of(String name, Function<String, List<String>> lookup) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(lookup, "variants");
      if (name.isBlank() || name.equals(NO_VARIANTS.name) || name.equals(INDEX_VARIANTS.name)) {
        throw new IllegalArgumentException("a variant source needs a name of its own, not \"" + name + "\"");
      }
      return new Variants(name, lookup);
    }

    /** The spellings {@code lookup} gives, unnamed: equal only to a source of the same function object. */
    public static Variants of(Function<String, List<String>> lookup) {
      return new Variants(null, Objects.requireNonNull(lookup, "variants"));
    }

    /** The name: {@code none}, {@code index}, the one given to {@link #of(String, Function)}, or null. */
    public String name() {
      return name;
    }

    /**
     * The other spellings of {@code word} to search beside it; none for {@link Ranking#NO_VARIANTS}, and none for
     * {@link Ranking#INDEX_VARIANTS}, which the index replaces with its table before searching.
     */
    public List<String> spellings(String word) {
      return lookup == null ? List.of() : lookup.apply(word);
    }

    /** Whether {@code o} is the same source, as the class comment says. */
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Variants v)) {
        return false;
      }
      return name != null ? name.equals(v.name) : v.name == null && lookup == v.lookup;
    }

    @Override
    public int hashCode() {
      return name != null ? name.hashCode() : System.identityHashCode(lookup);
    }

    /** The name, or {@code unnamed} and the function. */
    @Override
    public String toString() {
      return name != null ? name : "unnamed " + lookup;
    }
  }

  /** Mutable builder of {@link Ranking}; {@link #build()} validates. */
  public static final class Builder {
    private float exactWeight;
    private boolean proximity;
    private float proximityWeight;
    private int proximitySlop;
    private float recencyWeight;
    private int recencyPivotDays;
    private Variants variants;
    private float variantWeight;
    private float bm25K1;
    private float bm25B;
    private float fieldsWeight;
    private float oneTextWeight;
    private int secondPhaseWindow;

    private Builder(Ranking r) {
      exactWeight = r.exactWeight;
      proximity = r.proximity;
      proximityWeight = r.proximityWeight;
      proximitySlop = r.proximitySlop;
      recencyWeight = r.recencyWeight;
      recencyPivotDays = r.recencyPivotDays;
      variants = r.variants;
      variantWeight = r.variantWeight;
      bm25K1 = r.bm25K1;
      bm25B = r.bm25B;
      fieldsWeight = r.fieldsWeight;
      oneTextWeight = r.oneTextWeight;
      secondPhaseWindow = r.secondPhaseWindow;
    }

    /** Sets {@link Ranking#exactWeight()}. */
    public Builder exactWeight(float v) { exactWeight = v; return this; }
    /** Sets {@link Ranking#proximity()}. */
    public Builder proximity(boolean v) { proximity = v; return this; }
    /** Sets {@link Ranking#proximityWeight()}. */
    public Builder proximityWeight(float v) { proximityWeight = v; return this; }
    /** Sets {@link Ranking#proximitySlop()}. */
    public Builder proximitySlop(int v) { proximitySlop = v; return this; }
    /** Sets {@link Ranking#recencyWeight()}. */
    public Builder recencyWeight(float v) { recencyWeight = v; return this; }
    /** Sets {@link Ranking#recencyPivotDays()}. */
    public Builder recencyPivotDays(int v) { recencyPivotDays = v; return this; }
    /** Sets {@link Ranking#variants()}. */
    public Builder variants(Variants v) { variants = v; return this; }
    /** Sets {@link Ranking#variantWeight()}. */
    public Builder variantWeight(float v) { variantWeight = v; return this; }
    /** Sets {@link Ranking#bm25K1()}. */
    public Builder bm25K1(float v) { bm25K1 = v; return this; }
    /** Sets {@link Ranking#bm25B()}. */
    public Builder bm25B(float v) { bm25B = v; return this; }
    /** Sets {@link Ranking#fieldsWeight()}. */
    public Builder fieldsWeight(float v) { fieldsWeight = v; return this; }
    /** Sets {@link Ranking#oneTextWeight()}. */
    public Builder oneTextWeight(float v) { oneTextWeight = v; return this; }
    /** Sets {@link Ranking#secondPhaseWindow()}. */
    public Builder secondPhaseWindow(int v) { secondPhaseWindow = v; return this; }

    /**
     * Builds the ranking.
     *
     * @throws IllegalArgumentException when a weight or parameter is out of range (the message names it)
     * @throws NullPointerException when the variants are null
     */
    public Ranking build() {
      return new Ranking(exactWeight, proximity, proximityWeight, proximitySlop, recencyWeight, recencyPivotDays,
          variants, variantWeight, bm25K1, bm25B, fieldsWeight, oneTextWeight, secondPhaseWindow);
    }
  }
}
