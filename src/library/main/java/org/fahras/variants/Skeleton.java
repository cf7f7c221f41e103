package org.fahras.variants;

/**
 * The consonant skeleton of a word in the exact representation (normalized: ة→ه, ى→ي, أ إ آ→ا, ؤ ئ→ء), under the
 * letter correspondences by which Arabic newsrooms transliterate the same foreign name differently: long vowels
 * and hamza ا و ي ء are dropped, ج غ ق ك (the G and K sounds) are one class, ت/ط and س/ص are one letter each, a
 * final ه (ة) is a vowel (بنزيما / بنزيمه), and a doubled letter counts once (ماتاريلا / ماتاريللا), except
 * as the word's first letter, after the article if any (مملكه / ملك, للمملكه / للملك; not after a bare clitic:
 * ومملكه / وملك meet). Two words with one skeleton are
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
    return of(w, true);
  }

  /**
   * The class of {@code w} as a context word: its skeleton, a doubled first letter counting once too, so that
   * the house spellings of context words meet however they are written (this only groups neighbours, it pairs
   * nothing).
   */
  static String contextClass(String w) {
    return of(w, false);
  }

  private static String of(String w, boolean firstDoubled) {
    int end = w.length();
    if (end > 1 && w.charAt(end - 1) == 'ه') {
      end--;
    }
    StringBuilder sb = new StringBuilder(end);
    char previous = 0; // the previous letter's class, 0 after a vowel: only adjacent letters are a doubled one
    // the word's first letter (after the article and a clitic before it) doubled is two consonants: مملكه is not
    // ملك, ممثل not مثل, للمملكه not للملك
    int first = !firstDoubled ? -2 : articleLength(w);
    for (int i = 0; i < end; i++) {
      char c = switch (w.charAt(i)) {
        case 'ا', 'و', 'ي', 'ء', 'ى' -> 0;
        case 'ج', 'غ', 'ق', 'ك' -> 'ك';
        case 'ط' -> 'ت';
        case 'ص' -> 'س';
        default -> w.charAt(i);
      };
      // not collapsed either: the article's ل after the preposition ل (للحد is ل + الحد, not a doubled ل)
      if (c != 0 && (c != previous || i == first + 1 || (i == 1 && first == 2 && w.startsWith("لل")))) {
        sb.append(c);
      }
      previous = c;
    }
    return sb.toString();
  }

  /**
   * A coarser skeleton for correspondences that also join many ordinary words, so that only pairs with strong
   * evidence may use them (see {@code VariantDiscovery}): ه anywhere is a vowel (هولاند / اولاند, ساوثهامبتون /
   * ساوثامبتون, مورينهو / مورينيو), ش is س (غوتيريش / غوتيريس, فرانشيسكو / فرانسيسكو), an initial ي, دي or دج is the
   * J sound ج (يوفنتوس / جوفنتوس, ديوكوفيتش / جوكوفيتش), تش is ش (راكيتيتش / راكيتيش), and in words of seven letters or
   * more a consonant repeated across a vowel counts once (فاينانشال / فايننشال).
   */
  static String loose(String w) {
    String x = w;
    // only in longer words: a short initial ي is far more often the imperfect prefix (يناير / دينار)
    if ((x.startsWith("دي") || x.startsWith("دج")) && x.length() >= 6) {
      x = "ج" + x.substring(2);
    } else if (x.startsWith("ي") && x.length() >= 6) {
      x = "ج" + x.substring(1);
    }
    x = x.replace("تش", "ش").replace('ش', 'س');
    StringBuilder sb = new StringBuilder(x.length());
    for (int i = 0; i < x.length(); i++) {
      if (x.charAt(i) != 'ه' || i == 0 || i == x.length() - 1) {
        sb.append(x.charAt(i));
      } else {
        sb.append('ا');
      }
    }
    x = sb.charAt(0) == 'ه' ? "ا" + sb.substring(1) : sb.toString();
    String s = of(x);
    if (w.length() < 7) {
      return s; // in short words a consonant repeated across a vowel is the word's own (لبنان is not لوبان)
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (out.isEmpty() || out.charAt(out.length() - 1) != s.charAt(i)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  /**
   * True when {@code a} and {@code b} differ only in the letter written for the G sound, غ against ج (غوميز /
   * جوميز, فيغو / فيجو): the commonest house-style difference, and rare between two ordinary words that are not
   * verbs (which {@code VariantDiscovery} tells by their other forms).
   */
  static boolean gOnly(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && !((x == 'غ' && y == 'ج') || (x == 'ج' && y == 'غ'))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code a} and {@code b} differ by one long vowel letter ا و ي inserted (مانهاتن / منهاتن). */
  static boolean oneVowel(String a, String b) {
    String s = a.length() < b.length() ? a : b;
    String l = s == a ? b : a;
    if (l.length() != s.length() + 1) {
      return false;
    }
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    char c = l.charAt(i);
    return (c == 'ا' || c == 'و' || c == 'ي') && l.substring(i + 1).equals(s.substring(i));
  }

  /** The article, alone or after a clitic, longest first. */
  private static final String[] ARTICLE = {"وال", "بال", "فال", "كال", "لل", "ال"};

  /** Length of the article (with a clitic before it) {@code w} begins with and that leaves two letters, or 0. */
  private static int articleLength(String w) {
    for (String p : ARTICLE) {
      if (w.startsWith(p) && w.length() > p.length() + 1) {
        return p.length();
      }
    }
    return 0;
  }

  /**
   * Consonants in the skeleton of the shorter of {@code a} and {@code b} without the article ال or لل they share:
   * the article's ل says nothing about the word (المانيا / اليمن are مانيا / يمن, two consonants, not three). With a
   * clitic before it (وال, بال …) the letters are kept: too many names begin so (بالوتيلي, فالنسيا, كاليفورنيا).
   */
  static int consonants(String a, String b) {
    for (String p : new String[] {"لل", "ال"}) {
      if (a.startsWith(p) && b.startsWith(p) && a.length() > p.length() + 1 && b.length() > p.length() + 1) {
        return Math.min(of(a.substring(p.length())).length(), of(b.substring(p.length())).length());
      }
    }
    return Math.min(of(a).length(), of(b).length());
  }

  /**
   * True when {@code a} and {@code b} differ by one long vowel letter و or ي written twice or once (هوليوود /
   * هوليود, خافيير / خافير).
   */
  static boolean doubledVowel(String a, String b) {
    if (!oneVowel(a, b)) {
      return false;
    }
    String s = a.length() < b.length() ? a : b;
    String l = s == a ? b : a;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    char c = l.charAt(i);
    return (c == 'و' || c == 'ي') && i > 0 && l.charAt(i - 1) == c;
  }

  /** Levenshtein distance of {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
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
