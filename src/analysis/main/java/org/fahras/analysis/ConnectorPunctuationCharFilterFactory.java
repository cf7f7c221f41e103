package org.fahras.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link ConnectorPunctuationCharFilter}, SPI name {@value #NAME}: connector punctuation ({@code _}
 * and the other characters of category Pc) read as spaces, so that the tokenizer splits the words of a hashtag
 * such as {@code #دونالد_ترمب}. Takes no parameters. Prefix and wildcard terms are left as written
 * ({@link #normalize} is the identity): they are single terms.
 *
 * @lucene.spi {@value #NAME}
 */
public class ConnectorPunctuationCharFilterFactory extends CharFilterFactory {
  /** SPI name. */
  public static final String NAME = "connectorPunctuation";

  /** Creates the factory; it takes no parameters. */
  public ConnectorPunctuationCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI, not to be called. */
  public ConnectorPunctuationCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new ConnectorPunctuationCharFilter(input);
  }
}
