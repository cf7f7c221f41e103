package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.eval.CoordinateAscent;
import org.fahras.eval.Metrics;
import org.fahras.eval.Qrels;
import org.fahras.eval.Run;
import org.fahras.eval.Topics;
import org.fahras.index.ArticleIndex;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fahras tune}: learns ranking weights by coordinate ascent ({@link CoordinateAscent}) on MRR@10, with
 * leave-one-set-out cross-validation: for each set, the weights are chosen on the others and scored on it, so that no
 * set scores a weight chosen on it. Then the weights chosen on every set, and what each weight gains (the chosen point
 * with that weight put back to its value in {@code --base}). Every topic is searched with the ranking tried (a forced
 * ranking: the kind of the query does not choose it).
 */
@Command(name = "tune")
final class TuneCommand implements CliCommand {
  @Option(names = "--set", paramLabel = "NAME=INDEX,topics.tsv,qrels.txt", required = true) List<String> sets;
  @Option(names = "--grid", paramLabel = "KEY=V,V,...;...") String grid;
  @Option(names = "--base", paramLabel = "R") String base;
  @Option(names = "--rounds", paramLabel = "5") String rounds;
  @Option(names = "--objective", paramLabel = "worst|mean") String objective;

  /** The weights learned by default and the values tried: the two views of an article, proximity, exact forms. */
  static final String DEFAULT_GRID = "one-text=0,0.5,1,2,3,5,8;proximity=0,0.1,0.3,0.5,1,1.5,2,3;exact=0.25,0.5,1";

  private final PrintStream out;

  TuneCommand(PrintStream out) {
    this.out = out;
  }

  private record EvalSet(String name, Path index, Map<String, String> topics, Qrels qrels) {}

