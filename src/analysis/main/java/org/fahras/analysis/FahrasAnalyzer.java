package org.fahras.analysis;

import java.io.Reader;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The fahras Arabic analysis chain: {@value ConnectorPunctuationCharFilterFactory#NAME} (a char filter that reads
 * {@code _} and the other connector punctuation as spaces, so that a hashtag such as {@code #دونالد_ترمب} gives
 * its words) → {@code standard} tokenizer → {@value ArabicNormalizationFilterFactory#NAME} →
 * {@code decimalDigit} → {@code lowercase} → {@value LatinFoldingFilterFactory#NAME} → {@code length} (drops terms emptied by
 * normalization) → {@value ArabicStopFilterFactory#NAME} → the stemmer, unless this is the exact representation.
 * The steps between the tokenizer and the stemmer run fused, as one {@link FahrasFoldingFilter}
 * ({@value FahrasFoldingFilterFactory#NAME}), which gives the same tokens at less cost. The same chain can be built
 * by SPI names with {@code CustomAnalyzer}, step by step or with the fused filter.
 *
 * <p>This class is the one definition of the chain: the library's representations, the highlighter's, the lexicon's
 * and the variant discovery's corpus counts are all built by {@link #builder()} (stopwords, stemmer, stacked exact
 * forms, or the counting mode), so that a change to the chain is made once.
 */
public final class FahrasAnalyzer extends Analyzer {
  /** Which stemmer ends the chain. The measurement-only stemmers are reached by chain name ({@link AnalysisChain}). */
  public enum Stemmer {
    /** None: the exact (normalized, unstemmed) representation. */
    NONE,
    /** fahras's light stemmer ({@link ArabicLightStemmer}) guarded by the built-in {@link ArabicLexicon}. */
    FAHRAS
  }

  /** Which words are dropped as stopwords. */
  public enum Stopwords {
    /** fahras's list, and على and its proclitic forms only as written with ى (the name علي stays): the default. */
    FAHRAS,
    /**
     * fahras's list without the ى-only entries, so على stays (variant discovery: its thresholds were set on contexts
     * that hold it).
     */
    KEEP_ALA,
    /** None. */
    NONE
  }

  /** Every stemmer a chain can end in, the measurement-only ablations included; see {@link AnalysisChain#NAMES}. */
  enum StemmerKind {
    NONE, FAHRAS, FAHRAS_NO_BARE_PREPOSITIONS, FAHRAS_NO_LEXICON, FAHRAS_PREFIX_GUARD, FAHRAS_SUFFIX_GUARD,
    LUCENE_LIGHT, SNOWBALL
  }

  private final StemmerKind stemmer;
  private final ArabicLightStemmer light;
  private final boolean stackExact;
  private final Stopwords stopwords;
  private final UnaryOperator<TokenStream> countingMark;
  /** {@link #stemmingOnlyTo}: the stems without their last letter; null to stem every term. */
  private final char[][] stemPrefixes;

  /** A chain ending in {@code stemmer}, with fahras's stopwords. */
  public FahrasAnalyzer(Stemmer stemmer) {
    this(builder().stemmer(stemmer));
  }

  /**
   * A chain ending in {@code stemmer}; with {@code stackExact}, each term is emitted unstemmed and, where it
   * differs, stemmed at the same position (Lucene's KeywordRepeatFilter): what highlighting needs to find both
   * exact and stemmed query terms in one pass over the original text.
   */
  public FahrasAnalyzer(Stemmer stemmer, boolean stackExact) {
    this(builder().stemmer(stemmer).stackExact(stackExact));
  }

  private FahrasAnalyzer(FahrasAnalyzer base, char[][] stemPrefixes) {
    this.stemmer = base.stemmer;
    this.light = base.light;
    this.stackExact = base.stackExact;
    this.stopwords = base.stopwords;
    this.countingMark = base.countingMark;
    this.stemPrefixes = stemPrefixes;
  }

  /**
   * This chain, for finding the terms equal to one of {@code stems} in a text (highlighting): a term that cannot
   * stem to any of them is left unstemmed, so every term this chain would stem to one of {@code stems} is found as
   * it is, and no other, at the cost of stemming the candidates only. The fahras stemmer cuts a word's folded letters
   * and rewrites at most the last letter of what it keeps (ة as ه, a name's ى), so a term can stem to a stem only if
   * it holds that stem without its last letter; a term left unstemmed holds none, so it equals none of
   * {@code stems} either. A chain that does not stem in one pass (stacked exact terms, another stemmer) stems every
   * term. A new analyzer: close it after use.
   */
  public FahrasAnalyzer stemmingOnlyTo(java.util.Collection<String> stems) {
    char[][] prefixes = new char[stems.size()][];
    int i = 0;
    for (String stem : stems) {
      if (stem.length() < 2) {
        return new FahrasAnalyzer(this, null); // every term holds the empty prefix
      }
      prefixes[i++] = stem.substring(0, stem.length() - 1).toCharArray();
    }
    return new FahrasAnalyzer(this, prefixes);
  }

  private FahrasAnalyzer(Builder b) {
    this.stemPrefixes = null;
    this.stemmer = b.stemmer;
    this.stackExact = b.stackExact && b.stemmer != StemmerKind.NONE;
    this.stopwords = b.stopwords;
    this.countingMark = b.countingMark;
    this.light = switch (b.stemmer) {
      case FAHRAS -> ArabicLightStemmer.builtIn();
      case FAHRAS_NO_BARE_PREPOSITIONS ->
          new ArabicLightStemmer(false, WordLists.protectedWords(), ArabicLexicon.builtIn());
      case FAHRAS_NO_LEXICON -> new ArabicLightStemmer(true, WordLists.protectedWords());
      case FAHRAS_PREFIX_GUARD ->
          new ArabicLightStemmer(true, WordLists.protectedWords(), ArabicLexicon.builtIn(), true, false);
      case FAHRAS_SUFFIX_GUARD ->
          new ArabicLightStemmer(true, WordLists.protectedWords(), ArabicLexicon.builtIn(), false, true);
      default -> null;
    };
  }

  /** A builder of the chain: by default fahras's stopwords and stemmer. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link FahrasAnalyzer}. */
  public static final class Builder {
    private StemmerKind stemmer = StemmerKind.FAHRAS;
    private boolean stackExact;
    private Stopwords stopwords = Stopwords.FAHRAS;
    private UnaryOperator<TokenStream> countingMark;

    private Builder() {}

    /** The stemmer that ends the chain ({@link Stemmer#NONE}: the exact representation). */
    public Builder stemmer(Stemmer v) {
      stemmer = StemmerKind.valueOf(java.util.Objects.requireNonNull(v, "stemmer").name());
      return this;
    }

    /** A measurement-only stemmer (the ablations of {@link AnalysisChain}). */
    Builder stemmer(StemmerKind v) {
      stemmer = v;
      return this;
    }

    /** Whether each stemmed term is stacked on its exact form (what the highlighter reads stored text with). */
    public Builder stackExact(boolean v) {
      stackExact = v;
      return this;
    }

    /** Which words are dropped as stopwords (default {@link Stopwords#FAHRAS}). */
    public Builder stopwords(Stopwords v) {
      stopwords = java.util.Objects.requireNonNull(v, "stopwords");
      return this;
    }

    /**
     * The counting mode the lexicon is built with: every token as written, only normalized (Arabic normalization,
     * digits, lower case: no Latin folding, no stopwords, no stemming), with {@code mark} run on the tokenizer's
     * tokens first (the lexicon flags the tanween there, before normalization removes it).
     */
    public Builder counting(UnaryOperator<TokenStream> mark) {
      countingMark = java.util.Objects.requireNonNull(mark, "mark");
      return this;
    }

    /** The analyzer. */
    public FahrasAnalyzer build() {
      return new FahrasAnalyzer(this);
    }
  }

  /** The stemmer that ends this chain: {@link Stemmer#FAHRAS} for every stemming chain, ablations included. */
  public Stemmer stemmer() {
    return stemmer == StemmerKind.NONE ? Stemmer.NONE : Stemmer.FAHRAS;
  }

  /** Every chain reads connector punctuation as spaces; offsets are unchanged (one character for one). */
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ConnectorPunctuationCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    if (countingMark != null) {
      return new TokenStreamComponents(source, normalization(countingMark.apply(source), false));
    }
    CharArraySet stops = stopwords == Stopwords.NONE ? null : WordLists.stopwords();
    CharArraySet alefMaksura = stopwords == Stopwords.FAHRAS ? WordLists.stopwordsWithAlefMaksura() : null;
    if (!stackExact && light != null) {
      // the whole chain of the class comment in one filter: the same tokens, at less cost
      return new TokenStreamComponents(source,
          new FahrasFoldingFilter(source, stops, alefMaksura, light, stemPrefixes));
    }
    // the steps up to the stemmer in one pass (FahrasFoldingFilter gives the same tokens, at less cost)
    // an exact chain keeps the ى its stemmer keeps (الكلى, ليلى), the stemmed copy of stackExact reading it back
    TokenStream ts = new FahrasFoldingFilter(source, stops, alefMaksura,
        stemmer == StemmerKind.NONE || (stackExact && light != null));
    if (stackExact) {
      ts = new KeywordRepeatFilter(ts);
    }
    ts = stemFilter(ts);
    if (stackExact) {
      ts = new RemoveDuplicatesTokenFilter(ts);
    }
    return new TokenStreamComponents(source, ts);
  }

  /**
   * {@code in} through this chain's stemmer (unchanged for {@link Stemmer#NONE}): the last step of the chain, for
   * callers that share the steps before it between the exact and the stemmed representation.
   */
  public TokenStream stemFilter(TokenStream in) {
    return switch (stemmer) {
      case NONE -> in;
      case FAHRAS, FAHRAS_NO_BARE_PREPOSITIONS, FAHRAS_NO_LEXICON, FAHRAS_PREFIX_GUARD, FAHRAS_SUFFIX_GUARD ->
          new ArabicLightStemFilter(in, light);
      // the exact chain's ى (AlefMaksuraFilter), which a shared tokenization tees into the stemmer, folded back
      case LUCENE_LIGHT -> new org.apache.lucene.analysis.ar.ArabicStemFilter(
          new org.apache.lucene.analysis.ar.ArabicNormalizationFilter(in));
      case SNOWBALL -> new SnowballFilter(new org.apache.lucene.analysis.ar.ArabicNormalizationFilter(in),
          new org.tartarus.snowball.ext.ArabicStemmer());
    };
  }

  /** Prefix and wildcard terms get the character folding of full terms (not stopwords, not stemming). */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return normalization(in, true);
  }

  /**
   * The character folding of the chain, term by term: Arabic normalization, decimal digits, lower case and, unless
   * counting forms as written, Latin folding. What prefix, wildcard and fuzzy terms get ({@link #normalize}, the
   * fused filter's factory), and the counting mode's whole chain.
   */
  static TokenStream normalization(TokenStream in, boolean latinFolding) {
    TokenStream ts = new LowerCaseFilter(new DecimalDigitFilter(new ArabicNormalizationFilter(in)));
    return latinFolding ? new LatinFoldingFilter(ts) : ts;
  }
}
