package org.fahras.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A TREC run: per topic, ranked documents with scores ({@code qid Q0 docid rank score tag}). Immutable.
 *
 * @param results per topic, the documents in rank order
 */
public record Run(Map<String, List<Entry>> results) {
  /**
   * One retrieved document.
   *
   * @param docId document id
   * @param score its score
   */
  public record Entry(String docId, double score) {}

  /** Copies the lists. */
  public Run {
    Map<String, List<Entry>> copy = new LinkedHashMap<>();
    results.forEach((q, l) -> copy.put(q, List.copyOf(l)));
    results = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a run file. As trec_eval does, each topic's documents are ordered by score (descending), ties by
   * document id (descending); the rank column is not trusted.
   *
   * @throws IOException naming file and line of a malformed line
   */
  public static Run read(Path file) throws IOException {
    Map<String, List<Entry>> r = new LinkedHashMap<>();
    TrecLines.read(file, 6, "qid Q0 docid rank score tag", (f, where) -> {
      double score;
      try {
        score = Double.parseDouble(f[4]);
      } catch (NumberFormatException e) {
        throw new IOException(where + ": score \"" + f[4] + "\" is not a number");
      }
      r.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Entry(f[2], score));
    });
    Comparator<Entry> order = Comparator.comparingDouble(Entry::score).reversed()
        .thenComparing(Entry::docId, Comparator.reverseOrder());
    r.values().forEach(l -> l.sort(order));
    return new Run(r);
  }

  /** Writes this run in TREC format with {@code tag} in the last column. */
  public void write(Path file, String tag) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Entry>> e : results.entrySet()) {
        int rank = 1;
        for (Entry x : e.getValue()) {
          w.write(e.getKey() + " Q0 " + x.docId() + " " + rank++ + " "
              + String.format(Locale.ROOT, "%.6f", x.score()) + " " + tag + "\n");
        }
      }
    }
  }
}
