package org.fahras.analysis;

import org.apache.lucene.util.ArrayUtil;

/**
 * The character work of {@link AlefMaksuraFilter}, also done by {@link FahrasFoldingFilter} in its one pass: a
 * normalized term ending in ي ends in ى where the built-in stemmer's stem of it does. One per token stream (it holds
 * a scratch buffer); the stemmer is shared.
 */
final class AlefMaksuraMarker {
  private final ArabicLightStemmer stemmer = ArabicLightStemmer.builtIn();
  private char[] scratch = new char[64];

  /**
   * Writes the last letter of {@code buf[0..n)} as ى where the stem of a copy ends in the ى the stemmer keeps (a name
   * or a noun of its lists written ى, or a noun mostly written ى here in ي); the stemmer reads it back as ي + the
   * flag.
   */
  void mark(char[] buf, int n, boolean writtenAlefMaksura, boolean writtenTehMarbuta) {
    if (n < 2 || buf[n - 1] != 'ي') {
      return;
    }
    if (scratch.length < n) {
      scratch = new char[ArrayUtil.oversize(n, Character.BYTES)];
    }
    System.arraycopy(buf, 0, scratch, 0, n);
    int m = stemmer.stem(scratch, n, writtenAlefMaksura, writtenTehMarbuta);
    if (m > 0 && scratch[m - 1] == 'ى') {
      buf[n - 1] = 'ى';
    }
  }
}
