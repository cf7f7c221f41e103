package org.fahras.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.analysis.AnalysisChain;
import org.fahras.document.Kind;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fahras index}: checks every input before anything is read, ingests, reports rejections and what was committed. */
@Command(name = "index")
final class IndexCommand implements CliCommand {
  @Option(names = "--index", paramLabel = "DIR", required = true) String index;
  @Option(names = "--analyzer", paramLabel = "fahras|stock") String analyzer = "fahras";
  @Option(names = "--on-error", paramLabel = "fail|skip") String onError = "fail";
  @Option(names = "--report", paramLabel = "FILE") String report;
  @Option(names = "--commit-every", paramLabel = "N") String commitEvery;
  @Option(names = "--kind", paramLabel = "news|documentary") String kind = "news";
  @Parameters(paramLabel = "PATH...|-", hideParamSyntax = true) List<String> paths = new ArrayList<>();

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  IndexCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public int run() throws IOException {
    Path dir = OptionValues.path("--index", this.index);
    Indexer.OnError policy = switch (onError) {
      case "fail" -> Indexer.OnError.FAIL;
      case "skip" -> Indexer.OnError.SKIP;
      default -> throw new UsageException("--on-error takes fail or skip, not \"" + onError + "\"");
    };
    Path report = OptionValues.path("--report", this.report);
    // the report lists skipped records; with --on-error fail it is written only when asked for (the one record)
    boolean writeReport = policy == Indexer.OnError.SKIP || report != null;
    boolean defaultReport = report == null;
    if (report == null) {
      // beside the index, named after it: not in whatever folder the command runs from
      Path abs = dir.toAbsolutePath().normalize();
      String name = abs.getFileName() == null ? "fahras" : abs.getFileName().toString();
      report = (abs.getParent() == null ? abs : abs.getParent()).resolve(name + "-rejections.txt");
    }
    long commitEvery = OptionValues.whole("--commit-every", this.commitEvery, 0, 0, Long.MAX_VALUE);
    Kind kind = OptionValues.parsed("--kind", this.kind, Kind::parse);
    List<Path> paths = this.paths.stream().map(Path::of).toList();
    if (paths.isEmpty()) {
      throw new UsageException("index: give at least one file or folder to read (or - for standard input)");
    }
    try {
      AnalysisChain.forName(analyzer);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--analyzer: " + e.getMessage());
    }
    // Everything is checked before anything is read or created: a typo in the last path costs nothing.
    Main.checkIndexFolder(dir, false);
    String reportProblem = null;
    if (writeReport) {
      try {
        checkReport(report, defaultReport);
      } catch (IOException e) {
        reportProblem = e.getMessage(); // listed with the inputs' problems, one per line
      }
    }
    try {
      // stopping at the first bad record would roll back everything: a stray .txt (qrels.txt) is refused up front
      ArticleReader.check(paths, true, policy == Indexer.OnError.FAIL);
    } catch (IOException e) {
      throw reportProblem == null ? e : new IOException(reportProblem + "\n" + e.getMessage(), e);
    }
    if (reportProblem != null) {
      throw new IOException(reportProblem);
    }

    boolean existed = Files.exists(dir);
    boolean wasEmpty = existed && isEmptyFolder(dir);
    List<Rejection> rejected = new ArrayList<>();
    Indexer.Summary summary;
    Indexer.IngestException failure = null;
    ArticleIndex index;
    try {
      index = ArticleIndex.openOrCreate(dir, analyzer);
    } catch (org.fahras.index.IndexMismatchException e) {
      removeIfNew(dir, existed, wasEmpty);
      // the library's message speaks to a program; a command-line user changes an option
      throw e.reason() == org.fahras.index.IndexMismatchException.Reason.ANALYZER
          ? new java.io.IOException(dir + " was built with --analyzer " + e.analyzer() + ", not " + analyzer
              + ": give --analyzer " + e.analyzer() + " to add to it, or index into a new folder", e)
          : e;
    } catch (IOException | RuntimeException e) {
      removeIfNew(dir, existed, wasEmpty);
      throw e;
    }
    ProgressLines progress = new ProgressLines(err);
    Indexer indexer = new Indexer(index).onError(policy).listener(progress).commitEvery(commitEvery).defaultKind(kind)
        .rejections(rejected::add).standardInput(in);
    int[] signal = {0};
    Runnable restoreSignals = Signals.onInterrupt(signo -> {
      if (signal[0] != 0) {
        err.println("fahras: stopped at once; nothing after the last commit was kept");
        Runtime.getRuntime().halt(128 + signo);
      }
      signal[0] = signo;
      indexer.stop(); // first: the message must never announce a stop that has not been asked for yet
      err.println("fahras: stopping after the current record (" + Signals.name(signo)
          + "); what was not committed is rolled back; again to quit at once");
    });
    try (index) {
      summary = indexer.ingest(paths);
    } catch (Indexer.IngestException e) {
      failure = e;
      summary = e.summary();
    } finally {
      restoreSignals.run();
      progress.end();
    }
    if (failure != null) {
      if (failure.rejection() != null) {
        err.println("fahras: " + failure.getMessage());
        err.println("fahras: stopped at the first bad record; " + failure.committedAccount()
            + "; --on-error skip skips bad records and lists them");
      } else if (failure.stopped()) {
        err.println("fahras: stopped by " + (signal[0] != 0 ? Signals.name(signal[0]) : "request") + "; "
            + failure.committedAccount());
      } else {
        Main.printError(err, failure.getCause() instanceof IOException io ? Main.describe(io) : failure.getMessage());
        err.println("fahras: the ingest stopped; " + failure.committedAccount());
      }
      if (summary.indexed() == 0) {
        removeIfNew(dir, existed, wasEmpty);
      }
    }
    boolean nothingRead = failure == null && summary.read() == 0;
    if (nothingRead) {
      boolean created = !existed || wasEmpty;
      err.println("fahras: no articles in " + String.join(", ", paths.stream().map(Path::toString).toList())
          + (created ? ": no index was created" : ": the index is unchanged"));
      if (created) {
        removeIfNew(dir, existed, wasEmpty);
      }
    }
    if (failure == null && signal[0] != 0) {
      err.println("fahras: the ingest reached its end before the stop took effect: all of it was committed");
    }
    int status = failure == null ? (nothingRead && (!existed || wasEmpty) ? 1 : 0)
        : failure.stopped() && signal[0] != 0 ? 128 + signal[0] : 1;
    if (failure != null && failure.rejection() != null && policy == Indexer.OnError.FAIL) {
      rejected.add(failure.rejection());
    }
    if (writeReport) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
        for (Rejection r : rejected) {
          w.println(r);
        }
        if (w.checkError()) {
          throw new IOException(report + ": write failed");
        }
      } catch (IOException e) {
        err.println("fahras: cannot write the report: " + Main.describe(e));
        err.println("fahras: " + (failure == null ? "the ingest was committed (" + summary + ")"
            : failure.committedAccount()) + "; the " + rejected.size() + " rejected records follow");
        for (Rejection r : rejected) {
          err.println("fahras: rejected: " + r);
        }
        out.println(summary);
        return failure == null ? 1 : status;
      }
      if (!rejected.isEmpty()) {
        err.println("fahras: " + rejected.size() + " rejected records listed in " + report);
      }
    }
    if (summary.duplicateIds() > 0) {
      err.println("fahras: " + summary.duplicateIds()
          + " articles repeated an id seen earlier in this ingest; the later one replaced the earlier");
    }
    out.println(summary);
    return status;
  }

  /** The report must be creatable: its folder exists and is writable, and it is not itself a folder. */
  private static void checkReport(Path report, boolean besideIndex) throws IOException {
    if (Files.isDirectory(report)) {
      throw new IOException(report + ": is a folder, not a report file (--report)");
    }
    Path parent = report.toAbsolutePath().getParent();
    if (besideIndex && parent != null && !Files.exists(parent)) {
      return; // the index's parent folders are created with it
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IOException(report + ": no such folder " + parent + " for the report (--report)");
    }
    if (Files.exists(report) ? !Files.isWritable(report) : parent != null && !Files.isWritable(parent)) {
      throw new IOException(report + ": permission denied (--report)");
    }
  }

  private static boolean isEmptyFolder(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /** A failed ingest into a new folder leaves no empty index behind (nor files in a folder that was empty). */
  private void removeIfNew(Path dir, boolean existed, boolean wasEmpty) {
    if (existed && !wasEmpty) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (existed && p.equals(dir)) {
          continue;
        }
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      err.println("fahras: could not remove the new, empty index folder " + dir + ": " + Main.describe(e));
    }
  }

}
