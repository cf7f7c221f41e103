package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Removes fahras's Arabic stopwords (normalized function and question words, with their attached-conjunction
 * forms), SPI name {@value #NAME}. Place it after {@link ArabicNormalizationFilter}: the list is normalized.
 *
 * @lucene.spi {@value #NAME}
 */
public class ArabicStopFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "fahrasArabicStop";

  /** Creates the factory; it takes no parameters. */
  public ArabicStopFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be called. */
  public ArabicStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, WordLists.stopwords());
  }
}
