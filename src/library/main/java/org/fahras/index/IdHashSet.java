package org.fahras.index;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.StringHelper;

/**
 * The ids seen in one ingest, as 128-bit MurmurHash3 values in an open-addressing table of longs: 16 to 32 bytes
 * per id whatever its length (a {@code HashSet<String>} costs about 100 bytes plus the id's own, up to 4,096
 * characters). Two different ids share a hash with probability about n²/2¹²⁹ — for a billion ids, 10⁻²¹ — so
 * the duplicate count is exact in practice.
 */
final class IdHashSet {
  private long[] table = new long[2 * 1024]; // pairs (high, low); (0, 0) marks an empty slot
  private int size;

  /** Adds {@code id}; false when it was already there. */
  boolean add(String id) {
    byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
    long[] h = StringHelper.murmurhash3_x64_128(utf8, 0, utf8.length, 0x5eed);
    long hi = h[0];
    long lo = h[1];
    if (hi == 0 && lo == 0) {
      lo = 1; // keep (0, 0) free as the empty marker
    }
    if ((size + 1) * 2L > table.length / 2) {
      grow();
    }
    boolean added = insert(table, hi, lo);
    if (added) {
      size++;
    }
    return added;
  }

  int size() {
    return size;
  }

  private boolean insert(long[] t, long hi, long lo) {
    int slots = t.length / 2;
    int i = (int) (lo & (slots - 1));
    while (true) {
      long h = t[2 * i];
      long l = t[2 * i + 1];
      if (h == 0 && l == 0) {
        t[2 * i] = hi;
        t[2 * i + 1] = lo;
        return true;
      }
      if (h == hi && l == lo) {
        return false;
      }
      i = (i + 1) & (slots - 1);
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0 || old[i + 1] != 0) {
        insert(table, old[i], old[i + 1]);
      }
    }
  }
}
