package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.eval.Run;
import org.fahras.eval.Topics;
import org.fahras.index.ArticleIndex;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fahras run}: searches every topic of a topics file as plain text and writes a TREC run. */
@Command(name = "run")
final class RunCommand implements CliCommand {
  @Option(names = "--index", paramLabel = "DIR", required = true) String index;
  @Option(names = "--topics", paramLabel = "topics.tsv", required = true) String topics;
  @Option(names = "--output", paramLabel = "run.trec", required = true) String output;
  @Option(names = "--hits", paramLabel = "100") String hits;
  @Option(names = "--tag", paramLabel = "TAG") String tag;
  @Option(names = "--ranking", paramLabel = "R") String ranking;

  private final PrintStream err;

  RunCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public int run() throws IOException {
    Path dir = OptionValues.path("--index", index);
    Path topicsFile = OptionValues.path("--topics", topics);
    Path output = OptionValues.path("--output", this.output);
    int hits = OptionValues.whole("--hits", this.hits, 100, 1, 10_000);
    Ranking chosen = ranking == null ? null : SearchCommand.ranking(ranking);
    Main.checkIndexFolder(dir, true);
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

}
