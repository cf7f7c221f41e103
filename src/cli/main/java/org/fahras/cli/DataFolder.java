package org.fahras.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the corpora of {@code lexicon build} and {@code stemmer-report} are found: the shared data folder. */
final class DataFolder {
  private DataFolder() {}

  /** The corpora the lexicon is built from, under the shared data folder {@code data}. */
  static List<Path> defaultCorpora(Path data) {
    List<Path> paths = new ArrayList<>();
    paths.add(data.resolve("news/ant-v1.1.jsonl.gz"));
    paths.add(data.resolve("news/ant-v2.1.jsonl.gz"));
    for (String set : new String[] {"arcd", "xquad-ar", "headlines-jawhara"}) {
      paths.add(data.resolve("eval").resolve(set).resolve("corpus.jsonl.gz"));
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException(p + ": no such file (give --data DIR, the shared data folder)");
      }
    }
    return paths;
  }

  /** The corpora given on the command line, else the default corpora of the data folder {@code --data}. */
  static List<Path> corporaOrDefault(List<String> corpus, String data) {
    return corpus.isEmpty() ? defaultCorpora(dataDir(data)) : corpus.stream().map(Path::of).toList();
  }

  /**
   * Where a builder of the analysis chain's resources writes: {@code --output}, else the resource {@code name} in
   * this checkout, so that a rebuild replaces what the jar ships.
   */
  static Path analysisResource(String output, String name) {
    return output != null ? Path.of(output) : Path.of(System.getProperty("fahras.home", "."))
        .resolve("src/analysis/main/resources/org/fahras/analysis/" + name);
  }

  /** The shared data folder: {@code --data}, else ../shared/data beside the fahras checkout. */
  static Path dataDir(String option) {
    if (option != null) {
      return Path.of(option);
    }
    String home = System.getProperty("fahras.home", ".");
    return Path.of(home).toAbsolutePath().resolve("../shared/data").normalize();
  }
}
