package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light-stems normalized Arabic terms with {@link ArabicLightStemmer}; terms marked as keywords
 * ({@link KeywordAttribute}) are left alone. A term flagged {@link ArabicNormalizationFilter#WRITTEN_ALEF_MAKSURA}
 * keeps its ى ({@link ArabicLightStemmer#stem(char[], int, boolean)}), so this filter follows that one.
 */
public final class ArabicLightStemFilter extends TokenFilter {
  private final ArabicLightStemmer stemmer;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

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
      int flags = flagsAtt.getFlags();
      termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length(),
          (flags & ArabicNormalizationFilter.WRITTEN_ALEF_MAKSURA) != 0,
          (flags & ArabicNormalizationFilter.WRITTEN_TEH_MARBUTA) != 0));
    }
    return true;
  }
}
