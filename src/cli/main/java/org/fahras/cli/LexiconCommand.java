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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fahras lexicon build [--data DIR] [--output FILE] [CORPUS...]}: counts the forms of the corpora (by default
 * ANT v1.1 and v2.1 and the dev corpora under the shared data folder) and writes the stemmer's lexicon, by default
 * over the resource in this checkout. The output depends on the corpora only (sorted text, gzip without a time).
 */
@Command(name = "build")
final class LexiconCommand implements CliCommand {
  /** {@code fahras lexicon}: a group whose one subcommand is {@code build}. */
  @Command(name = "lexicon")
  static final class Group {}

  @Option(names = "--data", paramLabel = "DIR") String data;
  @Option(names = "--output", paramLabel = "FILE") String output;
  @Parameters(paramLabel = "CORPUS", arity = "0..*") List<String> corpus = new ArrayList<>();

  private final PrintStream out;

  LexiconCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public int run() throws IOException {
    List<Path> corpora = DataFolder.corporaOrDefault(corpus, data);
    Path target = DataFolder.analysisResource(output, ArabicLexicon.RESOURCE);
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
}
