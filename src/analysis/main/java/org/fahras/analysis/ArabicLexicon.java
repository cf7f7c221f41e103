package org.fahras.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The forms attested in fahras's corpora (ANT v1.1 and v2.1 news, the dev corpora), each with what the corpora say
 * about it, so that {@link ArabicLightStemmer} strips a letter only where the text shows it is an affix. Built by
 * {@code LexiconBuilder} from corpus counts ({@code bin/fahras lexicon build}) and shipped in the jar as
 * {@value #RESOURCE}; the built-in lexicon is loaded once, on first use, and shared. This class is the runtime side:
 * the packed tables, their lookups and the reader of the text form; it depends on no builder.
 *
 * <p>An entry is a normalized form with flags: {@link #WORD} (seen at least {@value #MIN_COUNT} times),
 * {@link #NOUN} (seen at least {@value #MIN_COUNT} times after the article ال: a noun in its own right, so its
 * first letter is its own), {@link #STEM} (what the suffix steps leave of a word), {@link #NOUN_STEM} (what they
 * leave of a noun), {@link #INFLECTED} (a word in ون ين ان whose ending is an inflection: another of the three
 * endings is attested on the same base, as in معلمون / معلمين; زيتون and قانون have none, their ending is theirs)
 * and {@link #OWN_FIRST} (a word whose first و ف ب ك ل is its own: it is far more frequent than the rest would
 * be, as كشفت beside شفت; for ف, merely more frequent, as فيفري beside يفري), {@link #NOUN_AFTER_L} (a form
 * لل + X that is ل + اللX: اللجنة outnumbers الجنة, so للجنة is "for the committee"; or ل + لX, neither being seen
 * with the article: للاعبي, "for the players of") and {@link #OWN_ARTICLE} (a
 * form whose ال is its own: التزام, written إلتزام/التزام, takes the article, الالتزام, and تزام is not a word).
 *
 * <p>Lookups take a range of a {@code char[]} and allocate nothing: an open-addressing hash table over one pool of
 * chars, whose slot holds all a lookup needs but the letters (the field {@code slots}). The file lists the most frequent
 * forms first; a copy made for a stemmer keeps its answers beside the forms, with, for the 32,768 most frequent, a
 * small table whose slots hold the letters too (the field {@code hot}).
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
  static final int NOUN_AFTER_L = 64;
  /**
   * A form in ال whose ال is its own (التزام, الغاء, الكتروني: أل / إل after normalization): it takes the article
   * itself (الالتزام) and is far more frequent than its rest is alone (تزام).
   */
  static final int OWN_ARTICLE = 128;
  /**
   * A form in ا whose ا carries the tanween of the accusative (عاماً, أيضاً, رسمياً: written with the mark in at least
   * 1/20 of its occurrences, at least {@value #MIN_COUNT} times, its base a word of three
   * letters or more):
   * the ا is an ending, not a letter of the word, so عاما and عاماً meet عام. Names in ا (سوريا, روسيا, دوما) are
   * almost never written with the mark.
   */
  static final int TANWEEN = 256;
  private static final int ALL_FLAGS = 511;

  private final char[] pool;
  /** The {@link #TANWEEN} forms (a few thousand): kept apart, the slots have room for 8 flags. */
  private final CharArraySet tanween;
  private final int[] starts; // entry i is pool[starts[i] .. starts[i + 1])
  private final byte[] flags;
  /**
   * Open addressing, linear probing; a slot holds all a lookup needs, so that it costs two memory reads (the slot,
   * then the form's chars to confirm), not four: bit 63 set, a 20-bit fingerprint of the hash (bits 43–62), the
   * flags (35–42), the stem cuts of {@link #withCuts} (27–34), the form's length (21–26) and its offset in the pool
   * (0–20). 0 is an empty slot.
   */
  private final long[] slots;
  private final int mask;

  private static final int FP_SHIFT = 43;
  private static final long FP_MASK = (1L << 20) - 1;
  private static final int FLAGS_SHIFT = 35;
  private static final int CUTS_SHIFT = 27;
  private static final int LEN_SHIFT = 21;
  private static final long OFF_MASK = (1L << 21) - 1;
  private static final int MAX_LEN = 63;

  private ArabicLexicon(char[] pool, int[] starts, byte[] flags, CharArraySet tanween) {
    this(pool, starts, flags, tanween, null);
  }

  private ArabicLexicon(char[] pool, int[] starts, byte[] flags, CharArraySet tanween, byte[] cuts) {
    this.pool = pool;
    this.tanween = tanween;
    this.starts = starts;
    this.flags = flags;
    this.hot = cuts == null ? null : hotTable(cuts);
    int n = flags.length;
    if (pool.length > OFF_MASK + 1) {
      throw new IllegalStateException("lexicon too large: " + pool.length + " chars");
    }
    // at most 3/4 full: probes stay short, and neighbouring slots share a cache line
    int size = Integer.highestOneBit(Math.max(4, n + n / 3)) << 1;
    this.slots = new long[size];
    this.mask = size - 1;
    for (int i = 0; i < n; i++) {
      int start = starts[i];
      int len = starts[i + 1] - start;
      if (len > MAX_LEN) {
        throw new IllegalStateException("lexicon form longer than " + MAX_LEN + ": entry " + i);
      }
      int h = hash(pool, start, len);
      int slot = h & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      long cut = cuts == null ? 0 : cuts[i] & 0xFF;
      slots[slot] = 1L << 63 | (fingerprint(h) << FP_SHIFT) | ((long) (flags[i] & 0xFF) << FLAGS_SHIFT)
          | (cut << CUTS_SHIFT) | ((long) len << LEN_SHIFT) | start;
    }
  }

  // ---- the hot table: the most frequent forms with their cuts, keys packed in the slot ----

  /**
   * Forms in the hot table: the first entries, which are the most frequent (about 85 % of the longer words of the
   * ANT bodies the lexicon was built from).
   */
  static final int HOT_FORMS = 32_768;
  /** Longest form the hot table holds: 16 letters of 6 bits in a slot's two longs. */
  private static final int HOT_MAX_LEN = 16;
  private static final int HOT_CUTS_SHIFT = 36 + 5;

  /**
   * Two longs per slot (1 MB in all, so it mostly stays in the CPU's caches, where the full table, megabytes, mostly
   * does not): letters 0–9 of the form, 6 bits each, then letters 10–15, its length (5 bits) and its cuts (8 bits).
   * An Arabic letter (U+0621–U+064A) is packed as {@code c - 0x0620}, never 0, so a used slot's first long is not 0;
   * a lookup reads one slot, with no second read to confirm the form.
   */
  private final long[] hot;

  private long[] hotTable(byte[] cuts) {
    int n = Math.min(HOT_FORMS, flags.length);
    int size = Integer.highestOneBit(Math.max(4, n + n / 3 - 1)) << 1;
    long[] table = new long[2 * size];
    for (int i = 0; i < n; i++) {
      int start = starts[i];
      int len = starts[i + 1] - start;
      long k0 = hotKey0(pool, start, len);
      if (k0 == 0) {
        continue;
      }
      long k1 = hotKey1(pool, start, len);
      int slot = hotSlot(k0, k1, size - 1);
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      table[2 * slot] = k0; // not 0: marks the slot used
      table[2 * slot + 1] = k1 | (long) (cuts[i] & 0xFF) << HOT_CUTS_SHIFT;
    }
    return table;
  }

  /**
   * The first long of the hot key of {@code s[off .. off+len)}: letters 0–9, 6 bits each; 0 when the form cannot be
   * in the hot table (longer than {@value #HOT_MAX_LEN}, or a char that is no letter the lexicon holds).
   */
  private static long hotKey0(char[] s, int off, int len) {
    if (len > HOT_MAX_LEN) {
      return 0;
    }
    long k0 = 0;
    for (int i = 0; i < len; i++) {
      int c = s[off + i] - 0x0620;
      if (c <= 0 || c > 0x2A) {
        return 0;
      }
      if (i < 10) {
        k0 |= (long) c << (6 * i);
      }
    }
    return k0;
  }

  /** The second long of the hot key (letters 10–15 and the length), for a form {@link #hotKey0} accepted. */
  private static long hotKey1(char[] s, int off, int len) {
    long k1 = 0;
    for (int i = 10; i < len; i++) {
      k1 |= (long) (s[off + i] - 0x0620) << (6 * (i - 10));
    }
    return k1 | (long) len << 36;
  }

  private static int hotSlot(long k0, long k1, int mask) {
    long h = (k0 ^ Long.rotateLeft(k1, 29)) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  /** The cuts of {@code s[off .. off+len)} from the hot table, -1 when it is not there. */
  private int hotCuts(char[] s, int off, int len) {
    long k0 = hotKey0(s, off, len);
    if (k0 == 0) {
      return -1;
    }
    long k1 = hotKey1(s, off, len);
    int mask = hot.length / 2 - 1;
    int slot = hotSlot(k0, k1, mask);
    long v0;
    while ((v0 = hot[2 * slot]) != 0) {
      long v1 = hot[2 * slot + 1];
      if (v0 == k0 && (v1 & ((1L << HOT_CUTS_SHIFT) - 1)) == k1) {
        return (int) (v1 >>> HOT_CUTS_SHIFT) & 0xFF;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static long fingerprint(int h) {
    return (h >>> 11) & FP_MASK;
  }

  /** This lexicon with {@code cuts[e]} (a stemmer's answer for entry {@code e}) kept beside each form. */
  ArabicLexicon withCuts(byte[] cuts) {
    if (cuts.length != flags.length) {
      throw new IllegalArgumentException("cuts for " + cuts.length + " entries, lexicon has " + flags.length);
    }
    return new ArabicLexicon(pool, starts, flags, tanween, cuts);
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
    long v = slot(s, off, len);
    return (int) (v >>> FLAGS_SHIFT) & 0xFF;
  }

  /** The cuts {@link #withCuts} stored for {@code s[off .. off+len)}, -1 when it is not an entry. */
  int cuts(char[] s, int off, int len) {
    int c = hot == null ? -1 : hotCuts(s, off, len);
    if (c >= 0) {
      return c;
    }
    long v = slot(s, off, len);
    return v == 0 ? -1 : (int) (v >>> CUTS_SHIFT) & 0xFF;
  }

  /** The slot of {@code s[off .. off+len)}, 0 when it is not an entry. */
  private long slot(char[] s, int off, int len) {
    if (len > MAX_LEN) {
      return 0;
    }
    int h = hash(s, off, len);
    long fp = fingerprint(h);
    int i = h & mask;
    long v;
    while ((v = slots[i]) != 0) {
      if (((v >>> FP_SHIFT) & FP_MASK) == fp && ((v >>> LEN_SHIFT) & MAX_LEN) == len) {
        int start = (int) (v & OFF_MASK);
        if (Arrays.equals(pool, start, start + len, s, off, off + len)) {
          return v;
        }
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /** The form of entry {@code e}, copied into {@code into} (which must be long enough); returns its length. */
  int form(int e, char[] into) {
    int start = starts[e];
    int len = starts[e + 1] - start;
    System.arraycopy(pool, start, into, 0, len);
    return len;
  }

  /** Length of the longest form. */
  int maxLength() {
    int max = 0;
    for (int i = 0; i < flags.length; i++) {
      max = Math.max(max, starts[i + 1] - starts[i]);
    }
    return max;
  }

  /**
   * Where {@code s[off .. off+len)} stands in the lexicon's order, most frequent form first (its offset in the pool,
   * which follows that order); {@link Integer#MAX_VALUE} when it is not an entry. Lower is more frequent.
   */
  int rank(char[] s, int off, int len) {
    long v = slot(s, off, len);
    return v == 0 ? Integer.MAX_VALUE : (int) (v & OFF_MASK);
  }

  boolean has(char[] s, int off, int len, int flag) {
    return (flags(s, off, len) & flag) != 0;
  }

  /** Whether {@code s[off .. off+len)} is a {@link #TANWEEN} form: its final ا is the accusative's tanween. */
  boolean isTanween(char[] s, int off, int len) {
    return len > 2 && s[off + len - 1] == 'ا' && tanween.contains(s, off, len);
  }

  private static int hash(char[] s, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + s[i];
    }
    return h ^ (h >>> 15) ^ (h >>> 7);
  }

  // ---- from entries in memory ----

  /**
   * A lexicon of {@code entries} (form → flags), in their order, which must be the lexicon's (most frequent first):
   * what {@code LexiconBuilder} judges the stems by before the lexicon is written.
   */
  static ArabicLexicon of(Map<String, Integer> entries) {
    int n = entries.size();
    int chars = 0;
    for (String k : entries.keySet()) {
      chars += k.length();
    }
    char[] pool = new char[chars];
    int[] starts = new int[n + 1];
    byte[] flags = new byte[n];
    CharArraySet tanween = new CharArraySet(16, false);
    int i = 0;
    int at = 0;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String k = e.getKey();
      k.getChars(0, k.length(), pool, at);
      starts[i] = at;
      flags[i] = (byte) (int) e.getValue();
      if ((e.getValue() & TANWEEN) != 0) {
        tanween.add(k);
      }
      at += k.length();
      i++;
    }
    starts[n] = at;
    return new ArabicLexicon(pool, starts, flags, tanween);
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

  /** Reads a lexicon in the text form {@code LexiconBuilder.build} writes; {@code name} names it in errors. */
  static ArabicLexicon read(InputStream in, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    StringBuilder pool = new StringBuilder(1 << 20);
    List<Integer> starts = new ArrayList<>(1 << 18);
    List<Byte> flags = new ArrayList<>(1 << 18);
    CharArraySet tanween = new CharArraySet(1 << 12, false);
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
      if ((f & TANWEEN) != 0) {
        tanween.add(line.substring(tab + 1));
      }
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
    return new ArabicLexicon(p, s, fl, CharArraySet.unmodifiableSet(tanween));
  }
}
