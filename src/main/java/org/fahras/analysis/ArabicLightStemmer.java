package org.fahras.analysis;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The character work of {@link ArabicLightStemFilter}: a light stemmer in the family of Larkey's light10, extended
 * to combined proclitics and pronoun suffixes, for text already folded by {@link ArabicNormalizer} (so ة is ه and
 * every alef is ا). It strips affixes, never infixes: broken plurals (كتب / كتاب) stay apart, which keeps precision.
 *
 * <p>Order, each step at most once:
 *
 * <ol>
 *   <li>a definite article with its proclitics: وبال فبال وكال فكال ولل فلل وال فال بال كال لل ال, when at least
 *       {@link #MIN_STEM} letters remain (light10 allows two; Arabic roots have three, and two-letter remains are
 *       mostly different words, e.g. الفن→فن is kept but البر→بر is not);
 *   <li>otherwise the conjunction و, when at least {@link #MIN_STEM} letters remain;
 *   <li>a protected word (a name or loanword that ends like a suffix: لبنان, ايران) stops here;
 *   <li>a pronoun suffix: هما كما هم هن كم كن ها نا; then a ت left before it is the ة of the stem
 *       (مكتبتها → مكتب, like مكتبة → مكتب), except in the plural ات;
 *   <li>a number/gender suffix: ات ان ين ون يه;
 *   <li>a final ه (feminine ة or the pronoun) or ي (nisba or the pronoun);
 *   <li>unless an article was stripped, a bare preposition ب ك ل, judged on what the suffix steps left
 *       ({@link #BARE_MIN} letters must remain): بمدينتهم → مدين, but كتابهم → كتاب.
 * </ol>
 *
 * <p>Every suffix step needs {@link #MIN_STEM} letters left. Works in place on the term's {@code char[]}.
 *
 * <p>Each rule was kept because it raised MRR@10 on the dev sets (README, "Ablation"); rules that measured
 * neutral or worse were left out: a construct-state و suffix (مسؤولو), the conjunction ف (فريق, فيلم would lose
 * their first letter), and dropping the final ه/ي step.
 */
public final class ArabicLightStemmer {
  /** Shortest stem any step may leave. */
  public static final int MIN_STEM = 3;

  private static final char[][] ARTICLE_PREFIXES = chars(
      "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال");
  private static final char[][] NO_PREFIXES = new char[0][];
  private static final char[][] PRONOUN_SUFFIXES = chars("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا");
  private static final char[][] NUMBER_SUFFIXES = chars("ات", "ان", "ين", "ون", "يه");

  private final boolean barePrepositions;
  private final CharArraySet protectedWords;

  /**
   * @param barePrepositions whether to strip a bare ب ك ل (not followed by ال)
   * @param protectedWords normalized words whose suffixes are never stripped
   */
  public ArabicLightStemmer(boolean barePrepositions, CharArraySet protectedWords) {
    this.barePrepositions = barePrepositions;
    this.protectedWords = protectedWords;
  }

  /**
   * Shortest stem left after stripping a bare preposition: one letter more than {@link #MIN_STEM}, because a
   * word-initial ب ك ل is as often the first radical (كتاب, بلاد, لاعب) as a preposition. Measured on the dev sets,
   * 3 scores about the same as 4 (+0.001 to +0.005 MRR@10) but turns كتاب into تاب: 4 it is.
   */
  static final int BARE_MIN = MIN_STEM + 1;

  /** Stems {@code s[0..len)} in place; returns the new length. */
  public int stem(char[] s, int len) {
    if (len <= MIN_STEM) {
      return len; // nothing can be stripped from a word this short
    }
    int start = 0;
    boolean article = false;
    char first = s[0];
    boolean mayHaveArticle = first == 'ا' || first == 'و' || first == 'ف' || first == 'ب' || first == 'ك' || first == 'ل';
    for (char[] p : mayHaveArticle ? ARTICLE_PREFIXES : NO_PREFIXES) {
      if (len - p.length >= MIN_STEM && startsWith(s, 0, len, p)) {
        start = p.length;
        article = true;
        break;
      }
    }
    if (!article && s[0] == 'و' && len - 1 >= MIN_STEM) {
      start = 1;
    }
    boolean bareAllowed = barePrepositions && !article;
    boolean isProtected;
    if (bareAllowed && isPreposition(s[start]) && protectedWords.contains(s, start + 1, len - start - 1)) {
      start++; // بلبنان: a preposition on a protected name
      isProtected = true;
    } else {
      isProtected = protectedWords.contains(s, start, len - start);
    }
    int end = len;
    if (!isProtected) {
      int beforePronoun = end;
      end = stripSuffix(s, start, end, PRONOUN_SUFFIXES);
      if (end < beforePronoun && s[end - 1] == 'ت' && s[end - 2] != 'ا' && end - start - 1 >= MIN_STEM) {
        // ة is written ت before a pronoun: مكتبتها → مكتب, as مكتبة → مكتب (not the ات of plurals). That ة was
        // the word's ending, so no number suffix or final letter comes before it (مدينتهم → مدين, not مد).
        end--;
      } else {
        end = stripSuffix(s, start, end, NUMBER_SUFFIXES);
        if (end - start - 1 >= MIN_STEM && (s[end - 1] == 'ه' || s[end - 1] == 'ي')) {
          end--;
        }
      }
      // A bare preposition is judged on what is left once suffixes are gone, so that a word that merely
      // starts with ب ك ل keeps it when its stem is short (كتابهم → كتاب, not تاب; بلاده → بلاد).
      if (bareAllowed && isPreposition(s[start]) && end - start - 1 >= BARE_MIN) {
        start++;
      }
    }
    if (start > 0) {
      System.arraycopy(s, start, s, 0, end - start);
    }
    return end - start;
  }

  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ك' || c == 'ل';
  }

  private static int stripSuffix(char[] s, int start, int end, char[][] suffixes) {
    char last = s[end - 1];
    if (last != 'ا' && last != 'م' && last != 'ن' && last != 'ت' && last != 'ه') {
      return end; // no suffix of either list ends otherwise: skip the loop for most words
    }
    for (char[] x : suffixes) {
      if (end - start - x.length >= MIN_STEM && endsWith(s, start, end, x)) {
        return end - x.length;
      }
    }
    return end;
  }

  private static boolean startsWith(char[] s, int start, int end, char[] p) {
    if (end - start < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (s[start + i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(char[] s, int start, int end, char[] x) {
    if (end - start < x.length) {
      return false;
    }
    int off = end - x.length;
    for (int i = 0; i < x.length; i++) {
      if (s[off + i] != x[i]) {
        return false;
      }
    }
    return true;
  }

  private static char[][] chars(String... words) {
    char[][] out = new char[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].toCharArray();
    }
    return out;
  }
}
