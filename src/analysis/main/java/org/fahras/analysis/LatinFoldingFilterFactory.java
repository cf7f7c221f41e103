package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link LatinFoldingFilter}, SPI name {@value #NAME}. Also applied to prefix and wildcard terms.
 *
 * @lucene.spi {@value #NAME}
 */
public class LatinFoldingFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "fahrasLatinFolding";

  /** Creates the factory; it takes no parameters. */
  public LatinFoldingFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be called. */
  public LatinFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new LatinFoldingFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
