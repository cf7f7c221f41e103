package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds Arabic spelling variants, marks and invisible controls in each term (see {@link ArabicNormalizer}).
 * Offsets are untouched, so highlights still point at the word as written. A term made only of removed chars
 * (a lone tatweel or mark) becomes empty; follow with a length filter to drop it, as the fahras chain does.
 */
public final class ArabicNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /** Wraps {@code input}. */
  public ArabicNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = termAtt.buffer();
    int len = termAtt.length();
    int needed = ArabicNormalizer.normalizedLength(buf, len);
    if (needed >= 0) {
      if (needed > buf.length) {
        buf = termAtt.resizeBuffer(needed);
      }
      termAtt.setLength(ArabicNormalizer.normalize(buf, len));
    }
    return true;
  }
}
