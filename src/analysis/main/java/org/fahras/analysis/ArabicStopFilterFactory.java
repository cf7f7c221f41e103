package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Removes fahras's Arabic stopwords (normalized function and question words, with their attached-conjunction
 * forms; على only as written with ى), SPI name {@value #NAME}. Place it after
 * {@link ArabicNormalizationFilter}: the list is normalized, and that filter flags the words written with ى.
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

  /**
   * The built-in stopwords, normalized (without على, a stopword only as written with ى), for
   * building a chain by hand, as with {@link FahrasFoldingFilter#FahrasFoldingFilter(TokenStream, CharArraySet)}.
   */
  public static CharArraySet stopwords() {
    return WordLists.stopwords();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicStopFilter(input, WordLists.stopwords(), WordLists.stopwordsWithAlefMaksura());
  }
}
