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
                       [--commit-every N] [--kind news|documentary] PATH...
        fahras search  --index DIR [--hits N] [--plain] [--filter FIELD=VALUE]... [--facet]
                       [--sort relevance|newest|oldest] [--page N | --cursor C] [--explain] [--recent]
                       [--suggest] [--like ID] [--no-snippets] [--json] QUERY...
        fahras run     --index DIR --topics topics.tsv --output run.trec [--hits 100] [--tag TAG] [--ranking R]
        fahras eval    --qrels qrels.txt RUN
        fahras analyze [--analyzer fahras|stock] [--exact] TEXT|-
        fahras demo
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // Lucene logs through java.util.logging that the Vector API is not enabled: noise on a command line.
    java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err).run(args));
  }

  /** Runs one command; returns the exit status (0 ok, 1 failure, 2 usage error). */
  int run(String... args) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    try {
      Args a = new Args(List.of(args).subList(1, args.length));
      return switch (args[0]) {
        case "index" -> index(a);
        case "search" -> new SearchCommand(out, err).run(a);
        case "run" -> runTopics(a);
        case "eval" -> eval(a);
        case "analyze" -> analyze(a);
        case "demo" -> new Demo(out, err).run(a);
        default -> throw new UsageException("unknown command \"" + args[0] + "\"");
      };
    } catch (UsageException e) {
      err.println("fahras: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      err.println("fahras: " + e.getMessage());
      return 1;
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
    Path report = Path.of(a.value("--report", "fahras-rejections.txt"));
    long commitEvery = a.longValue("--commit-every", 0);
    Kind kind = Kind.parse(a.value("--kind", "news"));
    List<Path> paths = a.positional().stream().map(Path::of).toList();
    if (paths.isEmpty()) {
      throw new UsageException("index: give at least one file or folder to read");
    }
    a.done();
    ArticleIndex index = ArticleIndex.openOrCreate(dir, analyzer);
    List<Rejection> rejected = new ArrayList<>();
    Indexer.Summary summary;
    try (index) {
      Indexer indexer = new Indexer(index).onError(policy).progress(err).commitEvery(commitEvery).defaultKind(kind)
          .rejections(rejected::add);
      try {
        summary = indexer.ingest(paths);
      } catch (Indexer.IngestException e) {
        err.println("fahras: " + e.getMessage());
        err.println("fahras: stopped at the first bad record; nothing of this ingest was committed"
            + (commitEvery > 0 ? " since the last periodic commit" : "")
            + " (--on-error skip skips bad records and reports them)");
        out.println(e.summary());
        return 1;
      }
    }
    if (policy == Indexer.OnError.SKIP) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
        for (Rejection r : rejected) {
          w.println(r);
        }
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
    return 0;
  }

  int runTopics(Args a) throws IOException {
    Path dir = a.path("--index", true);
    Path topicsFile = a.path("--topics", true);
    Path output = a.path("--output", true);
    int hits = (int) a.longValue("--hits", 100);
    String tag = a.value("--tag", null);
    String ranking = a.value("--ranking", null);
    a.done();
    Ranking chosen = ranking == null ? null : SearchCommand.ranking(ranking);
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
      try (InputStream in = System.in) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } else if (words.isEmpty()) {
      throw new UsageException("analyze: give TEXT, or - to read standard input");
    } else {
      text = String.join(" ", words);
    }
    AnalysisChain chain = AnalysisChain.forName(analyzerName);
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

}
