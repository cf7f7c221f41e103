package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicNormalizationFilter}, SPI name {@value #NAME}. Also applied to prefix and wildcard
 * terms ({@link #normalize(TokenStream)}), so {@code أحمد*} finds احمد.
 *
 * @lucene.spi {@value #NAME}
 */
public class ArabicNormalizationFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "fahrasArabicNormalization";

  /** Creates the factory; it takes no parameters. */
  public ArabicNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be called. */
  public ArabicNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
