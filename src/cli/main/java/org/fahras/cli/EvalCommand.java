package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.fahras.eval.Metrics;
import org.fahras.eval.Qrels;
import org.fahras.eval.Run;

/** {@code fahras eval}: MRR@10, nDCG@10 and R@100 of a TREC run against qrels. */
final class EvalCommand {
  private final PrintStream out;

  EvalCommand(PrintStream out) {
    this.out = out;
  }

  int run(Args a) throws IOException {
    Path qrels = a.path("--qrels", true);
    List<String> runs = a.positional();
    a.done();
    if (runs.size() != 1) {
      throw new UsageException("eval: give exactly one run file");
    }
    Qrels judged = Qrels.read(qrels);
    Run run = Run.read(Path.of(runs.get(0)));
    if (!run.results().isEmpty() && run.results().keySet().stream().noneMatch(judged.judgments()::containsKey)) {
      // every score would be 0: most likely the run of another set
      throw new java.io.IOException("none of the " + run.results().size() + " topics of " + runs.get(0)
          + " is judged in " + qrels + " (its topics: " + judged.judgments().size() + "): a run of another set?");
    }
    out.println(Metrics.evaluate(judged, run));
    return 0;
  }

}
