package org.fahras.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The forms attested in fahras's corpora (ANT v1.1 and v2.1 news, the dev corpora), each with what the corpora say
 * about it, so that {@link ArabicLightStemmer} strips a letter only where the text shows it is an affix. Built by
 * {@code bin/fahras lexicon build} and shipped in the jar as {@value #RESOURCE}; the built-in lexicon is loaded once,
 * on first use, and shared.
 *
 * <p>An entry is a normalized form with flags: {@link #WORD} (seen at least {@value #MIN_COUNT} times),
 * {@link #NOUN} (seen at least {@value #MIN_COUNT} times after the article ال: a noun in its own right, so its
 * first letter is its own), {@link #STEM} (what the suffix steps leave of a word), {@link #NOUN_STEM} (what they
 * leave of a noun), {@link #INFLECTED} (a word in ون ين ان whose ending is an inflection: another of the three
 * endings is attested on the same base, as in معلمون / معلمين; زيتون and قانون have none, their ending is theirs)
 * and {@link #OWN_FIRST} (a word whose first و ف ب ك ل is its own: it is far more frequent than the rest would
 * be, as كشفت beside شفت; for ف, merely more frequent, as فيفري beside يفري) and {@link #NOUN_AFTER_L} (a form
 * لل + X that is ل + اللX: اللجنة outnumbers الجنة, so للجنة is "for the committee").
 *
 * <p>Lookups take a range of a {@code char[]} and allocate nothing: an open-addressing hash table of entry numbers
 * over one pool of chars.
 */
public final class ArabicLexicon {
  /** Name of the built-in lexicon, a resource beside this class. */
  public static final String RESOURCE = "lexicon.txt.gz";

  /** Fewest occurrences that make a form attested. */
  public static final int MIN_COUNT = 2;

  static final int WORD = 1;
  static final int NOUN = 2;
  static final int STEM = 4;
  static final int NOUN_STEM = 8;
  static final int INFLECTED = 16;
  static final int OWN_FIRST = 32;
  /** A noun is seen with the article at least 1/NOUN_RATIO as often as bare. */
  static final int NOUN_RATIO = 50;
  /** A form this many times more frequent than its rest owns its first letter (ف: once). */
  static final int OWN_RATIO = 10;
  static final int NOUN_AFTER_L = 64;
  private static final int ALL_FLAGS = 127;
  /** A sibling ending must be seen at least 1/SIBLING_RATIO as often as the form to make it an inflection. */
  static final int SIBLING_RATIO = 50;

  private final char[] pool;
  private final int[] starts; // entry i is pool[starts[i] .. starts[i + 1])
  private final byte[] flags;
  private final int[] table; // entry number + 1, 0 = empty
  private final int mask;

  private ArabicLexicon(char[] pool, int[] starts, byte[] flags) {
    this.pool = pool;
    this.starts = starts;
    this.flags = flags;
    int n = flags.length;
    int size = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    this.table = new int[size];
    this.mask = size - 1;
    for (int i = 0; i < n; i++) {
      int slot = hash(pool, starts[i], starts[i + 1] - starts[i]) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
  }

  /** The lexicon shipped in the jar, loaded on first use (thread-safe) and shared by every analyzer. */
  public static ArabicLexicon builtIn() {
    return Holder.BUILT_IN;
  }

  private static final class Holder {
    static final ArabicLexicon BUILT_IN = loadResource();
  }

  /** Number of entries. */
  public int size() {
    return flags.length;
  }

  /** Whether {@code word} (normalized) was seen at least {@value #MIN_COUNT} times. */
  public boolean isWord(String word) {
    char[] c = word.toCharArray();
    return has(c, 0, c.length, WORD);
  }

  /** Whether {@code word} (normalized) was seen at least {@value #MIN_COUNT} times with the article ال. */
  public boolean isNoun(String word) {
    char[] c = word.toCharArray();
    return has(c, 0, c.length, NOUN);
  }

  /** Flags of {@code s[off .. off+len)}, 0 when it is not an entry. */
  int flags(char[] s, int off, int len) {
    int slot = hash(s, off, len) & mask;
    int e;
    while ((e = table[slot]) != 0) {
      int start = starts[e - 1];
      if (starts[e] - start == len && Arrays.equals(pool, start, start + len, s, off, off + len)) {
        return flags[e - 1];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  boolean has(char[] s, int off, int len, int flag) {
    return (flags(s, off, len) & flag) != 0;
  }

  private static int hash(char[] s, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + s[i];
    }
    return h ^ (h >>> 15) ^ (h >>> 7);
  }

  // ---- building ----

  /**
   * Builds the lexicon's text from form counts: one entry per line, {@code FLAGS<TAB>form}, sorted by form, after a
   * {@code #} comment line. {@code counts} maps normalized forms, as the exact analyzer emits them, to occurrences.
   */
  public static String build(Map<String, Integer> counts) {
    // A noun: seen with the article, alone or after و ف ب ك (لل is left out: للبنان is ل + لبنان).
    Map<String, Integer> withArticle = new HashMap<>();
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
    // A word is attested alone or with the article (المعلمون attests معلمون).
    Map<String, Integer> total = new HashMap<>(counts);
    withArticle.forEach((w, n) -> total.merge(w, n, Integer::sum));
    TreeMap<String, Integer> entries = new TreeMap<>();
    total.forEach((w, n) -> {
      if (n >= MIN_COUNT && isArabic(w)) {
        int article = withArticle.getOrDefault(w, 0);
        // a two-letter noun must also be common bare: اليه is not ال + يه, الاف not ال + اف
        // and a noun is seen with the article not much rarer than bare: الواكد, a surname, does not make واكد one
        boolean noun = article >= Math.max(MIN_COUNT, counts.getOrDefault(w, 0) / NOUN_RATIO)
            && (w.length() > 2 || counts.getOrDefault(w, 0) >= Math.max(MIN_COUNT, article / 20));
        entries.put(w, WORD | (noun ? NOUN : 0));
      }
    });
    // A first letter that is the word's: the form is far more frequent than what would be left (كشفت beside
    // شفت, ليست beside يست); for ف merely more frequent (فيفري, فيما), the conjunction ف being always the rarer
    // form (فقال beside قال), where a preposition can lead (بسبب beside سبب); for و fifty times (واشنطن beside the
    // typo اشنطن), as news opens sentences with it and واضاف outnumbers اضاف.
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String w = e.getKey();
      char c = w.charAt(0);
      if (w.length() > 3 && "وفبكل".indexOf(c) >= 0) {
        long rest = total.getOrDefault(w.substring(1), 0);
        if (total.get(w) > (c == 'ف' ? 1 : c == 'و' ? 5 * OWN_RATIO : OWN_RATIO) * rest) {
          e.setValue(e.getValue() | OWN_FIRST);
        }
      }
    }
    // لل + X is ل + اللX (للجنة, the article's ل dropped before the noun's) when اللX outnumbers الX (الجنة).
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String w = e.getKey();
      if (w.length() >= 5 && w.startsWith("لل")
          && counts.getOrDefault("ا" + w, 0) > counts.getOrDefault("ال" + w.substring(2), 0)) {
        e.setValue(e.getValue() | NOUN_AFTER_L);
      }
    }
    // An inflected ending: another of ون ين ان on the same base, not much rarer (a sibling seen twice beside a
    // form seen hundreds of times is noise: تامان beside تامين).
    for (String w : List.copyOf(entries.keySet())) {
      int len = w.length();
      if (len > 2 && (w.endsWith("ون") || w.endsWith("ين") || w.endsWith("ان"))) {
        String base = w.substring(0, len - 2);
        int needed = Math.max(MIN_COUNT, total.get(w) / SIBLING_RATIO);
        for (String other : new String[] {"ون", "ين", "ان"}) {
          if (!w.endsWith(other) && total.getOrDefault(base + other, 0) >= needed) {
            entries.merge(w, INFLECTED, (x, y) -> x | y);
            break;
          }
        }
      }
    }
    // Stems: what the suffix steps leave of each word, judged with the flags set so far.
    ArabicLexicon partial = fromEntries(entries);
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
    StringBuilder out = new StringBuilder(entries.size() * 12);
    out.append("# fahras lexicon: FLAGS<TAB>form; flags 1 word, 2 noun (with ال), 4 stem, 8 stem of a noun,"
        + " 16 inflected ending, 32 first letter its own, 64 لل is ل + ال + ل; built by bin/fahras lexicon build\n");
    entries.forEach((k, v) -> out.append(v).append('\t').append(k).append('\n'));
    return out.toString();
  }

  private static final String[] ARTICLES = {"وال", "فال", "بال", "كال", "ال"};

  private static boolean isArabic(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }

  private static ArabicLexicon fromEntries(Map<String, Integer> entries) {
    int n = entries.size();
    int chars = 0;
    for (String k : entries.keySet()) {
      chars += k.length();
    }
    char[] pool = new char[chars];
    int[] starts = new int[n + 1];
    byte[] flags = new byte[n];
    int i = 0;
    int at = 0;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String k = e.getKey();
      k.getChars(0, k.length(), pool, at);
      starts[i] = at;
      flags[i] = (byte) (int) e.getValue();
      at += k.length();
      i++;
    }
    starts[n] = at;
    return new ArabicLexicon(pool, starts, flags);
  }

  // ---- loading ----

  private static ArabicLexicon loadResource() {
    try (InputStream in = ArabicLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + RESOURCE + " missing from the fahras jar");
      }
      return read(new GZIPInputStream(in, 1 << 16), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lexicon " + RESOURCE, e);
    }
  }

  /** Reads a lexicon in the text form {@link #build} writes; {@code name} names it in errors. */
  static ArabicLexicon read(InputStream in, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    StringBuilder pool = new StringBuilder(1 << 20);
    List<Integer> starts = new ArrayList<>(1 << 18);
    List<Byte> flags = new ArrayList<>(1 << 18);
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      int f;
      try {
        f = tab > 0 ? Integer.parseInt(line, 0, tab, 10) : -1;
      } catch (NumberFormatException e) {
        f = -1;
      }
      if (f <= 0 || f > ALL_FLAGS || tab == line.length() - 1) {
        throw new IOException(name + ":" + lineNo + ": expected FLAGS<TAB>form, got \"" + line + "\"");
      }
      starts.add(pool.length());
      flags.add((byte) f);
      pool.append(line, tab + 1, line.length());
    }
    int n = flags.size();
    int[] s = new int[n + 1];
    byte[] fl = new byte[n];
    for (int i = 0; i < n; i++) {
      s[i] = starts.get(i);
      fl[i] = flags.get(i);
    }
    s[n] = pool.length();
    char[] p = new char[pool.length()];
    pool.getChars(0, p.length, p, 0);
    return new ArabicLexicon(p, s, fl);
  }
}
