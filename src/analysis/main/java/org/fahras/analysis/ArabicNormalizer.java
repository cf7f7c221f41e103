package org.fahras.analysis;

import java.text.Normalizer;

/**
 * The character work of {@link ArabicNormalizationFilter}: folds the many ways real Arabic text writes the same
 * word to one form, working in place on a term's {@code char[]}.
 *
 * <ul>
 *   <li>removes harakat and other marks (U+064B–U+065F), dagger alef (U+0670), Quranic annotation marks
 *       (U+06D6–U+06ED), tatweel (U+0640), zero-width and bidi controls (U+200B–U+200F, U+202A–U+202E,
 *       U+2066–U+2069, U+061C, U+FEFF) and soft hyphens;
 *   <li>alef forms آ أ إ ٱ ٲ ٳ → ا; ى ی ې ے → ي; ک ڪ → ك; ہ ە ھ ۀ → ه; ة ۃ → ه;
 *   <li>hamza on a carrier ؤ ئ → ء, so that the two spellings of one word (مسؤول / مسئول) meet;
 *   <li>the Persian and Maghrebi letters of transliterated names as Arabic news writes them (counted on ANT v2.1,
 *       docs/analysis.md): پ → ب (ترمپ = ترمب), ڤ ڥ → ف (ڤلاديمير), ژ → ج (ژان = جان), گ → غ (غوغل 1,530 against
 *       جوجل 53; غوارديولا 584 against جوارديولا 24), چ → تش (تشيلسي, ريتشارد: never one letter);
 *   <li>the Arabic decimal separator ٫ → {@code .} and the thousands separator ٬ → {@code ,}; a number's thousands
 *       separators are dropped (١٬٥٠٠ = 1,500 = 1500; {@code 8,1} keeps its comma: a decimal in Maghrebi writing);
 *   <li>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their base letters, ligatures to their letters
 *       (ﻻ → لا); phrase ligatures (ﷺ, ﷽) are removed.
 * </ul>
 *
 * <p>Stateless and thread-safe. Digits and Latin letters are left to Lucene's DecimalDigitFilter, LowerCaseFilter
 * and ASCIIFoldingFilter, which already do that work well.
 */
public final class ArabicNormalizer {
  /** Marker in {@link #MAP}: delete the char. */
  private static final char DELETE = '\uFFFF';

  /** Marker in {@link #MAP}: the char expands, see {@link #EXPANSIONS}. */
  private static final char EXPAND = '\uFFFE';

  private static final int BASE = 0x0600;
  private static final int END = 0x0700;

  /** For U+0600–U+06FF: the replacement char, DELETE, or 0 for "keep as is". */
  private static final char[] MAP = new char[END - BASE];

  private static final int PF_BASE = 0xFB50;

  /** For U+FB50–U+FEFF: the single replacement char, DELETE, EXPAND, or 0. */
  private static final char[] PF_MAP = new char[0xFF00 - PF_BASE];

  /** For presentation forms that stand for several letters (ligatures): the letters. */
  private static final String[] EXPANSIONS = new String[0xFF00 - PF_BASE];

  /** The one letter of the Arabic block that stands for two: چ, written تش. */
  private static final String TCHEH = "\u062A\u0634";