  @Override
  public int run() throws IOException {
    int maxRounds = OptionValues.whole("--rounds", rounds, 5, 1, 100);
    boolean worst = objective == null || objective.equals("worst");
    if (!worst && !objective.equals("mean")) {
      throw new UsageException("--objective: expected worst or mean, got " + objective);
    }
    String baseSpec = base == null ? "default" : base;
    Ranking baseRanking = SearchCommand.ranking(baseSpec); // fails early on a bad base
    List<CoordinateAscent.Parameter> parameters = grid(grid == null ? DEFAULT_GRID : grid);
    Map<String, Double> start = new LinkedHashMap<>(); // the base ranking's own values: where the ascent begins
    for (CoordinateAscent.Parameter p : parameters) {
      start.put(p.name(), (double) valueIn(baseRanking, p.name()));
    }
    List<EvalSet> evalSets = new ArrayList<>();
    for (String s : sets) {
      EvalSet set = evalSet(s);
      if (evalSets.stream().anyMatch(e -> e.name().equals(set.name()))) {
        throw new UsageException("--set: the name " + set.name() + " is given twice: each set needs its own name");
      }
      evalSets.add(set);
    }
    if (evalSets.size() < 2) {
      throw new UsageException("tune: give at least two --set, so that each can be scored on weights chosen on others");
    }
    Map<String, ArticleIndex> indexes = new LinkedHashMap<>();
    try {
      for (EvalSet s : evalSets) {
        Main.checkIndexFolder(s.index(), true);
        indexes.put(s.name(), ArticleIndex.openForSearch(s.index()));
      }
      Map<String, Double> memo = new HashMap<>();
      CoordinateAscent ascent = new CoordinateAscent(parameters, maxRounds);
      out.println("base ranking: " + baseSpec + "; weights learned: " + String.join(", ",
          parameters.stream().map(CoordinateAscent.Parameter::name).toList()) + "; objective: "
          + (worst ? "the worst training set's MRR@10 gain over the base" : "the training sets' mean MRR@10"));
      double cvSum = 0;
      for (EvalSet held : evalSets) {
        List<EvalSet> train = evalSets.stream().filter(s -> s != held).toList();
        CoordinateAscent.Result r = ascent.maximize(start,
            p -> objective(worst, train, p, start, baseSpec, indexes, memo));
        double heldOut = mrr(held, r.best(), baseSpec, indexes, memo);
        cvSum += heldOut;
        out.printf(Locale.ROOT, "held out %s: chosen on %s: %s (training MRR@10 %.4f); %s MRR@10 %.4f (base %.4f)%n",
            held.name(), String.join("+", train.stream().map(EvalSet::name).toList()), spec(r.best()),
            mean(train, r.best(), baseSpec, indexes, memo), held.name(), heldOut,
            mrr(held, start, baseSpec, indexes, memo));
      }
      out.printf(Locale.ROOT, "cross-validated mean MRR@10: %.4f%n", cvSum / evalSets.size());
      CoordinateAscent.Result all = ascent.maximize(start,
          p -> objective(worst, evalSets, p, start, baseSpec, indexes, memo));
      out.printf(Locale.ROOT, "chosen on every set: %s (mean MRR@10 %.4f; base %.4f)%n", spec(all.best()),
          mean(evalSets, all.best(), baseSpec, indexes, memo), mean(evalSets, start, baseSpec, indexes, memo));
      for (EvalSet s : evalSets) {
        out.printf(Locale.ROOT, "  %s MRR@10 %.4f (base %.4f)%n", s.name(), mrr(s, all.best(), baseSpec, indexes, memo),
            mrr(s, start, baseSpec, indexes, memo));
      }
      for (CoordinateAscent.Parameter p : parameters) {
        Map<String, Double> without = new LinkedHashMap<>(all.best());
        without.put(p.name(), start.get(p.name()));
        double withoutIt = mean(evalSets, without, baseSpec, indexes, memo);
        out.printf(Locale.ROOT, "  %s=%s at its base value %s: mean MRR@10 %.4f (%+.4f)%n", p.name(),
            number(all.best().get(p.name())), number(start.get(p.name())), withoutIt,
            withoutIt - mean(evalSets, all.best(), baseSpec, indexes, memo));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      for (ArticleIndex index : indexes.values()) {
        index.close();
      }
    }
    return 0;
  }

  private static EvalSet evalSet(String value) throws IOException {
    int eq = value.indexOf('=');
    String[] parts = eq < 0 ? new String[0] : value.substring(eq + 1).split(",");
    if (eq <= 0 || parts.length != 3) {
      throw new UsageException("--set: expected NAME=INDEX,topics.tsv,qrels.txt, got " + value);
    }
    Map<String, String> topics = Topics.read(OptionValues.path("--set", parts[1]));
    Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
    Qrels.read(OptionValues.path("--set", parts[2])).judgments().forEach((topic, docs) -> {
      if (topics.containsKey(topic)) { // a qrels file may judge the topics of several sets: only this set's count
        judged.put(topic, docs);
      }
    });
    if (judged.isEmpty()) {
      throw new UsageException("--set " + value + ": none of the " + topics.size() + " topics is judged in "
          + parts[2]);
    }
    return new EvalSet(value.substring(0, eq), OptionValues.path("--set", parts[0]), topics, new Qrels(judged));
  }

  /** The {@code --ranking} keys whose weights {@code tune} can learn. */
  static final List<String> LEARNABLE = List.of("one-text", "fields", "proximity", "exact", "variants", "k1", "b");

  /** The parameters of {@code KEY=V,V,...;KEY=...}; each key a {@code --ranking} weight ({@link #LEARNABLE}), once. */
  static List<CoordinateAscent.Parameter> grid(String spec) {
    List<CoordinateAscent.Parameter> out = new ArrayList<>();
    for (String part : spec.split(";")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--grid: expected KEY=V,V,... separated by ;, got " + part);
      }
      String key = part.substring(0, eq).strip();
      if (!LEARNABLE.contains(key)) {
        throw new UsageException("--grid: " + key + " is not a weight tune learns (it learns "
            + String.join(", ", LEARNABLE) + ")");
      }
      if (out.stream().anyMatch(p -> p.name().equals(key))) {
        throw new UsageException("--grid: " + key + " is given twice");
      }
      List<Double> values = new ArrayList<>();
      for (String v : part.substring(eq + 1).split(",")) {
        double value;
        try {
          value = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
          throw new UsageException("--grid: " + key + ": not a number: " + v);
        }
        if (!(key.equals("fields") && value == 0)) { // fields=0 is valid beside a one-text weight: checked when run
          try {
            Ranking.parse(key + "=" + number(value));
          } catch (IllegalArgumentException e) {
            throw new UsageException("--grid: " + key + "=" + v.strip() + ": " + e.getMessage());
          }
        }
        values.add(value);
      }
      out.add(new CoordinateAscent.Parameter(key, values));
    }
    return out;
  }

