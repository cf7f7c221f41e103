package org.fahras.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link ASCIIFoldingFilter} (é → e), applied only to terms that have a character outside ASCII and
 * outside the Arabic block. Folding every Arabic term costs a table lookup per character for nothing: this
 * filter keeps ASCII folding's result for Latin names while leaving the Arabic majority untouched and fast. Use it
 * after {@link ArabicNormalizationFilter}, which has already mapped presentation forms into the Arabic block.
 */
public final class LatinFoldingFilter extends ConditionalTokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /** Folds the Latin terms of {@code input}. */
  public LatinFoldingFilter(TokenStream input) {
    super(input, ASCIIFoldingFilter::new);
  }

  @Override
  protected boolean shouldFilter() {
    return TermFolder.needsLatinFolding(termAtt.buffer(), termAtt.length());
  }
}
