package org.fahras.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fahras.ingest.Rejection;
import org.fahras.lexicon.KeptEndings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fahras lexicon endings [--data DIR] [--output FILE] [--show FILE] [CORPUS...]}:
 * measures which ة, ية and ي endings make another word than the bare stem ({@link KeptEndings}) on the corpora (by
 * default those of {@code lexicon build}) and writes the stemmer's {@code kept-endings.txt}, by default over the
 * resource in this checkout; {@code --show} also writes every judged pair with its similarity, for reading.
 */
@Command(name = "endings")
final class EndingsCommand implements CliCommand {
  @Option(names = "--data", paramLabel = "DIR") String data;
  @Option(names = "--output", paramLabel = "FILE") String output;
  @Option(names = "--show", paramLabel = "FILE") String show;
  @Parameters(paramLabel = "CORPUS", arity = "0..*") List<String> corpus = new ArrayList<>();

  private final PrintStream out;

  EndingsCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public int run() throws IOException {
    List<Path> corpora = DataFolder.corporaOrDefault(corpus, data);
    Path target = DataFolder.analysisResource(output, "kept-endings.txt");
    List<Rejection> rejected = new ArrayList<>();
    List<KeptEndings.Candidate> candidates = KeptEndings.measure(corpora, rejected);
    if (!rejected.isEmpty()) {
      out.println("lexicon endings: " + rejected.size() + " unreadable records left out, the first: "
          + rejected.get(0));
    }
    String names = String.join(", ", corpora.stream().map(p -> p.getFileName().toString()).toList());
    Files.writeString(target, KeptEndings.write(candidates, names), StandardCharsets.UTF_8);
    if (show != null) {
      StringBuilder sb = new StringBuilder(
          "similarity\tkept\tbare\twith ending\tcount with\tcount bare\tagreement\tdecision\n");
      candidates.stream().sorted(Comparator.comparingDouble(KeptEndings.Candidate::similarity))
          .forEach(c -> sb.append(String.format(Locale.ROOT, "%.4f\t%s\t%s\t%s\t%d\t%d\t%.2f\t%s%n",
              c.similarity(), c.kept(), c.bare(), c.withEnding(), c.countWithEnding(), c.countBare(),
              c.agreement(), c.keep() ? "kept" : "stripped")));
      Files.writeString(Path.of(show), sb.toString(), StandardCharsets.UTF_8);
    }
    long kept = candidates.stream().filter(KeptEndings.Candidate::keep).count();
    out.println("lexicon endings: " + candidates.size() + " pairs judged in " + corpora.size() + " corpora, "
        + kept + " endings kept, written to " + target);
    return 0;
  }
}
