package org.fahras.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Replaces every connector punctuation character (Unicode general category Pc: {@code _} U+005F, U+203F, U+2040,
 * U+2054, U+FE33, U+FE34, U+FE4D–U+FE4F, {@code ＿} U+FF3F) by a space, so that the standard tokenizer, which
 * joins letters across them (UAX#29 ExtendNumLet), splits the words they connect: the hashtag
 * {@code #دونالد_ترمب} gives دونالد and ترمب, as written with a space.
 *
 * <p>One character for one, in place as the tokenizer reads: no offset changes, nothing buffered.
 */
public final class ConnectorPunctuationCharFilter extends CharFilter {

  /** Reads {@code in} with its connector punctuation read as spaces. */
  public ConnectorPunctuationCharFilter(Reader in) {
    super(in);
  }

  /** True for the characters of general category Pc, all of which are in the BMP. */
  static boolean isConnector(char c) {
    // '_' is the common one; every other is above U+203F, so text below that (Latin, Arabic) costs two compares
    return c == '_' || (c >= '\u203F' && switch (c) {
      case '\u203F', '\u2040', '\u2054', '\uFE33', '\uFE34', '\uFE4D', '\uFE4E', '\uFE4F', '\uFF3F' -> true;
      default -> false;
    });
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = input.read(cbuf, off, len);
    for (int i = off, end = off + n; i < end; i++) { // n == -1 (end of input): no iteration
      if (isConnector(cbuf[i])) {
        cbuf[i] = ' ';
      }
    }
    return n;
  }

  /** Identity: each character is replaced by exactly one, so every offset of the output is one of the input. */
  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
