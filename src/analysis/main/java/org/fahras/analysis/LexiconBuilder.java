package org.fahras.analysis;

import static org.fahras.analysis.ArabicLexicon.INFLECTED;
import static org.fahras.analysis.ArabicLexicon.MIN_COUNT;
import static org.fahras.analysis.ArabicLexicon.NOUN;
import static org.fahras.analysis.ArabicLexicon.NOUN_AFTER_L;
import static org.fahras.analysis.ArabicLexicon.NOUN_STEM;
import static org.fahras.analysis.ArabicLexicon.OWN_ARTICLE;
import static org.fahras.analysis.ArabicLexicon.OWN_FIRST;
import static org.fahras.analysis.ArabicLexicon.STEM;
import static org.fahras.analysis.ArabicLexicon.TANWEEN;
import static org.fahras.analysis.ArabicLexicon.WORD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the text of an {@link ArabicLexicon} from corpus statistics: how often each normalized form was seen, and
 * how often a form in ا was written with the tanween mark. Each flag of the lexicon is one rule on those counts,
 * applied in this order (a later rule reads the flags of the earlier ones): {@link #words} ({@code WORD},
 * {@code NOUN}), {@link #prepositionOnNoun}, {@link #ownFirst}, {@link #nounAfterL}, {@link #ownArticle},
 * {@link #inflected}, {@link #tanween}, then {@link #stems} ({@code STEM}, {@code NOUN_STEM}), which runs the
 * suffix steps of an {@link ArabicLightStemmer} over a lexicon of the flags set so far. The runtime lexicon knows
 * nothing of this class; the counting of corpora is {@code org.fahras.lexicon.CorpusCounts}, in the library, and
 * {@code bin/fahras lexicon build} joins the two.
 */
public final class LexiconBuilder {
  /** A noun is seen with the article at least 1/NOUN_RATIO as often as bare. */
  static final int NOUN_RATIO = 50;
  /** A two-letter noun is seen bare at least 1/TWO_LETTER_NOUN_RATIO as often as with the article. */
  static final int TWO_LETTER_NOUN_RATIO = 20;
  /** A form this many times more frequent than its rest owns its first letter (ف: once; و: five times this). */
  static final int OWN_RATIO = 10;
  /** A sibling ending must be seen at least 1/SIBLING_RATIO as often as the form to make it an inflection. */
  static final int SIBLING_RATIO = 50;
  /** A form in ين needs its ان at most this many times rarer, when no ون is seen ({@link #inflected}). */
  static final int NOMINATIVE_DUAL_RATIO = 20;
  /** A plural in ون needs its ين at most this many times rarer ({@link #inflected}). */
  static final int PLURAL_RATIO = 5;
  /** A noun this many times as frequent as its form in ين makes that form its dual ({@link #inflected}). */
  static final int DUAL_RATIO = 5;
  /** A tanween form carries the mark in at least 1/TANWEEN_RATIO of its occurrences. */
  static final int TANWEEN_RATIO = 20;

  /** The article and the article after a one-letter proclitic (لل is left out: للبنان is ل + لبنان). */
  private static final String[] ARTICLES = {"وال", "فال", "بال", "كال", "ال"};

  /** Occurrences of each form as counted. */
  private final Map<String, Integer> counts;
  /** Occurrences of each form after the article, alone or after و ف ب ك. */
  private final Map<String, Integer> withArticle;
  /** Occurrences of each form alone or with the article (المعلمون attests معلمون). */
  private final Map<String, Integer> total;

  /**
   * A builder over {@code counts}, which maps normalized forms, as the exact analyzer emits them, to occurrences.
   */
  LexiconBuilder(Map<String, Integer> counts) {
    this.counts = counts;
    this.withArticle = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String w = e.getKey();
      for (String article : ARTICLES) {
        // two letters may follow the bare article (الفن), three the others (كالسيوم is not كال + سيوم's article)
        if (w.length() >= article.length() + (article.length() == 2 ? 2 : 3) && w.startsWith(article)) {
          withArticle.merge(w.substring(article.length()), e.getValue(), Integer::sum);
          break;
        }
      }
    }
    this.total = new HashMap<>(counts);
    withArticle.forEach((w, n) -> total.merge(w, n, Integer::sum));
  }

  /**
   * Builds the lexicon's text from form counts: one entry per line, {@code FLAGS<TAB>form}, most frequent first,
   * after a {@code #} comment line. {@code counts} maps normalized forms, as the exact analyzer emits them, to
   * occurrences; {@code withTanween} the forms in ا to how many of those were written with the tanween mark
   * (ـًا). {@link ArabicLexicon} reads that text.
   */
  public static String build(Map<String, Integer> counts, Map<String, Integer> withTanween) {
    LexiconBuilder b = new LexiconBuilder(counts);
    TreeMap<String, Integer> entries = b.words();
    b.prepositionOnNoun(entries);
    b.ownFirst(entries);
    b.nounAfterL(entries);
    b.ownArticle(entries);
    b.inflected(entries);
    b.tanween(entries, withTanween);
    b.stems(entries);
    return b.text(entries);
  }

  private int count(String w) {
    return counts.getOrDefault(w, 0);
  }

  private int total(String w) {
    return total.getOrDefault(w, 0);
  }

  /**
   * {@code WORD}: an Arabic form seen at least {@value ArabicLexicon#MIN_COUNT} times, alone or with the article;
   * {@code NOUN}: seen with the article at least that often and not {@value #NOUN_RATIO} times rarer than bare
   * (الواكد, a surname, does not make واكد a noun), and, for two letters, common bare too (اليه is not ال + يه).
   */
  TreeMap<String, Integer> words() {
    TreeMap<String, Integer> entries = new TreeMap<>();
    total.forEach((w, n) -> {
      if (n >= MIN_COUNT && isArabic(w)) {
        int article = withArticle.getOrDefault(w, 0);
        boolean noun = article >= Math.max(MIN_COUNT, count(w) / NOUN_RATIO)
            && (w.length() > 2 || count(w) >= Math.max(MIN_COUNT, article / TWO_LETTER_NOUN_RATIO));
        entries.put(w, WORD | (noun ? NOUN : 0));
      }
    });
    return entries;
  }

  /**
   * Takes {@code NOUN} from a form that is a preposition ب ك ل on a noun (لفوز, لجهة, لخام: ل + فوز), where its few
   * sightings with the article (اللفوز, a typo) are noise beside the noun's: the article on the form is
   * {@value #NOUN_RATIO} times rarer than on the rest, which is a noun and {@value #OWN_RATIO} times as frequent as
   * the form. Else the stemmer's noun guard keeps the preposition (لفوز apart from فوز). و and ف are left out: a
   * noun in و or ف is often no rarer (الوكرة, a city, beside الكرة; فاسد beside الأسد), nor is a name in ب
   * (بسام beside سام: 116 against 286 sightings).
   */
  void prepositionOnNoun(Map<String, Integer> entries) {
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String w = e.getKey();
      if (w.length() > 3 && "بكل".indexOf(w.charAt(0)) >= 0 && (e.getValue() & NOUN) != 0) {
        String rest = w.substring(1);
        if ((entries.getOrDefault(rest, 0) & NOUN) != 0
            && (long) withArticle.getOrDefault(w, 0) * NOUN_RATIO < withArticle.getOrDefault(rest, 0)
            && total(rest) >= (long) OWN_RATIO * total(w)) {
          e.setValue(e.getValue() & ~NOUN);
        }
      }
    }
  }

  /**
   * {@code OWN_FIRST}: a first و ف ب ك ل that is the word's: the form is far more frequent than what would be left
   * (كشفت beside شفت, ليست beside يست); for ف merely more frequent (فيفري, فيما), the conjunction ف being always the
   * rarer form (فقال beside قال), where a preposition can lead (بسبب beside سبب); for و fifty times (واشنطن beside
   * the typo اشنطن), as news opens sentences with it and واضاف outnumbers اضاف.
   */
  void ownFirst(Map<String, Integer> entries) {
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String w = e.getKey();
      char c = w.charAt(0);
      if (w.length() > 3 && "وفبكل".indexOf(c) >= 0) {
        long rest = total(w.substring(1));
        if (total(w) > (c == 'ف' ? 1 : c == 'و' ? 5 * OWN_RATIO : OWN_RATIO) * rest) {
          e.setValue(e.getValue() | OWN_FIRST);
        }
      }
    }
  }

  /**
   * {@code NOUN_AFTER_L}: لل + X is ل + اللX (للجنة, the article's ل dropped before the noun's) when اللX outnumbers
   * الX (الجنة); or ل + لX, a form that takes no article (للاعبي: ل + لاعبي, "for the players of"), when neither is
   * seen with the article and لX outnumbers X. For a two-letter X the article's counts cannot tell: الX is as often
   * أX once normalized (ألمس "I touch", ألبس), so there too the more frequent of لX and X decides (للمس: لمس).
   */
  void nounAfterL(Map<String, Integer> entries) {
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String w = e.getKey();
      if (w.length() >= 4 && w.startsWith("لل")) {
        int withNounsL = count("ا" + w);
        int withArticleL = count("ال" + w.substring(2));
        if (withNounsL > withArticleL || ((w.length() == 4 || (withNounsL == 0 && withArticleL == 0))
            && total(w.substring(1)) > total(w.substring(2)))) {
          e.setValue(e.getValue() | NOUN_AFTER_L);
        }
      }
    }
  }

  /**
   * {@code OWN_ARTICLE}: an ال that is the form's own (التزام, الغاء, الكتروني: أل / إل once normalized). Either the
   * form takes the article itself (الالتزام, a noun) and is far more frequent than its rest alone (تزام, never seen
   * bare): الهام ("the important") and الحاد ("the sharp") do not qualify, هام and حاد being common words. Or it is
   * written after a bare ل as it is (لألمانيا, لالتزام): ل + the article is written لل, so that ال is the form's
   * own, where this outnumbers the form after لل (للمانيا; للغاز outnumbers لألغاز) and the rest is rare alone
   * (مانيا; not هام, so الهام stays "the important").
   */
  void ownArticle(Map<String, Integer> entries) {
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String w = e.getKey();
      if (w.length() >= 5 && w.startsWith("ال") && (e.getValue() & NOUN) != 0
          && count(w) > OWN_RATIO * (long) count(w.substring(2))) {
        e.setValue(e.getValue() | OWN_ARTICLE);
      }
      int afterL = count("ل" + w);
      if (w.length() >= 5 && w.startsWith("ال") && afterL >= MIN_COUNT && afterL > count("لل" + w.substring(2))
          && count(w) > OWN_RATIO * (long) count(w.substring(2))) {
        e.setValue(e.getValue() | OWN_ARTICLE);
      }
    }
  }

  /**
   * {@code INFLECTED}: an ending ون ين ان that is an inflection: another of the three is attested on the same base,
   * not much rarer (a sibling seen twice beside a form seen hundreds of times is noise: تامان beside تامين);
   * زيتون and قانون have none, their ending is theirs. A dual or a nisba's plural in ين needs no sibling
   * ({@link #dualOrNisbaPlural}).
   */
  void inflected(Map<String, Integer> entries) {
    for (String w : List.copyOf(entries.keySet())) {
      int len = w.length();
      if (len > 2 && (w.endsWith("ون") || w.endsWith("ين") || w.endsWith("ان"))) {
        String base = w.substring(0, len - 2);
        if ((len >= 5 && dualOrNisbaPlural(w, base, entries.getOrDefault(base, 0))) || inflectedBySibling(w, base)) {
          entries.merge(w, INFLECTED, (x, y) -> x | y);
        }
      }
    }
  }

  /**
   * Whether a sibling ending on {@code base} shows that the ending of {@code w} is an inflection. For ين, an ون not
   * {@value #SIBLING_RATIO} times rarer, or an ان not {@value #NOMINATIVE_DUAL_RATIO} times rarer (ماكين, 170, is
   * no dual beside 4 ماكان, nor تمرين, تعدين; a dual's ان is rarer than its ين, not that rare: الطرفان, الطرفين).
   * For ان, the oblique ين at least as frequent: news writes a noun's dual mostly in ين (الطرفين 702, الطرفان 198),
   * while a name or a word in ان outnumbers its ين (حمدان 79, حمدين 46; عدوان 379, عدوين 13; نيسان, المكان,
   * الفنان). For ون, an ان not {@value #SIBLING_RATIO} times rarer (a verb's dual: يعملون, يعملان) or an ين not
   * {@value #PLURAL_RATIO} times rarer (معلمون, معلمين; not رامون beside رامين, 73 against 3, nor السجون, اللون).
   */
  private boolean inflectedBySibling(String w, String base) {
    int n = total(w);
    int needed = Math.max(MIN_COUNT, n / SIBLING_RATIO);
    if (w.endsWith("ان")) {
      return total(base + "ين") >= Math.max(MIN_COUNT, n);
    }
    if (w.endsWith("ون")) {
      return total(base + "ان") >= needed || total(base + "ين") >= Math.max(MIN_COUNT, n / PLURAL_RATIO);
    }
    return total(base + "ون") >= needed || total(base + "ان") >= Math.max(MIN_COUNT, n / NOMINATIVE_DUAL_RATIO);
  }

  /**
   * Whether {@code w}, at least five letters, is the dual or plural in ين of {@code base} (whose flags are
   * {@code baseFlags}) without a sibling ending to show it: a noun seen with the article {@value #DUAL_RATIO} times
   * as often as the form (عقدين, اسبوعين, قطارين: duals whose ان is rare in news; not شاهين beside شاه, 67 against
   * 130, nor تامين beside تام), or a word in ي seen at least as often as its form in يين, a nisba's plural or dual
   * (شرعيين, سلميين, مستشفيين; also كافيين, "caffeine", 83 beside 225 كافي: a merge the counts cannot tell).
   */
  private boolean dualOrNisbaPlural(String w, String base, int baseFlags) {
    if (!w.endsWith("ين")) {
      return false;
    }
    if (base.endsWith("ي")) {
      return (baseFlags & WORD) != 0 && total(base) >= total(w);
    }
    return (baseFlags & NOUN) != 0 && total(base) >= (long) DUAL_RATIO * total(w);
  }

  /**
   * {@code TANWEEN}: the accusative's tanween: a form whose ا is written with the mark at least
   * {@value ArabicLexicon#MIN_COUNT} times and in at least 1/{@value #TANWEEN_RATIO} of its occurrences (عاماً beside
   * عاما), on a base of three letters or more that is a word (عام; the stemmer leaves shorter words whole: جدا, معا);
   * names in ا (سوريا, روسيا: 10 marks in 9,931) stay whole.
   */
  void tanween(Map<String, Integer> entries, Map<String, Integer> withTanween) {
    withTanween.forEach((w, marked) -> {
      Integer flags = entries.get(w);
      if (flags != null && w.length() >= 4 && w.endsWith("ا") && marked >= MIN_COUNT
          && (long) marked * TANWEEN_RATIO >= count(w)
          && (entries.getOrDefault(w.substring(0, w.length() - 1), 0) & WORD) != 0) {
        entries.put(w, flags | TANWEEN);
      }
    });
  }

  /** The lexicon's order: most frequent first (then by form), which rank reads and whose first entries are hot. */
  private Comparator<String> mostFrequentFirst() {
    return Comparator.comparingInt((String w) -> -total(w)).thenComparing(w -> w);
  }

  /**
   * {@code STEM} and {@code NOUN_STEM}: what the suffix steps leave of each entry (protected words left out), judged
   * with the flags set so far, in the lexicon's order (the steps consult rank); the stem of a noun is a noun's stem.
   */
  void stems(Map<String, Integer> entries) {
    LinkedHashMap<String, Integer> byFrequency = new LinkedHashMap<>();
    entries.keySet().stream().sorted(mostFrequentFirst()).forEach(w -> byFrequency.put(w, entries.get(w)));
    ArabicLexicon partial = ArabicLexicon.of(byFrequency);
    ArabicLightStemmer suffixes = new ArabicLightStemmer(true, WordLists.protectedWords(), partial);
    TreeMap<String, Integer> stems = new TreeMap<>();
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      char[] c = e.getKey().toCharArray();
      if (WordLists.protectedWords().contains(c, 0, c.length)) {
        continue;
      }
      int end = suffixes.suffixEnd(c, 0, c.length);
      if (end < c.length) {
        String stem = new String(c, 0, end);
        stems.merge(stem, (e.getValue() & NOUN) != 0 ? STEM | NOUN_STEM : STEM, (a, b) -> a | b);
      }
    }
    stems.forEach((k, v) -> entries.merge(k, v, (a, b) -> a | b));
  }

  /** The lexicon's text: a comment line, then {@code FLAGS<TAB>form}, most frequent first. */
  String text(Map<String, Integer> entries) {
    StringBuilder out = new StringBuilder(entries.size() * 12);
    out.append("# fahras lexicon: FLAGS<TAB>form, most frequent first; flags 1 word, 2 noun (with ال), 4 stem,"
        + " 8 stem of a noun, 16 inflected ending, 32 first letter its own, 64 لل is ل + ال + ل, 128 ال its own,"
        + " 256 final ا the tanween's;"
        + " built by bin/fahras lexicon build\n");
    List<String> order = new ArrayList<>(entries.keySet());
    order.sort(mostFrequentFirst());
    for (String k : order) {
      out.append(entries.get(k)).append('\t').append(k).append('\n');
    }
    return out.toString();
  }

  private static boolean isArabic(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }
}
