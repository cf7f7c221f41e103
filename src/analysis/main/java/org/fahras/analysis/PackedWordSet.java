package org.fahras.analysis;

import org.apache.lucene.analysis.CharArraySet;

/**
 * A set of words looked up by one {@code long}: a word of at most {@value #MAX_PACKED} Arabic letters (U+0621–U+064A)
 * is packed as its length and 6 bits a letter, and found by one probe and one comparison of keys, where a
 * {@link CharArraySet} hashes the word, then compares it char by char. The stopword check ran on every term and took
 * 11 % of the chain's analysis time (JFR, {@code AnalysisBenchmark}). A word that cannot be packed (longer, or with
 * other characters) is looked up in the set given, whose own rules (case) then apply. Immutable, so shared between
 * threads.
 */
final class PackedWordSet {
  /** Longest word packed: 10 letters of 6 bits and the length in the top 4 bits fill a long. */
  static final int MAX_PACKED = 10;

  private static final PackedWordSet BUILT_IN_STOPWORDS = new PackedWordSet(WordLists.stopwords());

  /** Packed keys, open addressing; 0 is an empty slot (no packed word is 0: its length is in the top bits). */
  private final long[] keys;
  private final int shift;
  /** The set given, asked for words that cannot be packed when it holds some, else null. */
  private final CharArraySet unpacked;

  private PackedWordSet(CharArraySet words) {
    int size = Integer.highestOneBit(Math.max(8, words.size() * 4 - 1)) << 1;
    keys = new long[size];
    shift = 64 - Integer.numberOfTrailingZeros(size);
    boolean someUnpacked = false;
    for (Object o : words) {
      char[] w = o instanceof char[] c ? c : o.toString().toCharArray();
      long k = key(w, w.length);
      if (k == 0) {
        someUnpacked = true;
        continue;
      }
      int slot = slot(k);
      while (keys[slot] != 0 && keys[slot] != k) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = k;
    }
    unpacked = someUnpacked ? words : null;
  }

  /** The set of {@code words} (null: null); the built-in stopwords' set is built once and shared. */
  static PackedWordSet of(CharArraySet words) {
    if (words == null) {
      return null;
    }
    return words == WordLists.stopwords() ? BUILT_IN_STOPWORDS : new PackedWordSet(words);
  }

  /** Whether {@code buf[0..len)} is in the set. */
  boolean contains(char[] buf, int len) {
    long k = len <= MAX_PACKED ? key(buf, len) : 0;
    if (k == 0) {
      return unpacked != null && unpacked.contains(buf, 0, len);
    }
    int mask = keys.length - 1;
    for (int slot = slot(k); ; slot = (slot + 1) & mask) {
      long v = keys[slot];
      if (v == k) {
        return true;
      }
      if (v == 0) {
        return false;
      }
    }
  }

  private int slot(long k) {
    return (int) ((k * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The packed key of {@code s[0..len)}, or 0 when it cannot be packed (empty, too long, another character). */
  static long key(char[] s, int len) {
    if (len == 0 || len > MAX_PACKED) {
      return 0;
    }
    long k = len;
    for (int i = 0; i < len; i++) {
      int c = s[i] - 0x0620;
      if (c < 1 || c > 0x2A) {
        return 0;
      }
      k = k << 6 | c;
    }
    return k;
  }
}
