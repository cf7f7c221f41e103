package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/**
 * Writes the final letter of a normalized, unstemmed term as ى where the fahras stemmer keeps that ى in its stem
 * ({@link AlefMaksuraMarker}): the exact representation then tells الكلى ("the kidneys") from
 * الكلي ("the total") and ليلى from ليلي as the stemmed one does, and reads المستشفي as المستشفى. Follows
 * {@link ArabicNormalizationFilter} (whose {@link ArabicNormalizationFilter#WRITTEN_ALEF_MAKSURA} flag it reads) and
 * the stop filter; {@link FahrasFoldingFilter} does the same in its one pass. The fahras stemmer reads such a ى back
 * as ي with the flag, so a stemmer may follow.
 */
public final class AlefMaksuraFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  private final AlefMaksuraMarker marker = new AlefMaksuraMarker();

  /** Marks the terms of {@code input} by the built-in stemmer's decisions. */
  public AlefMaksuraFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int flags = flagsAtt.getFlags();
    marker.mark(termAtt.buffer(), termAtt.length(), (flags & ArabicNormalizationFilter.WRITTEN_ALEF_MAKSURA) != 0,
        (flags & ArabicNormalizationFilter.WRITTEN_TEH_MARBUTA) != 0);
    return true;
  }
}
