package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link FahrasFoldingFilter}, SPI name {@value #NAME}: in one filter, the steps
 * {@value ArabicNormalizationFilterFactory#NAME}, {@code decimalDigit}, {@code lowercase},
 * {@value LatinFoldingFilterFactory#NAME}, {@code length} (min 1) and {@value ArabicStopFilterFactory#NAME}.
 * Parameters: {@code stopwords} (default {@code true}): whether fahras's stopwords are dropped; {@code alefMaksura}
 * (default {@code true}): {@value AlefMaksuraFilterFactory#NAME} as the last step, a term ending in ى where the
 * fahras stemmer keeps that ى (الكلى, ليلى: the exact representation's; the fahras stemmer after it reads it back).
 *
 * @lucene.spi {@value #NAME}
 */
public class FahrasFoldingFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "fahrasFolding";

  private final boolean stopwords;
  private final boolean alefMaksura;

  /** Creates the factory from its parameters. */
  public FahrasFoldingFilterFactory(Map<String, String> args) {
    super(args);
    stopwords = getBoolean(args, "stopwords", true);
    alefMaksura = getBoolean(args, "alefMaksura", true);
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
        ? new FahrasFoldingFilter(input, WordLists.stopwords(), WordLists.stopwordsWithAlefMaksura(), alefMaksura)
        : new FahrasFoldingFilter(input, null, null, alefMaksura);
  }

  /** Prefix, wildcard and fuzzy terms get the folding of full terms, as with the steps one by one. */
  @Override
  public TokenStream normalize(TokenStream input) {
    return FahrasAnalyzer.normalization(input, true);
  }
}
