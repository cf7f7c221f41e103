package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code topics.tsv}: {@code qid<TAB>query} per line. */
public final class Topics {
  private Topics() {}

  /**
   * The topics in file order.
   *
   * @throws IOException naming file and line of a line without a tab, or of a repeated qid
   */
  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> topics = new LinkedHashMap<>();
    List<String> lines = TrecLines.lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException(file + ":" + (i + 1) + ": expected \"qid<TAB>query\"");
      }
      String qid = line.substring(0, tab).strip();
      if (topics.put(qid, line.substring(tab + 1)) != null) {
        throw new IOException(file + ":" + (i + 1) + ": topic \"" + qid + "\" appears twice");
      }
    }
    return topics;
  }
}
