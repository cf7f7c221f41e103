package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TREC relevance judgments: {@code qid 0 docid relevance} per line. Immutable.
 *
 * @param judgments per topic, per document, the relevance grade (0 means judged not relevant)
 */
public record Qrels(Map<String, Map<String, Integer>> judgments) {
  /** Copies the maps. */
  public Qrels {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgments.forEach((q, m) -> copy.put(q, Map.copyOf(m)));
    judgments = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a qrels file.
   *
   * @throws IOException naming file and line of a malformed line
   */
  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> j = new LinkedHashMap<>();
    TrecLines.read(file, 4, "qid 0 docid relevance", (f, where) -> {
      int rel;
      try {
        rel = Integer.parseInt(f[3]);
      } catch (NumberFormatException e) {
        throw new IOException(where + ": relevance \"" + f[3] + "\" is not an integer");
      }
      j.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[2], rel);
    });
    return new Qrels(j);
  }
}
