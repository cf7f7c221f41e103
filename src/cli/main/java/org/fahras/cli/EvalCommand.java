package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.fahras.eval.Metrics;
import org.fahras.eval.Qrels;
import org.fahras.eval.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fahras eval}: MRR@10, nDCG@10 and R@100 of a TREC run against qrels. */
@Command(name = "eval")
final class EvalCommand implements CliCommand {
  @Option(names = "--qrels", paramLabel = "qrels.txt", required = true) String qrels;
  @Parameters(paramLabel = "RUN", hideParamSyntax = true) List<String> runs = new java.util.ArrayList<>();

  private final PrintStream out;
  private final PrintStream err;

  EvalCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public int run() throws IOException {
    Path qrels = OptionValues.path("--qrels", this.qrels);
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
    if (run.results().isEmpty()) {
      err.println("fahras: note: " + runs.get(0) + " holds no results: every topic scores 0");
    }
    out.println(Metrics.evaluate(judged, run));
    return 0;
  }

}
