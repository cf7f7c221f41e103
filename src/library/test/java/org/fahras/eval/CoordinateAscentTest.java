package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoordinateAscentTest {
  private static final List<Double> GRID = List.of(0.0, 1.0, 2.0, 3.0, 4.0);

  /** A separable objective peaks where each coordinate peaks: one round finds it, a second confirms it. */
  @Test
  void findsTheMaximumOfASeparableObjective() {
    CoordinateAscent ascent = new CoordinateAscent(List.of(
        new CoordinateAscent.Parameter("x", GRID), new CoordinateAscent.Parameter("y", GRID)), 10);
    CoordinateAscent.Result r = ascent.maximize(Map.of("x", 0.0, "y", 0.0),
        p -> -Math.pow(p.get("x") - 3, 2) - Math.pow(p.get("y") - 1, 2));
    assertEquals(Map.of("x", 3.0, "y", 1.0), r.best());
    assertEquals(0.0, r.score(), 1e-12);
  }

  /** A coupled objective needs more than one round: y's best depends on x, which moves first. */
  @Test
  void roundsGoOnWhileAParameterMoves() {
    CoordinateAscent ascent = new CoordinateAscent(List.of(
        new CoordinateAscent.Parameter("x", GRID), new CoordinateAscent.Parameter("y", GRID)), 10);
    // maximum at x = y = 4; from (0, 0), x alone gains nothing until y has moved (the product term)
    CoordinateAscent.Result r = ascent.maximize(Map.of("x", 0.0, "y", 0.0),
        p -> p.get("x") * p.get("y") + 0.1 * p.get("y"));
    assertEquals(Map.of("x", 4.0, "y", 4.0), r.best());
    CoordinateAscent oneRound = new CoordinateAscent(List.of(
        new CoordinateAscent.Parameter("x", GRID), new CoordinateAscent.Parameter("y", GRID)), 1);
    assertEquals(Map.of("x", 0.0, "y", 4.0), oneRound.maximize(Map.of("x", 0.0, "y", 0.0),
        p -> p.get("x") * p.get("y") + 0.1 * p.get("y")).best());
  }

  /** A tie keeps the current value: a weight moves only on a measured gain. */
  @Test
  void tiesKeepTheStartingValue() {
    CoordinateAscent ascent = new CoordinateAscent(List.of(new CoordinateAscent.Parameter("x", GRID)), 5);
    assertEquals(Map.of("x", 2.0), ascent.maximize(Map.of("x", 2.0), p -> 1.0).best());
  }

  /** Every point is scored once, however often the ascent comes back to it. */
  @Test
  void scoresEachPointOnce() {
    List<Map<String, Double>> calls = new ArrayList<>();
    CoordinateAscent ascent = new CoordinateAscent(List.of(
        new CoordinateAscent.Parameter("x", GRID), new CoordinateAscent.Parameter("y", GRID)), 10);
    CoordinateAscent.Result r = ascent.maximize(Map.of("x", 0.0, "y", 0.0), p -> {
      calls.add(p);
      return -Math.abs(p.get("x") - 2) - Math.abs(p.get("y") - 2);
    });
    assertEquals(calls.size(), calls.stream().distinct().count());
    assertEquals(calls.size(), r.trace().size());
    assertTrue(calls.size() <= GRID.size() * GRID.size());
  }

  @Test
  void rejectsAStartWithoutEveryParameter() {
    CoordinateAscent ascent = new CoordinateAscent(List.of(new CoordinateAscent.Parameter("x", GRID)), 5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ascent.maximize(Map.of("y", 1.0), p -> 0));
    assertTrue(e.getMessage().contains("x"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CoordinateAscent.Parameter("x", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new CoordinateAscent(List.of(), 0));
  }
}