  static {
    for (int c = 0x064B; c <= 0x065F; c++) {
      MAP[c - BASE] = DELETE;
    }
    for (int c = 0x06D6; c <= 0x06ED; c++) {
      MAP[c - BASE] = DELETE;
    }
    // 06DE (start of rub el hizb) and 06E9 (place of sajdah) are symbols, not marks, but carry no meaning in a
    // word either: removing them with the rest is harmless.
    MAP[0x0670 - BASE] = DELETE; // dagger alef
    MAP[0x0640 - BASE] = DELETE; // tatweel
    MAP[0x061C - BASE] = DELETE; // Arabic letter mark
    map('\u0622', '\u0627'); // آ
    map('\u0623', '\u0627'); // أ
    map('\u0625', '\u0627'); // إ
    map('\u0671', '\u0627'); // ٱ alef wasla
    map('\u0672', '\u0627'); // ٲ
    map('\u0673', '\u0627'); // ٳ
    map('\u0675', '\u0627'); // ٵ
    map('\u0649', '\u064A'); // ى alef maksura
    map('\u06CC', '\u064A'); // ی Farsi yeh
    map('\u06D0', '\u064A'); // ې
    map('\u06D2', '\u064A'); // ے yeh barree
    map('\u06A9', '\u0643'); // ک keheh
    map('\u06AA', '\u0643'); // ڪ swash kaf
    map('\u06C1', '\u0647'); // ہ heh goal
    map('\u06BE', '\u0647'); // ھ heh doachashmee
    map('\u06D5', '\u0647'); // ە ae
    map('\u06C0', '\u0647'); // ۀ heh with yeh above
    map('\u06C2', '\u0647'); // ۂ
    map('\u0629', '\u0647'); // ة teh marbuta
    map('\u06C3', '\u0647'); // ۃ teh marbuta goal
    // Hamza carriers to the bare hamza: measured against keeping them and against ؤ→و ئ→ي, this scored best on
    // two of three dev sets (and joins the spellings مسؤول / مسئول, which the other choices keep apart).
    map('\u0624', '\u0621'); // ؤ
    map('\u0626', '\u0621'); // ئ
    map('\u06D3', '\u0621'); // ۓ
    map('\u067E', '\u0628'); // پ peh
    map('\u06A4', '\u0641'); // ڤ veh
    map('\u06A5', '\u0641'); // ڥ
    map('\u0698', '\u062C'); // ژ jeh
    map('\u06AF', '\u063A'); // گ gaf: غ, as the sources write a g
    MAP[0x0686 - BASE] = EXPAND; // چ tcheh: تش
    map('\u066B', '.'); // ٫ Arabic decimal separator
    map('\u066C', ','); // ٬ Arabic thousands separator

    for (int c = PF_BASE; c < 0xFF00; c++) {
      if (c >= 0xFE00 && c < 0xFE70) {
        continue; // variation selectors, vertical and small forms: not Arabic
      }
      String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
      if (nfkc.equals(String.valueOf((char) c))) {
        continue;
      }
      StringBuilder folded = new StringBuilder();
      boolean hasSpace = false;
      for (int i = 0; i < nfkc.length(); i++) {
        char x = nfkc.charAt(i);
        if (Character.isWhitespace(x)) {
          hasSpace = true;
        }
        char m = x >= BASE && x < END ? MAP[x - BASE] : 0;
        if (m == DELETE) {
          continue;
        }
        folded.append(m == EXPAND ? TCHEH : String.valueOf(m == 0 ? x : m)); // ﭺ is چ: تش
      }
      if (hasSpace || folded.isEmpty()) {
        PF_MAP[c - PF_BASE] = DELETE; // a whole phrase (ﷺ ﷽) or a lone mark: no letters of the word
      } else if (folded.length() == 1) {
        PF_MAP[c - PF_BASE] = folded.charAt(0);
      } else {
        PF_MAP[c - PF_BASE] = EXPAND;
        EXPANSIONS[c - PF_BASE] = folded.toString();
      }
    }
    PF_MAP[0xFEFF - PF_BASE] = DELETE; // zero-width no-break space / BOM
  }

  private static void map(char from, char to) {
    MAP[from - BASE] = to;
  }

  private ArabicNormalizer() {}

  /** True for the zero-width and bidi controls this normalizer removes. */
  public static boolean isInvisibleControl(char c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x061C || c == 0xFEFF;
  }

  /**
   * The last letter of {@code s[0..len)} as written, marks, tatweel and invisible controls aside (before
   * normalization folds it), or 0 when there is none: what {@link #isAlefMaksura} and {@link #isTehMarbuta} read,
   * one scan for both flags of a term.
   */
  public static char lastWrittenLetter(char[] s, int len) {
    for (int i = len - 1; i >= 0; i--) {
      if (action(s[i]) != DELETE) {
        return s[i];
      }
    }
    return 0;
  }

  /** Whether {@code c} is the alef maksura ى (or its isolated and final presentation forms), folded to ي. */
  public static boolean isAlefMaksura(char c) {
    return c == '\u0649' || c == '\uFEEF' || c == '\uFEF0';
  }

  /** Whether {@code c} is the teh marbuta ة (ۃ, or ة's final presentation forms), folded to ه. */
  public static boolean isTehMarbuta(char c) {
    return c == '\u0629' || c == '\u06C3' || c == '\uFE93' || c == '\uFE94';
  }

  /**
   * Whether the last letter of {@code s[0..len)} as written is the alef maksura ى, which normalization folds to ي:
   * what tells the preposition على from the name علي.
   */
  public static boolean endsWithAlefMaksura(char[] s, int len) {
    return isAlefMaksura(lastWrittenLetter(s, len));
  }

  /**
   * Whether the last letter of {@code s[0..len)} as written is the teh marbuta ة, which normalization folds to ه:
   * what tells the noun عملة ("currency") from عمله ("his work").
   */
  public static boolean endsWithTehMarbuta(char[] s, int len) {
    return isTehMarbuta(lastWrittenLetter(s, len));
  }

  /** The char {@code c} becomes, {@link #DELETE}, {@link #EXPAND}, or 0 when it stays. */
  private static char action(char c) {
    if (c < BASE) {
      return c == '\u00AD' ? DELETE : 0;
    }
    if (c < END) {
      return MAP[c - BASE];
    }
    if (c >= 0x200B && c <= 0x206F) {
      return (c <= 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) ? DELETE : 0;
    }
    if (c >= PF_BASE && c < 0xFF00) {
      return PF_MAP[c - PF_BASE];
    }
    return 0;
  }

