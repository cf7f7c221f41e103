package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light-stems normalized Arabic terms with {@link ArabicLightStemmer}; terms marked as keywords
 * ({@link KeywordAttribute}) are left alone.
 */
public final class ArabicLightStemFilter extends TokenFilter {
  private final ArabicLightStemmer stemmer;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  /** Stems {@code input} with {@code stemmer}. */
  public ArabicLightStemFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}
