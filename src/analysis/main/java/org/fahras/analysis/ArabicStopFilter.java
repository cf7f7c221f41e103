package org.fahras.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/**
 * Drops stopwords (normalized terms), and the words that are stopwords only as written with a final ى: على (and
 * وعلى, فعلى), which normalization folds into the name علي. Such a term is known by the
 * {@link ArabicNormalizationFilter#WRITTEN_ALEF_MAKSURA} flag, so this filter follows that one.
 */
public final class ArabicStopFilter extends FilteringTokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  private final PackedWordSet stopwords;
  private final CharArraySet withAlefMaksura;

  /**
   * Drops {@code stopwords}, and {@code withAlefMaksura} (normalized, as {@code علي} for على) when the term was
   * written with a final ى.
   */
  public ArabicStopFilter(TokenStream input, CharArraySet stopwords, CharArraySet withAlefMaksura) {
    super(input);
    this.stopwords = PackedWordSet.of(stopwords);
    this.withAlefMaksura = withAlefMaksura;
  }

  @Override
  protected boolean accept() {
    return !isStopword(stopwords, withAlefMaksura, termAtt.buffer(), termAtt.length(),
        (flagsAtt.getFlags() & ArabicNormalizationFilter.WRITTEN_ALEF_MAKSURA) != 0);
  }

  /**
   * Whether the normalized term {@code buf[0..len)} is a stopword: in {@code stopwords}, or, when it was written
   * with a final ى, in {@code withAlefMaksura} (either set may be null: none).
   */
  static boolean isStopword(PackedWordSet stopwords, CharArraySet withAlefMaksura, char[] buf, int len,
      boolean writtenWithAlefMaksura) {
    return (stopwords != null && stopwords.contains(buf, len))
        || (writtenWithAlefMaksura && withAlefMaksura != null && withAlefMaksura.contains(buf, 0, len));
  }
}
