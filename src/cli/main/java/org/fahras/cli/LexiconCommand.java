package org.fahras.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.fahras.analysis.ArabicLexicon;
import org.fahras.ingest.Rejection;
import org.fahras.lexicon.CorpusCounts;

/**
 * {@code fahras lexicon build [--data DIR] [--output FILE] [CORPUS...]}: counts the forms of the corpora (by default
 * ANT v1.1 and v2.1 and the dev corpora under the shared data folder) and writes the stemmer's lexicon, by default
 * over the resource in this checkout. The output depends on the corpora only (sorted text, gzip without a time).
 */
final class LexiconCommand {
  private static final String USAGE_LINE = "  fahras lexicon build [--data DIR] [--output FILE] [CORPUS...]";

  private final PrintStream out;

  LexiconCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> args) throws IOException {
    if (args.isEmpty() || !args.get(0).equals("build")) {
      throw new IllegalArgumentException("usage:\n" + USAGE_LINE);
    }
    String data = null;
    String output = null;
    List<Path> corpora = new ArrayList<>();
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--data" -> data = value(args, ++i, a);
        case "--output" -> output = value(args, ++i, a);
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("lexicon build: unknown option " + a);
          }
          corpora.add(Path.of(a));
        }
      }
    }
    if (corpora.isEmpty()) {
      corpora = DataFolder.defaultCorpora(DataFolder.dataDir(data));
    }
    Path target = output != null ? Path.of(output)
        : Path.of(System.getProperty("fahras.home", ".")).resolve(
            "src/analysis/main/resources/org/fahras/analysis/" + ArabicLexicon.RESOURCE);
    List<Rejection> rejected = new ArrayList<>();
    CorpusCounts.Counts counts = CorpusCounts.count(corpora, rejected);
    if (!rejected.isEmpty()) {
      out.println("lexicon: " + rejected.size() + " unreadable records left out, the first: " + rejected.get(0));
    }
    String text = counts.lexicon();
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(target), 1 << 16)) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
    long entries = text.lines().filter(l -> !l.startsWith("#")).count();
    out.println("lexicon: " + counts.forms().size() + " forms counted in " + corpora.size() + " corpora, " + entries
        + " entries, " + Files.size(target) + " bytes written to " + target);
    return 0;
  }

  private static String value(List<String> args, int i, String name) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args.get(i);
  }
}
