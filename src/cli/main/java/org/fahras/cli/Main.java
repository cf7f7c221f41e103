package org.fahras.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.fahras.analysis.AnalysisChain;
import org.fahras.document.Kind;
import org.fahras.eval.Metrics;
import org.fahras.eval.Qrels;
import org.fahras.eval.Run;
import org.fahras.eval.Topics;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;

/** The {@code fahras} command line: index, search, run, eval, analyze, demo. */
public final class Main {
  static final String USAGE = """
      usage:
        fahras index   --index DIR [--analyzer fahras|stock] [--on-error fail|skip] [--report FILE]
                       [--commit-every N] [--kind news|documentary] PATH...|-
        fahras search  --index DIR [--hits N] [--plain] [--filter FIELD=VALUE]... [--facet]
                       [--sort relevance|newest|oldest] [--page N | --cursor C] [--exact-total] [--explain]
                       [--recent] [--ranking R] [--suggest] [--like ID] [--no-snippets] [--raw-snippets] [--json]
                       [--zone UTC|ZONE|local] QUERY...
        fahras run     --index DIR --topics topics.tsv --output run.trec [--hits 100] [--tag TAG] [--ranking R]
        fahras eval    --qrels qrels.txt RUN
        fahras analyze [--analyzer fahras|stock] [--exact] TEXT|-
        fahras demo    [--fixtures DIR]
        fahras lexicon build [--data DIR] [--output FILE] [CORPUS...]
        fahras stemmer-report [--data DIR] [--top N] [CORPUS...]
        fahras variants --index DIR [--output FILE] | --corpus PATH... --output FILE | [--index DIR|--table FILE] WORD...
                       | (--index DIR | --corpus PATH...) --explain A/B [--explain C/D]...
        fahras --version
      fahras CMD --help shows one command's usage; options may be given as --name value or --name=value, the last
      of two wins; -- ends the options. Exit status: 0 done, 1 failed, 2 usage error, 130/143 stopped by SIGINT/SIGTERM.
      """;

