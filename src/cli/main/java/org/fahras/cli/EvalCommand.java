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
    out.println(Metrics.evaluate(Qrels.read(qrels), Run.read(Path.of(runs.get(0)))));
    return 0;
  }

}
