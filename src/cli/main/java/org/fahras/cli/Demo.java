package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fahras demo}: indexes {@code index-fixtures/} into a temporary folder and runs telling queries. */
@Command(name = "demo")
final class Demo implements CliCommand {
  /** Queries that show what the analysis does: each finds articles written differently from the query. */
  static final List<String[]> QUERIES = List.of(
      new String[] {"مسؤول", "hamza carriers: مسؤول finds المسئول"},
      new String[] {"المكتبات", "clitics and plurals: مكتبة, بالمكتبة, مكتباتها"},
      new String[] {"درنة", "a body with no punctuation at all: the snippet stays short"},
      new String[] {"2018 الانتخابات", "Arabic-Indic digits ٢٠١٨ match 2018"},
      new String[] {"\"الذكاء الاصطناعي\"", "a quoted phrase"},
      new String[] {"تعاني", "Persian letters: تعاني finds تعانی, written with a Farsi yeh"});

  @Option(names = "--fixtures", paramLabel = "DIR") String fixtures;

  private final PrintStream out;
  private final SearchCommand printer;

  Demo(PrintStream out, PrintStream err) {
    this.out = out;
    this.printer = new SearchCommand(out, err);
  }

  /**
   * Indexes the fixtures: {@code articles/} as it is (its {@code documentaries/} folder carries its kind in a
   * {@code .fahras-kind} file).
   */
  static Indexer.Summary ingestFixtures(ArticleIndex index, Path fixtures) throws IOException {
    return new Indexer(index).ingest(List.of(fixtures.resolve("articles")));
  }

  @Override
  public int run() throws IOException {
    Path fixtures = OptionValues.path("--fixtures", this.fixtures);
    if (fixtures == null) {
      fixtures = Path.of(System.getProperty("fahras.home", "."), "index-fixtures");
    }
    if (!Files.isDirectory(fixtures)) {
      throw new IOException(fixtures + ": no such folder (run the demo from the fahras checkout)");
    }
    Path dir = Files.createTempDirectory("fahras-demo");
    try {
      try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
        out.println("indexed " + fixtures.resolve("articles") + ": " + ingestFixtures(index, fixtures));
        for (String[] q : QUERIES) {
          out.println();
          out.println("── " + q[0] + "   (" + q[1] + ")");
          // no cursor line: the demo's index is gone once it ends
          printer.printHits(index.search(SearchRequest.builder(q[0]).size(3).highlight(true).build()), true, false);
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return 0;
  }
}
