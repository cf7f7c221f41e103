package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link FahrasFoldingFilter}, SPI name {@value #NAME}: in one filter, the steps
 * {@value ArabicNormalizationFilterFactory#NAME}, {@code decimalDigit}, {@code lowercase},
 * {@value LatinFoldingFilterFactory#NAME}, {@code length} (min 1) and {@value ArabicStopFilterFactory#NAME}.
 * Parameter {@code stopwords} (default {@code true}): whether fahras's stopwords are dropped.
 *
 * @lucene.spi {@value #NAME}
 */
public class FahrasFoldingFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "fahrasFolding";

  private final boolean stopwords;

  /** Creates the factory from its parameters. */
  public FahrasFoldingFilterFactory(Map<String, String> args) {
    super(args);
    stopwords = getBoolean(args, "stopwords", true);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be called. */
  public FahrasFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return stopwords
        ? new FahrasFoldingFilter(input, WordLists.stopwords(), WordLists.stopwordsWithAlefMaksura())
        : new FahrasFoldingFilter(input, null);
  }

  /** Prefix, wildcard and fuzzy terms get the folding of full terms, as with the steps one by one. */
  @Override
  public TokenStream normalize(TokenStream input) {
    return FahrasAnalyzer.normalization(input, true);
  }
}