  /** The value {@code ranking} gives the {@code --ranking} key {@code key}. */
  static float valueIn(Ranking ranking, String key) {
    return switch (key) {
      case "one-text" -> ranking.oneTextWeight();
      case "fields" -> ranking.fieldsWeight();
      case "proximity" -> ranking.proximity() ? ranking.proximityWeight() : 0f;
      case "exact" -> ranking.exactWeight();
      case "variants" -> ranking.variants().equals(Ranking.NO_VARIANTS) ? 0f : ranking.variantWeight();
      case "k1" -> ranking.bm25K1();
      case "b" -> ranking.bm25B();
      default -> throw new IllegalArgumentException("not a learned weight: " + key);
    };
  }

  private static String spec(Map<String, Double> point) {
    List<String> parts = new ArrayList<>();
    point.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> parts.add(e.getKey() + "=" + number(e.getValue())));
    return String.join(",", parts);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf((float) v);
  }

  /**
   * What the ascent maximizes: the smallest ratio of a training set's MRR@10 to its MRR@10 at the base point (a
   * combination that gains on every set over one that gains more on average), or the mean MRR@10.
   */
  private static double objective(boolean worst, List<EvalSet> sets, Map<String, Double> point,
      Map<String, Double> base, String baseSpec, Map<String, ArticleIndex> indexes, Map<String, Double> memo) {
    if (!worst) {
      return mean(sets, point, baseSpec, indexes, memo);
    }
    double min = Double.POSITIVE_INFINITY;
    for (EvalSet s : sets) {
      min = Math.min(min, mrr(s, point, baseSpec, indexes, memo) / mrr(s, base, baseSpec, indexes, memo));
    }
    return min;
  }

  private static double mean(List<EvalSet> sets, Map<String, Double> point, String baseSpec,
      Map<String, ArticleIndex> indexes, Map<String, Double> memo) {
    double sum = 0;
    for (EvalSet s : sets) {
      sum += mrr(s, point, baseSpec, indexes, memo);
    }
    return sum / sets.size();
  }

  private static double mrr(EvalSet set, Map<String, Double> point, String baseSpec,
      Map<String, ArticleIndex> indexes, Map<String, Double> memo) {
    String ranking = (baseSpec.equals("default") ? "" : baseSpec + ",") + spec(point);
    String key = set.name() + "\t" + ranking;
    Double known = memo.get(key);
    if (known != null) {
      return known;
    }
    Ranking r;
    try {
      r = Ranking.parse(ranking);
    } catch (IllegalArgumentException e) {
      memo.put(key, Double.NEGATIVE_INFINITY); // a point that is no ranking (fields=0 and one-text=0): never chosen
      return Double.NEGATIVE_INFINITY;
    }
    Map<String, List<Run.Entry>> results = new LinkedHashMap<>();
    try {
      ArticleIndex index = indexes.get(set.name());
      for (Map.Entry<String, String> t : set.topics().entrySet()) {
        List<Run.Entry> list = new ArrayList<>();
        for (SearchHit h : index.search(
            SearchRequest.builder(t.getValue()).plainText(true).size(10).ranking(r).build()).hits()) {
          list.add(new Run.Entry(h.id(), h.score()));
        }
        results.put(t.getKey(), list);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double mrr = Metrics.evaluate(set.qrels(), new Run(results)).mrr10();
    memo.put(key, mrr);
    return mrr;
  }
}
