package org.fahras.variants;

/**
 * The consonant skeleton of a word in the exact representation (normalized: ة→ه, ى→ي, أ إ آ→ا, ؤ ئ→ء), under the
 * letter correspondences by which Arabic newsrooms transliterate the same foreign name differently: long vowels
 * and hamza ا و ي ء are dropped, ج غ ق ك (the G and K sounds) are one class, ت/ط and س/ص are one letter each, a
 * final ه (ة) is a vowel (بنزيما / بنزيمه), and a doubled letter counts once. Two words with one skeleton are
 * only candidates: the evidence of {@link VariantDiscovery} decides.
 */
final class Skeleton {
  private Skeleton() {}

  /** True for the letters a skeleton is made of (Arabic letters ء..ي); a word with any other char has none. */
  static boolean isArabicWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < '\u0621' || c > '\u064A' || c == '\u0640') {
        return false;
      }
    }
    return true;
  }

  /** The skeleton of {@code w} (an Arabic word in the exact representation). */
  static String of(String w) {
    int end = w.length();
    if (end > 1 && w.charAt(end - 1) == 'ه') {
      end--;
    }
    StringBuilder sb = new StringBuilder(end);
    char previous = 0; // the previous letter's class, 0 after a vowel: only adjacent letters are a doubled one
    for (int i = 0; i < end; i++) {
      char c = switch (w.charAt(i)) {
        case 'ا', 'و', 'ي', 'ء', 'ى' -> 0;
        case 'ج', 'غ', 'ق', 'ك' -> 'ك';
        case 'ط' -> 'ت';
        case 'ص' -> 'س';
        default -> w.charAt(i);
      };
      if (c != 0 && c != previous) {
        sb.append(c);
      }
      previous = c;
    }
    return sb.toString();
  }

  /** Endings that make another word of the same stem: nisba adjectives, plurals, duals, pronouns, verb persons. */
  private static final String[] INFLECTIONS = {
    "", "ي", "يه", "يا", "ا", "ه", "ت", "تا", "ون", "ين", "يون", "يين", "ان", "ات", "يات", "ها", "هم", "هما", "كم", "نا", "و", "وا"
  };

  /**
   * True when {@code a} and {@code b} differ only by an inflectional ending (سوريا / سوري, لاعبون / لاعبين) or by a
   * leading و ي ا (the conjunction, verb prefixes: وترامب, يحمل / احمل): other words, never spelling variants. The
   * ending changes kept as candidates are ا ↔ ه and ا ↔ يا, spellings of a final a in names (بنزيما / بنزيمه,
   * الروهينغا / الروهينغيا).
   */
  static boolean inflectionPair(String a, String b) {
    int p = 0;
    int n = Math.min(a.length(), b.length());
    while (p < n && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    String ta = a.substring(p);
    String tb = b.substring(p);
    if (ta.length() <= 2 && tb.length() <= 2 && (ta + tb).matches("اه|ها|ايا|ياا")) {
      return false;
    }
    if (isInflection(ta) && isInflection(tb) && p >= 2) {
      return true;
    }
    // one word behind different clitics (العثور / للعثور, ختام / وختام)
    String ra = stripClitic(a);
    String rb = stripClitic(b);
    if (ra.equals(rb) || ra.equals(b) || rb.equals(a)) {
      return true;
    }
    // a leading clitic or verb prefix on the otherwise same word
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.endsWith(shorter)) {
      String prefix = longer.substring(0, longer.length() - shorter.length());
      return prefix.equals("و") || prefix.equals("ي") || prefix.equals("ا") || prefix.equals("وي") || prefix.equals("وا");
    }
    return false;
  }

  private static final String[] CLITICS = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"};

  private static String stripClitic(String w) {
    for (String c : CLITICS) {
      if (w.startsWith(c) && w.length() - c.length() >= 3) {
        return w.substring(c.length());
      }
    }
    return w;
  }

  private static boolean isInflection(String tail) {
    for (String s : INFLECTIONS) {
      if (s.equals(tail)) {
        return true;
      }
    }
    return false;
  }
}
