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
import org.fahras.search.QueryLanguage;
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
        fahras run     --index DIR --topics topics.tsv --output run.trec [--hits 100] [--tag TAG]
        fahras eval    --qrels qrels.txt RUN
        fahras analyze [--analyzer fahras|stock] [--exact] TEXT|-
        fahras demo
        fahras variants --index DIR [--output FILE] | --corpus PATH... --output FILE | [--index DIR|--table FILE] WORD...
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
        case "search" -> search(a);
        case "run" -> runTopics(a);
        case "eval" -> eval(a);
        case "analyze" -> analyze(a);
        case "demo" -> new Demo(this, out).run(a);
        case "variants" -> new VariantsCommand(out, err).run(a);
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
    ArticleIndex index = ArticleIndex.create(dir, analyzer);
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

  int search(Args a) throws IOException {
    Path dir = a.path("--index", true);
    int hits = (int) a.longValue("--hits", 10);
    boolean plain = a.flag("--plain");
    boolean json = a.flag("--json");
    boolean noSnippets = a.flag("--no-snippets");
    boolean explain = a.flag("--explain");
    boolean recent = a.flag("--recent");
    String sort = a.value("--sort", "relevance");
    String cursor = a.value("--cursor", null);
    int page = (int) a.longValue("--page", 1);
    List<String> filters = new ArrayList<>();
    for (String f = a.value("--filter", null); f != null; f = a.value("--filter", null)) {
      filters.add(f);
    }
    boolean facets = a.flag("--facet") | a.flag("--facets");
    String like = a.value("--like", null);
    boolean suggest = a.flag("--suggest");
    String query = String.join(" ", a.positional());
    a.done();
    if (query.isBlank() && like == null && filters.isEmpty()) {
      throw new UsageException("search: give a query (or --like ID, or --filter)");
    }
    if (page < 1) {
      throw new UsageException("--page counts from 1");
    }
    SearchRequest.Builder b = SearchRequest.builder(query).plainText(plain).size(hits).highlight(!noSnippets)
        .explain(explain).facets(facets).preferRecent(recent).cursor(cursor);
    b.sort(switch (sort) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "newest" -> SearchRequest.Sort.NEWEST;
      case "oldest" -> SearchRequest.Sort.OLDEST;
      default -> throw new UsageException("--sort takes relevance, newest or oldest, not \"" + sort + "\"");
    });
    for (String f : filters) {
      int eq = f.indexOf('=') > 0 ? f.indexOf('=') : f.indexOf(':');
      if (eq <= 0 || eq == f.length() - 1) {
        throw new UsageException("--filter takes FIELD=VALUE (source, kind, category, tag, after, before), not \"" + f + "\"");
      }
      String field = f.substring(0, eq);
      String value = f.substring(eq + 1);
      switch (field) {
        case "after" -> b.publishedFrom(org.fahras.document.PublishedDates.parse(value));
        case "before" -> b.publishedTo(org.fahras.document.PublishedDates.parse(value).plusDays(1));
        default -> b.filter(field, value);
      }
    }
    try (ArticleIndex index = ArticleIndex.openForSearch(dir)) {
      SearchRequest request = b.build();
      SearchResponse r;
      if (like != null) {
        r = index.moreLikeThis(like, request);
      } else {
        r = index.search(request);
        for (int p = 1; p < page && r.nextCursor() != null; p++) {
          request = request.next(r.nextCursor());
          r = index.search(request);
        }
        if (page > 1 && request.cursor() == null) {
          r = new SearchResponse(r.totalHits(), r.totalIsExact(), List.of(), r.facets(), null, r.notes(), r.tookMillis());
        }
      }
      String suggestion = null;
      if ((suggest || r.totalHits() == 0) && like == null && !query.isBlank()) {
        suggestion = index.suggestCorrection(plain ? query : QueryLanguage.parse(query).text()).orElse(null);
      }
      if (json) {
        out.println(JsonOutput.response(r, suggestion));
      } else {
        printHits(r, !noSnippets, cursor == null ? 1 + (page - 1) * hits : 1);
        printFacets(r);
        if (suggestion != null) {
          out.println("did you mean: " + suggestion);
        }
      }
    }
    return 0;
  }

  void printFacets(SearchResponse r) {
    r.facets().forEach((dim, counts) -> {
      StringBuilder sb = new StringBuilder(dim).append(':');
      counts.forEach((k, v) -> sb.append(' ').append(k).append(" (").append(v).append(')'));
      out.println(sb);
    });
  }

  void printHits(SearchResponse r, boolean snippets) {
    printHits(r, snippets, 1);
  }

  /** Prints the hits of {@code r}, numbering them from {@code firstRank}. */
  void printHits(SearchResponse r, boolean snippets, int firstRank) {
    out.println((r.totalIsExact() ? "" : "≥") + r.totalHits() + " hits (" + r.tookMillis() + " ms)");
    for (String note : r.notes()) {
      out.println("note: " + note);
    }
    int rank = firstRank;
    for (SearchHit h : r.hits()) {
      out.printf(Locale.ROOT, "%3d. %7.3f  %-10s  %-10s  %s  [%s]%n", rank++, h.score(),
          h.published() == null ? "-" : h.published().toLocalDate(),
          h.source() == null ? "-" : h.source(), h.title() == null ? "(untitled)" : h.title(), h.id());
      if (snippets && h.snippet() != null) {
        out.println("       " + Terminal.mark(h.snippet().replace('\n', ' ')));
      }
      if (h.explanation() != null) {
        out.println(h.explanation().indent(7).stripTrailing());
      }
    }
    if (r.nextCursor() != null) {
      out.println("next page: --cursor " + r.nextCursor());
    }
  }

  int runTopics(Args a) throws IOException {
    Path dir = a.path("--index", true);
    Path topicsFile = a.path("--topics", true);
    Path output = a.path("--output", true);
    int hits = (int) a.longValue("--hits", 100);
    String tag = a.value("--tag", null);
    a.done();
    Map<String, String> topics = Topics.read(topicsFile);
    Map<String, List<Run.Entry>> results = new LinkedHashMap<>();
    String usedTag;
    try (ArticleIndex index = ArticleIndex.openForSearch(dir)) {
      usedTag = tag != null ? tag : "fahras-" + index.chain().name();
      for (Map.Entry<String, String> t : topics.entrySet()) {
        SearchResponse r = index.search(SearchRequest.builder(t.getValue()).plainText(true).size(hits).build());
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

  /** A command-line mistake: printed with the usage, exit status 2. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Options ({@code --name value}, {@code --flag}) and positional arguments of one command. */
  static final class Args {
    private final List<String> args;
    private final boolean[] used;

    Args(List<String> args) {
      this.args = args;
      this.used = new boolean[args.size()];
    }

    String value(String name, String dflt) {
      for (int i = 0; i < args.size(); i++) {
        if (!used[i] && args.get(i).equals(name)) {
          if (i + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
          }
          used[i] = used[i + 1] = true;
          return args.get(i + 1);
        }
      }
      return dflt;
    }

    Path path(String name, boolean required) {
      String v = value(name, null);
      if (v == null && required) {
        throw new UsageException(name + " is required");
      }
      return v == null ? null : Path.of(v);
    }

    long longValue(String name, long dflt) {
      String v = value(name, null);
      if (v == null) {
        return dflt;
      }
      try {
        long n = Long.parseLong(v);
        if (n < 0) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new UsageException(name + " takes a non-negative whole number, not \"" + v + "\"");
      }
    }

    boolean flag(String name) {
      for (int i = 0; i < args.size(); i++) {
        if (!used[i] && args.get(i).equals(name)) {
          used[i] = true;
          return true;
        }
      }
      return false;
    }

    /** Everything not consumed as an option; an unknown {@code --option} is an error. */
    List<String> positional() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        if (!used[i]) {
          String s = args.get(i);
          if (s.startsWith("--") && s.length() > 2) {
            throw new UsageException("unknown option " + s);
          }
          out.add(s);
          used[i] = true;
        }
      }
      return out;
    }

    void done() {
      positional().stream().findFirst().ifPresent(s -> {
        throw new UsageException("unexpected argument \"" + s + "\"");
      });
    }
  }
}