  // Held here: the LogManager keeps loggers weakly, and a collected logger forgets the level set on it (the Vector
  // API warning then reappears, depending on when a GC runs).
  private static final java.util.logging.Logger LUCENE_LOGGER = java.util.logging.Logger.getLogger("org.apache.lucene");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this(System.in, out, err);
  }

  Main(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // Lucene logs through java.util.logging that the Vector API is not enabled: noise on a command line.
    LUCENE_LOGGER.setLevel(java.util.logging.Level.SEVERE);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(new Main(System.in, out, err).run(args));
  }

  /** Runs one command; returns the exit status (0 ok, 1 failure, 2 usage error, 128+N stopped by signal N). */
  int run(String... args) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    if (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      out.print(USAGE);
      return 0;
    }
    if (args[0].equals("--version") || args[0].equals("version")) {
      out.println(version());
      return 0;
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].indexOf('\uFFFD') >= 0) {
        err.println("fahras: " + undecodable(i, args[i]));
        return 2;
      }
    }
    String command = args[0];
    List<String> rest = List.of(args).subList(1, args.length);
    if (Args.wantsHelp(rest) && !usageOf(command).isEmpty()) {
      out.print("usage:\n" + usageOf(command));
      return 0;
    }
    try {
      Args a = new Args(rest);
      return switch (args[0]) {
        case "index" -> index(a);
        case "search" -> new SearchCommand(out, err).run(a);
        case "run" -> runTopics(a);
        case "eval" -> eval(a);
        case "analyze" -> analyze(a);
        case "demo" -> new Demo(out, err).run(a);
        case "lexicon" -> new LexiconCommand(out).run(List.of(args).subList(1, args.length));
        case "stemmer-report" -> new StemmerReportCommand(out).run(List.of(args).subList(1, args.length));
        case "variants" -> new VariantsCommand(out, err).run(a);
        default -> throw new UsageException("unknown command \"" + args[0] + "\"");
      };
    } catch (UsageException e) {
      err.println("fahras: " + e.getMessage());
      String usage = usageOf(command);
      err.print(usage.isEmpty() ? USAGE : "usage:\n" + usage);
      return 2;
    } catch (IOException e) {
      printError(describe(e));
      return 1;
    } catch (UncheckedIOException e) {
      printError(describe(e.getCause()));
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      printError(e.getMessage());
      return 1;
    }
  }

  /** {@code fahras 0.1.0 (Lucene 10.6.0, Java 25)}. */
  static String version() {
    String v = "unknown";
    try (InputStream s = Main.class.getResourceAsStream("version.properties")) {
      if (s != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(s);
        v = p.getProperty("version", v);
      }
    } catch (IOException e) {
      // the version is informative only
    }
    return "fahras " + v + " (Lucene " + org.apache.lucene.util.Version.LATEST + ", Java "
        + Runtime.version().feature() + ")";
  }

  /** The synopsis lines of {@code command} in {@link #USAGE}, or "" for no such command. */
  static String usageOf(String command) {
    StringBuilder sb = new StringBuilder();
    boolean in = false;
    for (String line : USAGE.lines().toList()) {
      if (line.startsWith("  fahras ")) {
        String[] w = line.strip().split("\\s+");
        in = w.length > 1 && w[1].equals(command);
      } else if (!line.startsWith("    ")) {
        in = false;
      }
      if (in) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  private static String undecodable(int i, String arg) {
    String cs = System.getProperty("sun.jnu.encoding", "?");
    String which = "argument " + (i + 1);
    return cs.equalsIgnoreCase("UTF-8")
        ? which + " is not valid UTF-8 (some bytes could not be decoded: " + arg.replace('\uFFFD', '?') + ")"
        : which + " could not be decoded: the locale's character set is " + cs
            + ", not UTF-8; run under a UTF-8 locale (LC_ALL=C.UTF-8), as bin/fahras does by itself";
  }

  /** An I/O failure with its reason: "FILE: no such file or folder", "FILE: permission denied", ... */
  static String describe(IOException e) {
    if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
        && (e.getMessage() == null || e.getMessage().startsWith(fs.getFile()))) {
      String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
          : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
          : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
          : e instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
          : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
      return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + reason;
    }
    if (e instanceof java.nio.charset.MalformedInputException || e instanceof java.nio.charset.UnmappableCharacterException) {
      return "a file is not valid UTF-8 (" + e.getMessage() + ")";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Prints a message of one or more lines, each prefixed {@code fahras: }. */
  private void printError(String message) {
    for (String line : String.valueOf(message).split("\n")) {
      err.println("fahras: " + line);
    }
  }

  /** Checks that {@code dir} can be an index folder to read: it exists, is a folder and can be read. */
  static void checkIndexFolder(Path dir, boolean mustExist) throws IOException {
    if (!Files.exists(dir)) {
      if (mustExist) {
        throw new IOException(dir + ": no such index folder");
      }
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": is a file, not an index folder");
    }
    if (!Files.isReadable(dir) || !mustExist && !Files.isWritable(dir)) {
      throw new IOException(dir + ": permission denied");
    }
  }

  int index(Args a) throws IOException {
    Path dir = a.path("--index", true);
    String analyzer = a.value("--analyzer", "fahras");
    String onError = a.value("--on-error", "fail");
    Indexer.OnError policy = switch (onError) {
      case "fail" -> Indexer.OnError.FAIL;
      case "skip" -> Indexer.OnError.SKIP;
      default -> throw new UsageException("--on-error takes fail or skip, not \"" + onError + "\"");
    };
    Path report = a.path("--report", false);
    // the report lists skipped records; with --on-error fail it is written only when asked for (the one record)
    boolean writeReport = policy == Indexer.OnError.SKIP || report != null;
    boolean defaultReport = report == null;
    if (report == null) {
      // beside the index, named after it: not in whatever folder the command runs from
      Path abs = dir.toAbsolutePath().normalize();
      String name = abs.getFileName() == null ? "fahras" : abs.getFileName().toString();
      report = (abs.getParent() == null ? abs : abs.getParent()).resolve(name + "-rejections.txt");
    }
    long commitEvery = a.longValue("--commit-every", 0);
    Kind kind = a.parsed("--kind", "news", Kind::parse);
    List<Path> paths = a.positional().stream().map(Path::of).toList();
    if (paths.isEmpty()) {
      throw new UsageException("index: give at least one file or folder to read (or - for standard input)");
    }
    try {
      AnalysisChain.forName(analyzer);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--analyzer: " + e.getMessage());
    }
    // Everything is checked before anything is read or created: a typo in the last path costs nothing.
    checkIndexFolder(dir, false);
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
        printError(failure.getCause() instanceof IOException io ? describe(io) : failure.getMessage());
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
        err.println("fahras: cannot write the report: " + describe(e));
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
      err.println("fahras: could not remove the new, empty index folder " + dir + ": " + describe(e));
    }
  }

  int runTopics(Args a) throws IOException {
    Path dir = a.path("--index", true);
    Path topicsFile = a.path("--topics", true);
    Path output = a.path("--output", true);
    int hits = a.intValue("--hits", 100, 1, 10_000);
    String tag = a.value("--tag", null);
    String ranking = a.value("--ranking", null);
    a.done();
    Ranking chosen = ranking == null ? null : SearchCommand.ranking(ranking);
    checkIndexFolder(dir, true);
    Map<String, String> topics = Topics.read(topicsFile);
    Map<String, List<Run.Entry>> results = new LinkedHashMap<>();
    String usedTag;
    try (ArticleIndex index = ArticleIndex.openForSearch(dir)) {
      usedTag = tag != null ? tag : "fahras-" + index.chain().name();
      for (Map.Entry<String, String> t : topics.entrySet()) {
        SearchResponse r = index.search(
            SearchRequest.builder(t.getValue()).plainText(true).size(hits).ranking(chosen).build());
        List<Run.Entry> list = new ArrayList<>();
        for (SearchHit h : r.hits()) {
          list.add(new Run.Entry(h.id(), h.score()));
        }
        results.put(t.getKey(), list);
      }
    }
    new Run(results).write(output, usedTag);
    err.println("fahras: " + topics.size() + " topics searched, run written to " + output);
    return 0;
  }

  int eval(Args a) throws IOException {
    Path qrels = a.path("--qrels", true);
    List<String> runs = a.positional();
    a.done();
    if (runs.size() != 1) {
      throw new UsageException("eval: give exactly one run file");
    }
    out.println(Metrics.evaluate(Qrels.read(qrels), Run.read(Path.of(runs.get(0)))));
    return 0;
  }

  int analyze(Args a) throws IOException {
    String analyzerName = a.value("--analyzer", "fahras");
    boolean exact = a.flag("--exact");
    List<String> words = a.positional();
    a.done();
    String text;
    if (words.size() == 1 && words.get(0).equals("-")) {
      text = readUtf8(in, "standard input");
    } else if (words.isEmpty()) {
      throw new UsageException("analyze: give TEXT, or - to read standard input");
    } else {
      text = String.join(" ", words);
    }
    AnalysisChain chain;
    try {
      chain = AnalysisChain.forName(analyzerName);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--analyzer: " + e.getMessage());
    }
    if (exact && !chain.hasExact()) {
      throw new UsageException("analyze: analyzer \"" + analyzerName + "\" has no exact representation");
    }
    Analyzer analyzer = exact ? chain.exact() : chain.stemmed();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.println(term + "\t" + offset.startOffset() + "\t" + offset.endOffset());
      }
      ts.end();
    }
    return 0;
  }

  /** All of {@code in} as strict UTF-8: an invalid byte is reported with its offset, never replaced. */
  static String readUtf8(InputStream in, String name) throws IOException {
    byte[] bytes = in.readAllBytes();
    java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer c = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult r = d.decode(b, c, true);
    if (!r.isError()) {
      r = d.flush(c);
    }
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < b.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new IOException(name + " is not valid UTF-8: byte " + (b.position() + 1) + " (line " + line + ") is "
          + String.format(Locale.ROOT, "0x%02X", bytes[b.position()] & 0xff) + "; give UTF-8 text");
    }
    return c.flip().toString();
  }
}
