package org.fahras.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The whitespace-separated columns of TREC files (qrels, runs), line by line, blank lines skipped. */
final class TrecLines {
  private TrecLines() {}

  /** Receives one line's columns; {@code where} is {@code FILE:LINE}, for errors. */
  interface Handler {
    void line(String[] columns, String where) throws IOException;
  }

  /**
   * The lines of {@code file}; a folder is refused by its name ({@code FILE: a folder, not a file}), where reading it
   * would fail with the system's bare "Is a directory".
   */
  static List<String> lines(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new java.nio.file.FileSystemException(file.toString(), null, "a folder, not a file");
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /**
   * Hands every non-blank line of {@code file} with exactly {@code columns} columns to {@code handler}.
   *
   * @throws IOException {@code FILE:LINE: expected "FORMAT", got "…"} for a line with another number of columns
   */
  static void read(Path file, int columns, String format, Handler handler) throws IOException {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      String where = file + ":" + (i + 1);
      if (f.length != columns) {
        throw new IOException(where + ": expected \"" + format + "\", got \"" + line + "\"");
      }
      handler.line(f, where);
    }
  }
}
