package org.fahras.analysis;

/**
 * The character work of {@link FahrasFoldingFilter}: the common case in one table, and the steps that the table
 * does not cover.
 */
final class TermFolder {
  private static final int BASE = 0x0600;

  /**
   * For U+0600–U+06FF: the character it folds to under {@link ArabicNormalizer} and then decimal-digit folding
   * (٣ and ۳ → 3), {@link #DELETE}, or 0 when it stays.
   */
  private static final char[] ARABIC_BLOCK = new char[0x100];

  private static final char DELETE = '\uFFFF';

  /** In {@link #ARABIC_BLOCK}: the character expands (چ → تش), so the term takes the separate steps. */
  private static final char SLOW = '\uFFFE';

  static {
    char[] one = new char[4];
    for (int c = BASE; c < BASE + 0x100; c++) {
      one[0] = (char) c;
      int n = ArabicNormalizer.normalizedLength(one, 1);
      if (n == 0) {
        ARABIC_BLOCK[c - BASE] = DELETE;
      } else if (n == 1) {
        ArabicNormalizer.normalize(one, 1);
        ARABIC_BLOCK[c - BASE] = one[0];
      } else if (n > 1) {
        ARABIC_BLOCK[c - BASE] = SLOW; // چ
        continue;
      }
      char f = n < 0 ? (char) c : ARABIC_BLOCK[c - BASE];
      if (f != DELETE && Character.isDigit(f) && f > 0x7F) {
        ARABIC_BLOCK[c - BASE] = (char) ('0' + Character.getNumericValue(f));
      }
    }
  }

  private TermFolder() {}

  /**
   * Folds {@code s[0..len)} in place when every character is ASCII or in the Arabic block (normalization, digits,
   * lower case; no Latin folding is due then) and returns the new length; -1, with {@code s} untouched, otherwise.
   */
  static int foldCommon(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c >= 0x80 && (c < BASE || c >= BASE + 0x100 || ARABIC_BLOCK[c - BASE] == SLOW)) {
        return -1;
      }
    }
    int w = 0;
    boolean comma = false;
    for (int r = 0; r < len; r++) {
      char c = s[r];
      if (c < 0x80) {
        s[w++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        comma |= c == ',';
      } else {
        char a = ARABIC_BLOCK[c - BASE];
        if (a == 0) {
          s[w++] = c;
        } else if (a != DELETE) {
          s[w++] = a;
          comma |= a == ',';
        }
      }
    }
    return comma ? ArabicNormalizer.dropThousandsSeparators(s, w) : w;
  }

  /** Lucene's DecimalDigitFilter on {@code s[0..len)}: every Unicode decimal digit to 0–9; returns the length. */
  static int decimalDigits(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      int ch = Character.codePointAt(s, i, len);
      if (ch > 0x7F && Character.isDigit(ch)) {
        s[i] = (char) ('0' + Character.getNumericValue(ch));
        if (ch > 0xFFFF) {
          System.arraycopy(s, i + 2, s, i + 1, len - i - 2); // the low surrogate goes
          len--;
        }
      }
    }
    return len;
  }

  /** {@link LatinFoldingFilter}'s test: a character outside ASCII and outside the Arabic block. */
  static boolean needsLatinFolding(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c >= 0x80 && (c < BASE || c > 0x06FF)) {
        return true;
      }
    }
    return false;
  }
}
