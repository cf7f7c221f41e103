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

/** {@code fahras run}: searches every topic of a topics file as plain text and writes a TREC run. */
final class RunCommand {
  private final PrintStream err;

  RunCommand(PrintStream err) {
    this.err = err;
  }

  int run(Args a) throws IOException {
    Path dir = a.path("--index", true);
    Path topicsFile = a.path("--topics", true);
    Path output = a.path("--output", true);
    int hits = a.intValue("--hits", 100, 1, 10_000);
    String tag = a.value("--tag", null);
    String ranking = a.value("--ranking", null);
    a.done();
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
