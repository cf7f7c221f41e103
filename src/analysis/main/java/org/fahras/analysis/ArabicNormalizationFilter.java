package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Folds Arabic spelling variants, marks and invisible controls in each term (see {@link ArabicNormalizer}), and
 * flags a term written with a final ى ({@link #WRITTEN_ALEF_MAKSURA}) or ة ({@link #WRITTEN_TEH_MARBUTA}).
 * Offsets still point at the word as written (only invisible marks at its edges are left outside them). A term made only of removed chars
 * (a lone tatweel or mark) becomes empty; follow with a length filter to drop it, as the fahras chain does.
 */
public final class ArabicNormalizationFilter extends TokenFilter {
  /**
   * Bit of the {@link FlagsAttribute} set on a term whose last letter was written ى (folded to ي), for
   * {@value ArabicStopFilterFactory#NAME}: على is a stopword, the name علي is not.
   */
  public static final int WRITTEN_ALEF_MAKSURA = 1 << 24;

  /**
   * Bit of the {@link FlagsAttribute} set on a term whose last letter was written ة (folded to ه), for
   * {@value ArabicLightStemFilterFactory#NAME}: the ة of عملة is the word's, the ه of عمله a pronoun.
   */
  public static final int WRITTEN_TEH_MARBUTA = 1 << 25;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

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
    trimInvisibleFromOffsets(offsetAtt, buf, len);
    int flags = flagsAtt.getFlags() & ~(WRITTEN_ALEF_MAKSURA | WRITTEN_TEH_MARBUTA);
    char last = ArabicNormalizer.lastWrittenLetter(buf, len);
    flags |= ArabicNormalizer.isAlefMaksura(last) ? WRITTEN_ALEF_MAKSURA : 0;
    flagsAtt.setFlags(ArabicNormalizer.isTehMarbuta(last) ? flags | WRITTEN_TEH_MARBUTA : flags);
    termAtt.setLength(normalize(termAtt, len));
    return true;
  }

  /**
   * Normalizes the first {@code len} chars of {@code termAtt}'s buffer in place, growing it when a ligature expands;
   * returns the new length (the attribute's length is left to the caller).
   */
  static int normalize(CharTermAttribute termAtt, int len) {
    char[] buf = termAtt.buffer();
    int n = ArabicNormalizer.normalizeInPlace(buf, len);
    if (n >= 0) {
      return n;
    }
    // presentation forms: ligatures may need more room
    int needed = ArabicNormalizer.normalizedLength(buf, len);
    if (needed > buf.length) {
      buf = termAtt.resizeBuffer(needed);
    }
    return ArabicNormalizer.normalize(buf, len);
  }

  /**
   * The tokenizer keeps bidi and zero-width marks that touch a word inside its token; a highlight should mark the
   * word, not the invisible mark beside it. When the term still maps one to one onto the original text, move the
   * offsets inwards past leading and trailing marks.
   */
  static void trimInvisibleFromOffsets(OffsetAttribute offsetAtt, char[] buf, int len) {
    int start = offsetAtt.startOffset();
    int end = offsetAtt.endOffset();
    if (end - start != len || len == 0) {
      return;
    }
    int lead = 0;
    while (lead < len && ArabicNormalizer.isInvisibleControl(buf[lead])) {
      lead++;
    }
    if (lead == len) {
      return; // all invisible: the term becomes empty and is dropped later
    }
    int trail = 0;
    while (ArabicNormalizer.isInvisibleControl(buf[len - 1 - trail])) {
      trail++;
    }
    if (lead + trail > 0) {
      offsetAtt.setOffset(start + lead, end - trail);
    }
  }
}