  /**
   * The length the normalized form of {@code s[0..len)} needs, which exceeds {@code len} only when a ligature
   * presentation form expands; -1 when nothing changes (the common case, checked without writing).
   */
  public static int normalizedLength(char[] s, int len) {
    int out = 0;
    boolean changed = false;
    for (int i = 0; i < len; i++) {
      char a = action(s[i]);
      if (a == 0) {
        out++;
      } else {
        changed = true;
        if (a == EXPAND) {
          out += expansion(s[i]).length();
        } else if (a != DELETE) {
          out++;
        }
      }
    }
    return changed ? out : -1;
  }

  /**
   * Normalizes {@code s[0..len)} in place. {@code s} must have room for {@link #normalizedLength(char[], int)}
   * chars when that exceeds {@code len}.
   *
   * @return the new length
   */
  public static int normalize(char[] s, int len) {
    int needed = normalizedLength(s, len);
    if (needed < 0) {
      return dropThousandsSeparators(s, len);
    }
    char[] src = s;
    if (hasExpansion(s, len)) {
      // A ligature writes more chars than it reads: read from a copy (rare, so the copy costs nothing overall).
      src = java.util.Arrays.copyOf(s, len);
    }
    int w = 0;
    for (int r = 0; r < len; r++) {
      w = put(s, w, src[r]);
    }
    return dropThousandsSeparators(s, w);
  }

  private static boolean hasExpansion(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      if (action(s[i]) == EXPAND) {
        return true;
      }
    }
    return false;
  }

  private static String expansion(char c) {
    return c == '\u0686' ? TCHEH : EXPANSIONS[c - PF_BASE];
  }

  /**
   * Drops the thousands separators of a number written {@code s[0..len)} — digits in groups of three after the
   * first, separated by {@code ,} (٬ is folded to it first): 1,500 and ١٬٥٠٠ are 1500. Anything else (8,1, a list
   * 1,2,3, a word) stays. Returns the new length.
   */
  static int dropThousandsSeparators(char[] s, int len) {
    int first = -1;
    int end = len; // of the integer part: a decimal point may follow it (12,500.5)
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c == ',' && end == len) {
        if (first < 0) {
          first = i;
        }
      } else if (c == '.' && end == len && first >= 0) {
        end = i;
      } else if (!Character.isDigit(c)) {
        return len;
      }
    }
    if (first < 1 || first > 3 || end == len - 1) {
      return len;
    }
    for (int i = first; i < end; i += 4) {
      if (s[i] != ',' || end - i < 4) {
        return len;
      }
      for (int j = i + 1; j < i + 4; j++) {
        if (s[j] == ',') {
          return len; // a group of fewer than three digits
        }
      }
    }
    int w = first;
    for (int r = first; r < len; r++) {
      if (r >= end || s[r] != ',') {
        s[w++] = s[r];
      }
    }
    return w;
  }


  private static int put(char[] s, int w, char c) {
    char a = action(c);
    if (a == 0) {
      s[w++] = c;
    } else if (a == EXPAND) {
      String e = expansion(c);
      e.getChars(0, e.length(), s, w);
      w += e.length();
    } else if (a != DELETE) {
      s[w++] = a;
    }
    return w;
  }

  /**
   * Normalizes {@code s[0..len)} in place in one pass when it holds no presentation form nor چ (the common case: only
   * deletions and one-for-one replacements, so writing never overtakes reading).
   *
   * @return the new length, or -1 when {@code s} holds a presentation form or چ and nothing was changed: then size the
   *     buffer with {@link #normalizedLength} and call {@link #normalize(char[], int)}
   */
  public static int normalizeInPlace(char[] s, int len) {
    boolean comma = false;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if ((c >= PF_BASE && c < 0xFF00) || c == '\u0686') {
        return -1;
      }
      comma |= c == ',' || c == '\u066C';
    }
    int w = 0;
    for (int r = 0; r < len; r++) {
      char c = s[r];
      char a = action(c);
      if (a == 0) {
        s[w++] = c;
      } else if (a != DELETE) {
        s[w++] = a;
      }
    }
    return comma ? dropThousandsSeparators(s, w) : w;
  }

  /**
   * {@code text} with only the removals of this normalizer applied (harakat, tatweel, Quranic marks, invisible
   * controls): the letters as written, for showing a word back to a user.
   */
  public static String stripMarks(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (action(c) != DELETE) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Normalizes a whole string (for word lists and tests); allocation is fine here. */
  public static String normalize(String text) {
    char[] s = text.toCharArray();
    int needed = normalizedLength(s, s.length);
    if (needed < 0) {
      int n = dropThousandsSeparators(s, s.length);
      return n == s.length ? text : new String(s, 0, n);
    }
    char[] buf = java.util.Arrays.copyOf(s, Math.max(needed, s.length));
    int n = normalize(buf, s.length);
    return new String(buf, 0, n);
  }
}
