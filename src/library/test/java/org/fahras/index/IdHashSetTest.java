package org.fahras.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ingest's set of seen ids: exact answers through many growths, for ids of any length. */
class IdHashSetTest {
  @Test
  void addsAndRecognisesIdsThroughGrowth() {
    IdHashSet s = new IdHashSet();
    for (int i = 0; i < 200_000; i++) {
      assertTrue(s.add("id-" + i), "new id " + i);
    }
    assertEquals(200_000, s.size());
    for (int i = 0; i < 200_000; i += 7) {
      assertFalse(s.add("id-" + i), "repeated id " + i);
    }
    assertTrue(s.add("ID-1"), "ids are case-sensitive");
    assertTrue(s.add("مقال 7 / أ"));
    assertFalse(s.add("مقال 7 / أ"));
    String longId = "x".repeat(4096);
    assertTrue(s.add(longId));
    assertFalse(s.add("x".repeat(4096)));
    assertTrue(s.add("x".repeat(4095)));
    assertEquals(200_004, s.size());
  }
}
