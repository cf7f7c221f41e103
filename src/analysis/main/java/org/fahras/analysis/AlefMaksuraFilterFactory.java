package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link AlefMaksuraFilter}, SPI name {@value #NAME}: the last step of the exact representation built
 * step by step (after {@value ArabicStopFilterFactory#NAME}). No parameters.
 *
 * @lucene.spi {@value #NAME}
 */
public class AlefMaksuraFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "fahrasAlefMaksura";

  /** Creates the factory from its parameters. */
  public AlefMaksuraFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be called. */
  public AlefMaksuraFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new AlefMaksuraFilter(input);
  }
}
