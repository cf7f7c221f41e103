package org.fahras.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
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
 */
public final class FahrasAnalyzer extends Analyzer {
  /** Which stemmer ends the chain. */
  public enum Stemmer {
    /** None: the exact (normalized, unstemmed) representation. */
    NONE,
    /** fahras's light stemmer ({@link ArabicLightStemmer}) guarded by the built-in {@link ArabicLexicon}. */
    FAHRAS,
    /** fahras's light stemmer without bare prepositions, only light10's proclitics (an ablation). */
    FAHRAS_NO_BARE_PREPOSITIONS,
    /** fahras's light stemmer without the lexicon, the rules of fahras 0.1 (an ablation). */
    FAHRAS_NO_LEXICON,
    /** fahras's light stemmer with the lexicon guarding only the first letter (an ablation). */
    FAHRAS_PREFIX_GUARD,
    /** fahras's light stemmer with the lexicon guarding only the endings ون ين ان (an ablation). */
    FAHRAS_SUFFIX_GUARD,
    /** Lucene's ArabicStemmer, after fahras normalization (an ablation). */
    LUCENE_LIGHT,
    /** Snowball's Arabic stemmer, after fahras normalization (an ablation). */
    SNOWBALL
  }

  private final Stemmer stemmer;
  private final ArabicLightStemmer light;
  private final boolean stackExact;

  /** A chain ending in {@code stemmer}. */
  public FahrasAnalyzer(Stemmer stemmer) {
    this(stemmer, false);
  }

  /**
   * A chain ending in {@code stemmer}; with {@code stackExact}, each term is emitted unstemmed and, where it
   * differs, stemmed at the same position (Lucene's KeywordRepeatFilter): what highlighting needs to find both
   * exact and stemmed query terms in one pass over the original text.
   */
  public FahrasAnalyzer(Stemmer stemmer, boolean stackExact) {
    this.stackExact = stackExact && stemmer != Stemmer.NONE;
    this.stemmer = stemmer;
    this.light = switch (stemmer) {
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

  /** The stemmer that ends this chain. */
  public Stemmer stemmer() {
    return stemmer;
  }

  /** Every chain reads connector punctuation as spaces; offsets are unchanged (one character for one). */
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ConnectorPunctuationCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    if (!stackExact && light != null) {
      // the whole chain of the class comment in one filter: the same tokens, at less cost
      return new TokenStreamComponents(source, new FahrasFoldingFilter(source, WordLists.stopwords(),
          WordLists.stopwordsWithAlefMaksura(), light));
    }
    // the steps up to the stemmer in one pass (FahrasFoldingFilter gives the same tokens, at less cost)
    TokenStream ts = new FahrasFoldingFilter(source, WordLists.stopwords(), WordLists.stopwordsWithAlefMaksura());
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
      case LUCENE_LIGHT -> new org.apache.lucene.analysis.ar.ArabicStemFilter(in);
      case SNOWBALL -> new SnowballFilter(in, new org.tartarus.snowball.ext.ArabicStemmer());
    };
  }

  /** Prefix and wildcard terms get the character folding of full terms (not stopwords, not stemming). */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenFilter ts = new ArabicNormalizationFilter(in);
    return new LatinFoldingFilter(new LowerCaseFilter(new DecimalDigitFilter(ts)));
  }
}
