package org.fahras.search.engine;

import java.util.Locale;
import java.util.Set;

/**
 * What kind of search a plain query is, read from its text alone: a question (how readers of reading-comprehension
 * sets and of a help desk ask), a few keywords (a name, a topic), or a headline-like phrase of five words or more.
 * Each kind may get its own ranking ({@code Ranking}); a ranking the request names overrides the kind's.
 */
public enum QueryKind {
  /** Asks something: ends with a question mark, or begins (after a list dash or a conjunction) with a question word. */
  QUESTION,
  /** One to four words, no question. */
  KEYWORDS,
  /** Five words or more, no question: a headline, a sentence. */
  HEADLINE;

  /**
   * Question words as they open an Arabic question (normalized as the analysis does: alef forms as ا, final ى as
   * ي), with the prepositions that commonly lead them ({@code في اي}, {@code الى اي}, {@code منذ متي}).
   */
  static final Set<String> QUESTION_WORDS = Set.of("هل", "ما", "ماذا", "متي", "اين", "كيف", "لماذا", "من", "كم",
      "اي", "ايه", "ماهي", "ماهو", "لم", "بكم", "الام", "لمن", "بماذا", "فيم");

  /** Question words that are more often something else (from; did not) unless a pronoun follows. */
  static final Set<String> AMBIGUOUS = Set.of("من", "لم");

  /** The pronouns that make من a question: من هو, من هي, من الذي … */
  static final Set<String> PRONOUNS = Set.of("هو", "هي", "هم", "هما", "الذي", "التي", "الذين", "هن");

  /** ما before these is not a question: ما زال, ما يزال, ما دام. */
  static final Set<String> NOT_A_QUESTION_AFTER_MA = Set.of("زال", "يزال", "زالت", "تزال", "دام", "دامت", "لا");

  /** Words that lead a question word: {@code في اي سنة}, {@code الى اي مدى}, {@code منذ متى}, {@code من هو}. */
  static final Set<String> LEADING = Set.of("في", "الي", "منذ", "حتي", "علي", "مع", "عن", "بين", "و", "ف", "ثم");

  /** Most words a query of {@link #KEYWORDS} has. */
  static final int MAX_KEYWORDS = 4;

  /** The kind of {@code text}, a plain query (query-language operators are read as text). */
  public static QueryKind of(String text) {
    String t = text.strip();
    String[] words = words(t);
    if (words.length == 0) {
      return KEYWORDS;
    }
    if (t.endsWith("?") || t.endsWith("؟") || t.contains("؟")) {
      return QUESTION;
    }
    int i = 0;
    while (i < words.length - 1 && LEADING.contains(words[i])) {
      i++;
    }
    String first = words[i];
    String next = i + 1 < words.length ? words[i + 1] : "";
    String bare = first.length() > 2 && (first.startsWith("و") || first.startsWith("ف")) ? first.substring(1) : first;
    boolean opens = QUESTION_WORDS.contains(first) || bare != first && QUESTION_WORDS.contains(bare);
    if (AMBIGUOUS.contains(bare)) {
      opens = PRONOUNS.contains(next); // من هو, لم يعد: "who is" asks, "from" and "did not" do not
    } else if (bare.equals("ما") && NOT_A_QUESTION_AFTER_MA.contains(next)) {
      opens = false; // ما زال, ما دام: "still", "as long as"
    }
    if (opens && words.length > 1) {
      return QUESTION;
    }
    return words.length <= MAX_KEYWORDS ? KEYWORDS : HEADLINE;
  }

  /** The words of {@code text}, letters and digits only, with the folds that matter here (أ إ آ → ا, ى → ي, ة → ه). */
  static String[] words(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
        case 'ى' -> sb.append('ي');
        case 'ة' -> sb.append('ه');
        default -> {
          if (Character.isLetterOrDigit(c)) {
            sb.append(Character.toLowerCase(c));
          } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != 'ـ') {
            sb.append(' '); // punctuation and spaces separate words; harakat and tatweel are dropped
          }
        }
      }
    }
    String s = sb.toString().strip();
    return s.isEmpty() ? new String[0] : s.split("\\s+");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
