package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicLightStemFilter}, SPI name {@value #NAME}. Parameters: {@code barePrepositions}
 * (default {@code true}) also strips a bare ب ك ل (false: only the proclitics of light10); {@code lexicon}
 * (default {@code true}) guards the stemmer with the built-in {@link ArabicLexicon} (false: fahras 0.1's unguarded
 * rules); the protected words are fahras's built-in list.
 *
 * @lucene.spi {@value #NAME}
 */
public class ArabicLightStemFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "fahrasArabicLightStem";

  private final ArabicLightStemmer stemmer;

  /** Creates the factory from its parameters. */
  public ArabicLightStemFilterFactory(Map<String, String> args) {
    super(args);
    boolean bare = getBoolean(args, "barePrepositions", true);
    boolean lexicon = getBoolean(args, "lexicon", true);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    stemmer = !lexicon ? new ArabicLightStemmer(bare, WordLists.protectedWords())
        : bare ? ArabicLightStemmer.builtIn()
        : new ArabicLightStemmer(false, WordLists.protectedWords(), ArabicLexicon.builtIn());
  }

  /** Default constructor for SPI, not to be called. */
  public ArabicLightStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicLightStemFilter(input, stemmer);
  }
}
