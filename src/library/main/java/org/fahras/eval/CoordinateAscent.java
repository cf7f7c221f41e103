package org.fahras.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Coordinate ascent over a grid (Metzler and Croft, "Linear feature-based models for information retrieval", 2007;
 * RankLib's and Anserini's learning-to-rank use it): starting from a point, each parameter in turn is set to the
 * candidate value that scores best while the others stay, until a whole round changes nothing. The objective is a
 * black box (a ranking's mean MRR@10 over training sets, say), so the weights are those of a query, not of a
 * re-ranker: what is learned is what a search runs. Each point is scored once (memoized).
 *
 * <p>Ties keep the current value, so that a parameter moves only on a measured gain.
 */
public final class CoordinateAscent {
  /** A parameter and the values it may take, tried in the order given. */
  public record Parameter(String name, List<Double> values) {
    /** Checks the name and that there is at least one value. */
    public Parameter {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("parameter " + name + " has no values to try");
      }
    }
  }

  /** A point reached, its score, and every point scored on the way with its score, in the order scored. */
  public record Result(Map<String, Double> best, double score, List<Map.Entry<Map<String, Double>, Double>> trace) {}

  private final List<Parameter> parameters;
  private final int maxRounds;

  /** Ascent over {@code parameters}, at most {@code maxRounds} rounds (each tries every parameter once). */
  public CoordinateAscent(List<Parameter> parameters, int maxRounds) {
    this.parameters = List.copyOf(parameters);
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds must be 1 or more, got " + maxRounds);
    }
    this.maxRounds = maxRounds;
  }

  /**
   * The best point found from {@code start} (which must give every parameter a value) for {@code objective},
   * higher being better.
   */
  public Result maximize(Map<String, Double> start, ToDoubleFunction<Map<String, Double>> objective) {
    Map<String, Double> current = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      Double v = start.get(p.name());
      if (v == null) {
        throw new IllegalArgumentException("the start point gives no value to " + p.name());
      }
      current.put(p.name(), v);
    }
    Map<Map<String, Double>, Double> scored = new HashMap<>();
    List<Map.Entry<Map<String, Double>, Double>> trace = new ArrayList<>();
    double best = score(current, objective, scored, trace);
    for (int round = 0; round < maxRounds; round++) {
      boolean moved = false;
      for (Parameter p : parameters) {
        for (double v : p.values()) {
          Map<String, Double> point = new LinkedHashMap<>(current);
          point.put(p.name(), v);
          double s = score(point, objective, scored, trace);
          if (s > best) {
            best = s;
            current = point;
            moved = true;
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    return new Result(Map.copyOf(current), best, List.copyOf(trace));
  }

  private static double score(Map<String, Double> point, ToDoubleFunction<Map<String, Double>> objective,
      Map<Map<String, Double>, Double> scored, List<Map.Entry<Map<String, Double>, Double>> trace) {
    Map<String, Double> key = Map.copyOf(point);
    Double s = scored.get(key);
    if (s == null) {
      s = objective.applyAsDouble(key);
      scored.put(key, s);
      trace.add(Map.entry(key, s));
    }
    return s;
  }
}
