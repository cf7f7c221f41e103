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
 *       mostly different words, e.g. الفن→فن is kept but البر→بر is not); with the lexicon, an ال that is the
 *       noun's own stays (التزام, الغاء: إلتزام, إلغاء once normalized; والتزام → التزام), and a two-letter noun
 *       attested with the article loses any article form (الفن, للفن, والفن → فن);
 *   <li>otherwise the conjunction و, when at least {@link #MIN_STEM} letters remain (with the lexicon: و ف, then a
 *       bare ب ك ل, each where the lexicon shows it is a proclitic, and what follows them is stemmed as a word of
 *       its own: لألمانيا as ألمانيا);
 *   <li>a protected word (a name or loanword that ends like a suffix: لبنان, ايران) stops here;
 *   <li>with the lexicon, a final ا that carries the accusative's tanween ({@link ArabicLexicon#TANWEEN}: عاماً,
 *       أيضاً, written with or without the mark, are عام, ايض);
 *   <li>a pronoun suffix: هما كما هم هن كم كن ها نا; then a ت left before it is the ة of the stem
 *       (مكتبتها → مكتب, like مكتبة → مكتب), except in the plural ات; with the lexicon, ته is ة + the pronoun ه
 *       when the word in ة is attested (حكومته → حكوم), and after ا the ت is a plural's when the plural is attested
 *       (قراراته → قرار), else ة's when the word in ة is (حياتها, حياته → حيا);
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
  private static final char[][] PRONOUN_SUFFIXES = chars("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا");
  private static final char[][] NUMBER_SUFFIXES = chars("ات", "ان", "ين", "ون", "يه");

  /** Tens numerals, whose ون / ين is part of the word (عشرين is not a plural of عشر). */
  private static final CharArraySet TENS = tens();

  private final boolean barePrepositions;
  private final CharArraySet protectedWords;
  private final ArabicLexicon lexicon;
  private final boolean prefixGuard;
  private final boolean suffixGuard;
  /** The lexicon with the stem of each form ({@link #computeCuts}) beside it, or null. */
  private final ArabicLexicon withCuts;
  /** Stems that keep the ة (as ه) or ي that the suffix steps would strip ({@code kept-endings.txt}), or null. */
  private final CharArraySet keptEndings;

  /**
   * The stemmer without a lexicon (fahras 0.1's rules: every first و is stripped, a bare ب ك ل when
   * {@link #BARE_MIN} letters remain).
   *
   * @param barePrepositions whether to strip a bare ب ك ل (not followed by ال)
   * @param protectedWords normalized words whose suffixes are never stripped
   */
  public ArabicLightStemmer(boolean barePrepositions, CharArraySet protectedWords) {
    this(barePrepositions, protectedWords, null, false, false);
  }

  /**
   * The lexicon-guarded stemmer: a first و ف ب ك ل is stripped only when what is left is attested and the whole is
   * not a noun attested with the article; an ending ون ين ان only when the lexicon shows it is an inflection.
   *
   * @param barePrepositions whether to strip a bare ب ك ل (not followed by ال)
   * @param protectedWords normalized words whose suffixes are never stripped
   * @param lexicon attested forms, usually {@link ArabicLexicon#builtIn()}
   */
  public ArabicLightStemmer(boolean barePrepositions, CharArraySet protectedWords, ArabicLexicon lexicon) {
    this(barePrepositions, protectedWords, lexicon, true, true);
  }

  /** With one guard or both (the ablations measure each); a guard needs {@code lexicon}. */
  ArabicLightStemmer(boolean barePrepositions, CharArraySet protectedWords, ArabicLexicon lexicon,
      boolean prefixGuard, boolean suffixGuard) {
    this(barePrepositions, protectedWords, lexicon, prefixGuard, suffixGuard, false);
  }

  private ArabicLightStemmer(boolean barePrepositions, CharArraySet protectedWords, ArabicLexicon lexicon,
      boolean prefixGuard, boolean suffixGuard, boolean precompute) {
    if ((prefixGuard || suffixGuard) && lexicon == null) {
      throw new IllegalArgumentException("a lexicon guard needs a lexicon");
    }
    this.barePrepositions = barePrepositions;
    this.protectedWords = protectedWords;
    this.lexicon = lexicon;
    this.prefixGuard = prefixGuard;
    this.suffixGuard = suffixGuard;
    this.keptEndings = suffixGuard ? WordLists.keptEndings() : null;
    this.withCuts = precompute ? lexicon.withCuts(computeCuts()) : null;
  }

  /**
   * The stemmer of the fahras chain: bare prepositions stripped, fahras's protected words, both guards of the
   * built-in lexicon. Built on first use (thread-safe) and shared; the stem of every form of the lexicon is computed
   * then, so that an attested word costs one lookup.
   */
  public static ArabicLightStemmer builtIn() {
    return BuiltIn.STEMMER;
  }

  private static final class BuiltIn {
    static final ArabicLightStemmer STEMMER = new ArabicLightStemmer(
        true, WordLists.protectedWords(), ArabicLexicon.builtIn(), true, true, true);
  }

  /**
   * Shortest stem left after stripping a bare preposition without a lexicon: one letter more than
   * {@link #MIN_STEM}, because a word-initial ب ك ل is as often the first radical (كتاب, بلاد, لاعب) as a
   * preposition. Measured on the dev sets, 3 scores about the same as 4 (+0.001 to +0.005 MRR@10) but turns كتاب
   * into تاب: 4 it is. With the lexicon the noun guard decides instead.
   */
  static final int BARE_MIN = MIN_STEM + 1;

  /**
   * How many times as often as ي a noun's final letters must be written ى for it to keep its ى ({@code fahras
   * lexicon endings}: the ى lines of {@code kept-endings.txt}, الكلى beside الكلي).
   */
  public static final int MAKSURA_SHARE = 5;

  /**
   * How many times as often as ي a noun of {@code kept-endings.txt} must be written ى for its letters written ي to be
   * a writer's spelling of it (المستشفي 1.8 % of the writings: المستشفى), and its plural in يات its plural
   * (مستويات → مستوى); under it the ي is another word's (عظمي "bony", 6.5 % beside عظمى; العدد الأولي "prime
   * number", 4.8 % beside الأولى).
   */
  public static final int MOSTLY_MAKSURA = 25;

  /** Stems {@code s[0..len)} in place; returns the new length. */
  public int stem(char[] s, int len) {
    if (len <= MIN_STEM) {
      return len; // nothing can be stripped from a word this short
    }
    int cuts = cuts(s, len);
    if (cuts >>> 6 == 2 && keptEndings != null) {
      int end = len - ((cuts >>> 3) & 7); // the kept ي, first letter of the cut
      if (end + 1 == len || end + 2 < len && s[end + 1] == 'ا' && s[end + 2] == 'ت') {
        // a word written ى mostly, here in ي (المستشفي) or in its plural in يات (مستويات, مستشفياتها): the word's
        // stem, مستوى, not مستوي
        int n = cut(s, len, cuts);
        if (WordLists.mostlyAlefMaksura().contains(s, 0, n)) {
          s[n - 1] = 'ى';
        }
        return n;
      }
    }
    return cut(s, len, cuts);
  }

  /**
   * Stems {@code s[0..len)} in place, knowing whether its last letter was written ى (the alef maksura, folded to ي
   * by normalization: {@link ArabicNormalizationFilter#WRITTEN_ALEF_MAKSURA}); returns the new length. With the
   * lexicon, a name of {@code names-alef-maksura.txt} written with ى keeps it: its ى is a letter of the name, not
   * the suffix ي, and the stem is written ى, so that ليلى does not meet ليلي (“nightly”, → ليل) nor ليلة, هدى not
   * هدية (→ هدي), منى not مني (“from me”). Its proclitics go as for any word (الهدى, وليلى). Other words written
   * with ى are stemmed as their folded form — a writer's ى is no evidence in general, since questions and Egyptian
   * sources write ى for a final ي (النادى, المسيحى, فى); see docs/analysis.md — unless {@code kept-endings.txt}
   * lists them in ى, measured as other words than their stem and their form in ي (قتلى, القوى, ذكرى).
   */
  public int stem(char[] s, int len, boolean writtenAlefMaksura) {
    return stem(s, len, writtenAlefMaksura, false);
  }

  /**
   * Stems {@code s[0..len)} in place, knowing whether its last letter was written ى ({@link #stem(char[], int,
   * boolean)}) and whether it was written ة ({@link ArabicNormalizationFilter#WRITTEN_TEH_MARBUTA}); returns the
   * new length. With the lexicon, a word written in ة whose stem is one of {@code kept-endings.txt} keeps its ة (as
   * ه): عملة → عمله, apart from عمل, while عمله ("his work", a pronoun ه) → عمل. Its plural and pronoun forms
   * (العملات, عملتها) reach the same stem by the suffix steps, whatever the writer's ة.
   */
  public int stem(char[] s, int len, boolean writtenAlefMaksura, boolean writtenTehMarbuta) {
    if (len > 0 && s[len - 1] == 'ى') {
      s[len - 1] = 'ي'; // an exact term that kept the ى of its stem (AlefMaksuraMarker): normalized, ي + the flag
      writtenAlefMaksura = true;
    }
    if (writtenTehMarbuta && keptEndings != null && len > MIN_STEM) {
      int cuts = cuts(s, len);
      // KEEP_IF_TEH_MARBUTA, computed with the other cuts (once per lexicon form): the proclitics only
      return cut(s, len, cuts >>> 6 == KEEP_IF_TEH_MARBUTA ? cuts & 7 : cuts);
    }
    if (!writtenAlefMaksura || lexicon == null || len == 0 || s[len - 1] != 'ي') {
      return stem(s, len);
    }
    int cuts = len <= MIN_STEM ? 0 : cuts(s, len);
    int start = cuts & 7;
    if (start > 0 && s[start - 1] == 'ل' && WordLists.namesWithAlefMaksura().contains(s, start - 1, len - start + 1)) {
      start--; // لليلى is ل + ليلى, not لل + يلى: the name's ل, as in للجنة
    }
    if (!WordLists.namesWithAlefMaksura().contains(s, start, len - start)
        && (keptEndings == null || !WordLists.keptAlefMaksura().contains(s, start, len - start))) {
      return cut(s, len, cuts); // as the folded word: questions write ى for ي (المسيحى, الأهلى)
    }
    int n = cut(s, len, start); // the proclitics only: the final letter is the name's
    s[n - 1] = 'ى';
    return n;
  }

  /**
   * What {@link #stem} removes from {@code s[0..len)} (longer than {@link #MIN_STEM}), as {@code start | (len - end)
   * << 3}; {@link #cut} applies it.
   */
  int cuts(char[] s, int len) {
    int c = withCuts == null ? -1 : withCuts.cuts(s, 0, len);
    if (c >= 0) {
      return c; // an attested form (most tokens of running text): computed once, one lookup instead of several
    }
    return packCuts(bounds(s, len), len);
  }

  /** Letters a stem may end in after its suffix is cut ({@link #bounds}' kept ending): none, ه (ة), ي. */
  private static final char[] KEPT_LETTER = {0, 'ه', 'ي'};

  /**
   * The kept code (beside the indexes of {@link #KEPT_LETTER}) of a form whose cut is its final ه alone and whose
   * stem with it is in {@code kept-endings.txt}: the ه stays when the word was written ة (عملة → عمله), goes when it
   * was written ه (عمله, "his work" → عمل). Decided with the other cuts, so that a word in ة costs no lookup.
   */
  private static final int KEEP_IF_TEH_MARBUTA = 3;

  /**
   * {@link #bounds} of a form of {@code len} chars as {@code start | (len - end) << 3 | kept << 6}, where kept is
   * the index in {@link #KEPT_LETTER} of the letter written after the cut: one byte.
   */
  private static int packCuts(long bounds, int len) {
    int start = (int) (bounds >>> 32);
    int kept = (int) (bounds >>> 24) & 3;
    int cut = len - ((int) bounds & 0xFFFFFF);
    if (start > 7 || cut > 7) {
      // the rules strip at most 4 + 7 letters (a pronoun, ين, the ت of ة and a nisba's ي: عمليتيهما); a form that
      // would need more (a tanween on top) is left whole rather than failing the analysis of a document
      return 0;
    }
    return start | cut << 3 | kept << 6;
  }

  /** Applies {@code cuts} (from {@link #cuts}) to {@code s[0..len)} in place; returns the new length. */
  static int cut(char[] s, int len, int cuts) {
    int start = cuts & 7;
    int n = len - ((cuts >>> 3) & 7) - start;
    if (start > 0) {
      System.arraycopy(s, start, s, 0, n);
    }
    int kept = cuts >>> 6;
    if (kept != 0 && kept != KEEP_IF_TEH_MARBUTA) {
      s[n++] = KEPT_LETTER[kept]; // within the cut letters, so within s
    }
    return n;
  }

  /**
   * The stem of {@code s[0..len)} (longer than {@link #MIN_STEM}) as {@code start << 32 | kept << 24 | end}, by the
   * rules; kept indexes {@link #KEPT_LETTER}.
   */
  private long bounds(char[] s, int len) {
    int start = article(s, 0, len);
    boolean article = start >= 0;
    if (!article) {
      start = 0;
    }
    boolean bareAllowed = barePrepositions && !article;
    boolean isProtected;
    if (prefixGuard) {
      if (!article) {
        start = proclitics(s, len);
        // a proclitic on a word that begins like the article is stemmed as that word is: لألمانيا as ألمانيا
        // (ل + the article would be written لل), بكاليفورنيا as كاليفورنيا
        int inner = start > 0 && len - start > MIN_STEM ? article(s, start, len) : -1;
        if (inner >= 0) {
          start = inner;
          article = true;
        }
      }
      isProtected = protectedWords.contains(s, start, len - start);
    } else {
      if (!article && s[0] == 'و' && len - 1 >= MIN_STEM) {
        start = 1;
      }
      if (bareAllowed && isPreposition(s[start]) && protectedWords.contains(s, start + 1, len - start - 1)) {
        start++; // بلبنان: a preposition on a protected name
        isProtected = true;
      } else {
        isProtected = protectedWords.contains(s, start, len - start);
      }
    }
    int end = len;
    if (!isProtected) {
      // عاماً, أيضاً: an ا that carries the accusative's tanween is an ending; the word is what precedes it
      int word = suffixGuard && lexicon.isTanween(s, start, len - start) ? len - 1 : len;
      end = suffixEnd(s, start, word);
      if (suffixGuard && end < word && end - start == MIN_STEM - 1
          && (s[end] == 'ت' || (s[end] == 'ا' && end + 1 < word && s[end + 1] == 'ت'))) {
        // a word of three letters in ة (قوة, مدة) with a pronoun, as a dual or a plural: its stem is the word
        return (long) start << 32 | 1L << 24 | end;
      }
      if (keptEndings != null && end < word) {
        int kept = keptEnding(s, start, end, word);
        if (kept != 0) {
          return (long) start << 32 | (long) kept << 24 | end;
        }
        if (word == len && end == len - 1 && s[end] == 'ه' && keptEndings.contains(s, start, len - start)) {
          return (long) start << 32 | (long) KEEP_IF_TEH_MARBUTA << 24 | end;
        }
      }
      // Without a lexicon a bare preposition is judged on what is left once suffixes are gone, so that a word
      // that merely starts with ب ك ل keeps it when its stem is short (كتابهم → كتاب, not تاب; بلاده → بلاد).
      if (!prefixGuard && bareAllowed && isPreposition(s[start]) && end - start - 1 >= BARE_MIN) {
        start++;
      }
    }
    return (long) start << 32 | end;
  }

  /**
   * Where the stem of {@code s[off..len)} begins once a definite article with its proclitics is stripped, or -1
   * when it has none (the article step of the class comment).
   */
  private int article(char[] s, int off, int len) {
    char first = s[off];
    if (first != 'ا' && first != 'و' && first != 'ف' && first != 'ب' && first != 'ك' && first != 'ل') {
      return -1;
    }
    int n = len - off;
    for (char[] p : ARTICLE_PREFIXES) {
      // a two-letter noun may follow an article (الفن), where three-letter stems are otherwise the rule
      boolean twoLetterNoun = prefixGuard && n == p.length + 2;
      if ((n - p.length < MIN_STEM && !twoLetterNoun) || !startsWith(s, off, len, p)) {
        continue;
      }
      if (prefixGuard && p.length > 2 && ownsFirstLetter(s, off, len)) {
        return -1; // كالسيوم, بالون, وكالات: a noun whose first letters only look like a proclitic and the article
      }
      if (twoLetterNoun) {
        // الفن → فن, as للفن, والفن; لل is ل + the article with its ا dropped (للحد → حد, as الحد), unless the
        // noun's own ل follows (للعب → لعب: ل + اللعب, which outnumbers العب)
        int article = off + p.length - 2;
        if (protectedWords.contains(s, off, n) || protectedWords.contains(s, article, len - article)) {
          continue; // الله, بالله
        }
        if (s[article] == 'ل') {
          int f = lexicon.flags(s, article, 4);
          if ((f & ArabicLexicon.WORD) == 0) {
            continue; // an unattested لل form (للبس) is not judged: its ل stays the noun's, as the bare ل rule says
          }
          if ((f & ArabicLexicon.NOUN_AFTER_L) != 0) {
            return article + 1;
          }
        }
        if (lexicon.has(s, len - 2, 2, ArabicLexicon.NOUN)) {
          return len - 2;
        }
        continue;
      }
      int start = off + p.length;
      if (prefixGuard && p[p.length - 2] == 'ا' && p[p.length - 1] == 'ل' && ownArticle(s, start - 2, len)) {
        return start - 2; // التزام, والتزام, التزامها → التزام: the ال is the noun's own (إلتزام), only و goes
      }
      if (prefixGuard && p[p.length - 1] == 'ل' && p[p.length - 2] == 'ل'
          && (lexicon.has(s, start - 2, len - start + 2, ArabicLexicon.NOUN_AFTER_L)
              || protectedWords.contains(s, start - 1, len - start + 1))) {
        start--; // للجنة is ل + اللجنة, written with the article's ل dropped: its ل is the noun's
      }
      return start;
    }
    return -1;
  }

  /**
   * Whether the stem {@code s[start..end)}, cut from {@code s[start..word)}, keeps the first letter of what was cut
   * as ي or ة: {@link #KEPT_LETTER}'s index, 0 when not. A cut that begins with ي keeps it, whatever follows (the
   * nisba's ي alone, ية, يات, يين, يون, يان, ت before a pronoun: مصري, المصرية, المصريين, عملياته → مصري, عملي),
   * unless it is the ين of a plural (معلمين → معلم): a light stemmer that strips the nisba makes one word of مصري and
   * مصر, اقتصادي and اقتصاد, حسني and حسن, and of a word written ى and its root (قتلى → قتل). One that begins with
   * the ت of ة or of ات (عملات, عملتها) keeps ة as ه (→ عمله, apart from عمل) when the stem with it is in
   * {@code kept-endings.txt}. A cut of the final ه alone is decided by how the word was written
   * ({@link #stem(char[], int, boolean, boolean)}).
   */
  private int keptEnding(char[] s, int start, int end, int word) {
    char first = s[end];
    if (first == 'ي') {
      return word - end == 2 && s[end + 1] == 'ن' ? 0 : 2;
    }
    if (first != 'ت' && !(first == 'ا' && end + 1 < word && s[end + 1] == 'ت')) {
      return 0;
    }
    s[end] = KEPT_LETTER[1];
    try {
      return keptEndings.contains(s, start, end + 1 - start) ? 1 : 0;
    } finally {
      s[end] = first;
    }
  }

  /**
   * For each form of the lexicon, {@code start | (len - end) << 3} of its stem: the rules depend on nothing but the
   * form, so their answer for an attested form can be computed once.
   */
  private byte[] computeCuts() {
    byte[] out = new byte[lexicon.size()];
    char[] buf = new char[lexicon.maxLength()];
    for (int i = 0; i < out.length; i++) {
      int len = lexicon.form(i, buf);
      if (len > MIN_STEM) {
        out[i] = (byte) packCuts(bounds(buf, len), len);
      }
    }
    return out;
  }

  /** How many proclitic letters (a conjunction و ف, then a preposition ب ك ل) begin {@code s[0..len)}. */
  private int proclitics(char[] s, int len) {
    int start = 0;
    char c = s[0];
    if ((c == 'و' || c == 'ف') && len - 1 >= MIN_STEM && strippable(s, 0, len, true)) {
      start = 1;
    }
    if (barePrepositions && isPreposition(s[start]) && len - start - 1 >= MIN_STEM
        && strippable(s, start, len, false)) {
      start++;
    }
    return start;
  }

  /**
   * Whether the first letter of {@code s[off..len)} is a proclitic: the whole is not a protected word nor a noun
   * attested with the article (nor inflected from one), and the rest is attested as a word or as the stem of one
   * (or, after a conjunction, is itself a preposition on such a rest: وبمدينتهم).
   */
  private boolean strippable(char[] s, int off, int len, boolean conjunction) {
    // one lookup answers the common case, a noun (وزارة) or a word that owns its letter (كشفت)
    if ((lexicon.flags(s, off, len - off) & (ArabicLexicon.NOUN | ArabicLexicon.OWN_FIRST)) != 0
        || protectedWords.contains(s, off, len - off) || suffixedNoun(s, off, len)) {
      return false;
    }
    // كاملاً is كامل with the tanween, a noun that owns its ك (not ك + أملاً)
    if (suffixGuard && lexicon.isTanween(s, off, len - off)
        && (lexicon.flags(s, off, len - 1 - off) & (ArabicLexicon.NOUN | ArabicLexicon.OWN_FIRST)) != 0) {
      return false;
    }
    int rest = off + 1;
    if (protectedWords.contains(s, rest, len - rest) || attested(s, rest, len)) {
      return true;
    }
    return conjunction && barePrepositions && isPreposition(s[rest]) && len - rest - 1 >= MIN_STEM
        && !ownsFirstLetter(s, rest, len)
        && (protectedWords.contains(s, rest + 1, len - rest - 1) || attested(s, rest + 1, len));
  }

  /** Whether {@code s[off..len)} is attested as a word or a stem, or its suffix-stripped form is. */
  private boolean attested(char[] s, int off, int len) {
    if (lexicon.has(s, off, len - off, ArabicLexicon.WORD | ArabicLexicon.STEM)) {
      return true;
    }
    int e = suffixEnd(s, off, len);
    return e < len && lexicon.has(s, off, e - off, ArabicLexicon.WORD | ArabicLexicon.STEM);
  }

  /**
   * Whether {@code s[off..len)} is a form whose ال is its own, or one with a pronoun suffix (التزامها, التزامهم).
   * Only a pronoun of two letters or more: a final ه may be ة (الواحة is ال + واحة, not ألواح + ه).
   */
  private boolean ownArticle(char[] s, int off, int len) {
    if (lexicon.has(s, off, len - off, ArabicLexicon.OWN_ARTICLE)) {
      return true;
    }
    int e = stripSuffix(s, off, len, PRONOUN_SUFFIXES);
    return e < len && e - off >= 5 && lexicon.has(s, off, e - off, ArabicLexicon.OWN_ARTICLE);
  }

  /** Whether {@code s[off..len)} is a noun attested with the article, or a suffixed form of one (وزارتها). */
  private boolean ownsFirstLetter(char[] s, int off, int len) {
    return lexicon.has(s, off, len - off, ArabicLexicon.NOUN) || suffixedNoun(s, off, len);
  }

  /** Whether the suffix steps leave of {@code s[off..len)} a noun or a noun's stem. */
  private boolean suffixedNoun(char[] s, int off, int len) {
    int e = suffixEnd(s, off, len);
    return e < len && lexicon.has(s, off, e - off, ArabicLexicon.NOUN | ArabicLexicon.NOUN_STEM);
  }

  /** End of the stem once the suffix steps (pronoun, number, final letter) have run on {@code s[start..end)}. */
  int suffixEnd(char[] s, int start, int end) {
    if (suffixGuard && s[end - 1] == 'ن' && TENS.contains(s, start, end - start)) {
      return end;
    }
    int beforePronoun = end;
    end = stripSuffix(s, start, end, PRONOUN_SUFFIXES);
    if (end < beforePronoun && s[end - 1] == 'ت' && s[end - 2] != 'ا' && end - start - 1 >= MIN_STEM) {
      // ة is written ت before a pronoun: مكتبتها → مكتب, as مكتبة → مكتب (not the ات of plurals). That ة was
      // the word's ending, so no number suffix or final letter comes before it (مدينتهم → مدين, not مد),
      // but for the يه of nisba nouns, as in the bare word (ولايتها → ولا, as ولاية → ولا).
      if (suffixGuard && s[end - 2] == 'ي' && end - 2 - start >= MIN_STEM) {
        return end - 2;
      }
      return end - 1;
    }
    if (end < beforePronoun && suffixGuard && s[end - 1] == 'ت' && end - start - 1 == MIN_STEM - 1
        && s[end - 2] != 'ا' && tehMarbutaWord(s, start, end - 1)) {
      return end - 1; // قوتها, مدتها: the ة of a word of three letters (قوة), kept as ه by bounds
    }
    if (end == beforePronoun && suffixGuard && end - start - 2 == MIN_STEM - 1 && s[end - 1] == 'ه'
        && s[end - 2] == 'ت' && s[end - 3] != 'ا' && tehMarbutaWord(s, start, end - 2)) {
      return end - 2; // قوته, مدته, as قوتها
    }
    if (end == beforePronoun && suffixGuard && end - start - 2 >= MIN_STEM - 1 && s[end - 1] == 'ي'
        && s[end - 2] == 'ت' && tehMarbutaWord(s, start, end - 2, s[end - 3] == 'ا')) {
      // the pronoun ي after ة, written ت: مدينتي, حالتي, as مدينتها; ولايتي → ولا, as ولايتها; مباراتي → مبارا
      // (a noun in اة outnumbering the ات form; معلوماتي is no معلوماة)
      return s[end - 3] == 'ي' && end - 3 - start >= MIN_STEM ? end - 3 : end - 2;
    }
    if (end == beforePronoun && suffixGuard && end - start - 2 >= MIN_STEM && s[end - 1] == 'ه'
        && s[end - 2] == 'ت') {
      // the pronoun ه (also ة's letter once normalized) after a ت that is ة or the ت of ات
      if (s[end - 3] != 'ا') {
        if (wordInTehMarbuta(s, start, end - 2)) {
          // ة, as before ها above: حكومته → حكوم, as حكومتها and حكومة; ولايته → ولا
          return s[end - 3] == 'ي' && end - 3 - start >= MIN_STEM ? end - 3 : end - 2;
        }
      } else if (tehMarbutaWord(s, start, end - 2, true)) {
        return end - 2; // a noun in اة, more frequent than its letters in ات: مباراته → مبارا, as مباراة
      } else if (lexicon.has(s, start, end - 1 - start, ArabicLexicon.WORD)) {
        if (lexicon.rank(s, start, end - 1 - start) < lexicon.rank(s, start, end - start)) {
          // a plural in ات with the pronoun ه: قراراته → قرارات → قرار, as قراراتها (the plural is the more
          // frequent form; مصراتة, Misrata, is more frequent than مصرات, and stays a word in ة)
          end--;
        }
      } else if (wordInTehMarbuta(s, start, end - 2)) {
        return end - 2; // ة after ا with the pronoun ه: حياته → حيا, as حياة
      }
    }
    if (end < beforePronoun && suffixGuard && s[end - 1] == 'ت' && s[end - 2] == 'ا' && end - start - 1 >= MIN_STEM
        && (lexicon.has(s, start, end - start, ArabicLexicon.WORD) ? tehMarbutaWord(s, start, end - 1, true)
            : wordInTehMarbuta(s, start, end - 1))) {
      // اة before a pronoun, unless the form is a plural in ات (قراراتها → قرار; there is no قراراة): حياتها → حيا,
      // as حياة; and where the ات form is attested, a noun in اة that outnumbers it: مباراتهم → مبارا, مباراة
      // outnumbering the typo مبارات, but اياتها → ايات, إياه being no noun
      return end - 1;
    }
    int beforeNumber = end;
    end = stripSuffix(s, start, end, NUMBER_SUFFIXES);
    if (end < beforeNumber && suffixGuard && s[beforeNumber - 1] == 'ن'
        && (s[beforeNumber - 2] == 'ي' || s[beforeNumber - 2] == 'ا') && s[end - 1] == 'ت'
        && end - 1 - start >= MIN_STEM - 1 && tehMarbutaWord(s, start, end - 1, s[end - 2] == 'ا')) {
      // the dual of a word in ة, whose ة is written ت: مرتين, كبيرتين, عمليتين, مباراتين → as مرة, كبيرة, عملية,
      // مباراة
      return s[end - 2] == 'ي' && end - 2 - start >= MIN_STEM ? end - 2 : end - 1;
    }
    if (end == beforeNumber && suffixGuard && end - start == MIN_STEM + 1 && s[end - 2] == 'ا' && s[end - 1] == 'ت'
        && inTehMarbuta(s, start, end - 2, ArabicLexicon.NOUN)) {
      return end - 2; // قوات, مرات, لغات: the plural of a word of three letters in ة (قوة), kept as ه by bounds
    }
    if (end < beforeNumber && suffixGuard && !inflectedEnding(s, start, beforeNumber)) {
      return beforeNumber; // زيتون, قانون, تمرين: the ending is the word's
    }
    if (end - start - 1 >= MIN_STEM && (s[end - 1] == 'ه' || s[end - 1] == 'ي')) {
      end--;
    }
    return end;
  }

  /**
   * Whether {@code s[start..t]}, with the letter at {@code t} (a ت, or the ا of ات) read as ة, is an entry with
   * {@code flags}: a word (حكومته: حكومة, حكومه once normalized) or a noun attested with the article (قوة for قوات;
   * not نبه for نبات, a word but no noun). Looked up in place: the letter is written ه, then restored.
   */
  private boolean inTehMarbuta(char[] s, int start, int t, int flags) {
    char was = s[t];
    s[t] = 'ه';
    try {
      return lexicon.has(s, start, t + 1 - start, flags);
    } finally {
      s[t] = was;
    }
  }

  private boolean wordInTehMarbuta(char[] s, int start, int t) {
    return inTehMarbuta(s, start, t, ArabicLexicon.WORD);
  }

  private boolean tehMarbutaWord(char[] s, int start, int t) {
    return tehMarbutaWord(s, start, t, false);
  }

  /**
   * Whether {@code s[start..t]} read with ة at {@code t} is an attested word ({@code noun}: a noun attested with the
   * article), more frequent than the same letters with the ت at {@code t} (قوة against قوت; not بيه against بيت):
   * the evidence the rules that read a ت as ة in a short word, a dual or the pronoun ي ask for. After ا, where the
   * ت may be a plural's, they ask for a noun (مباراة, حياة; not إياه against آيات).
   */
  private boolean tehMarbutaWord(char[] s, int start, int t, boolean noun) {
    char was = s[t];
    s[t] = 'ه';
    try {
      if (!lexicon.has(s, start, t + 1 - start, noun ? ArabicLexicon.NOUN : ArabicLexicon.WORD)) {
        return false;
      }
      int withTeh = lexicon.rank(s, start, t + 1 - start);
      s[t] = 'ت';
      return !lexicon.has(s, start, t + 1 - start, ArabicLexicon.WORD) || withTeh < lexicon.rank(s, start, t + 1 - start);
    } finally {
      s[t] = was;
    }
  }

  /**
   * Whether the ون ين ان (or ات يه) ending {@code s[start..end)} is an inflection. ات and يه always are; for the
   * others, an attested word needs a sibling ending on the same base (معلمون / معلمين); an unattested one
   * needs an attested base, so a rare name keeps its ending.
   */
  private boolean inflectedEnding(char[] s, int start, int end) {
    char a = s[end - 2];
    char b = s[end - 1];
    if (b != 'ن' || (a != 'و' && a != 'ي' && a != 'ا')) {
      return true;
    }
    int f = lexicon.flags(s, start, end - start);
    if ((f & ArabicLexicon.WORD) != 0) {
      return (f & ArabicLexicon.INFLECTED) != 0;
    }
    return lexicon.has(s, start, end - 2 - start, ArabicLexicon.WORD | ArabicLexicon.STEM);
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

  private static CharArraySet tens() {
    CharArraySet set = new CharArraySet(16, false);
    for (String t : new String[] {"عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"}) {
      set.add(t + "ون");
      set.add(t + "ين");
    }
    return CharArraySet.unmodifiableSet(set);
  }

  private static char[][] chars(String... words) {
    char[][] out = new char[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].toCharArray();
    }
    return out;
  }
}
