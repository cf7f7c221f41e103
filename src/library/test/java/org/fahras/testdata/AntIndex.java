package org.fahras.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;

/**
 * An index of ANT v2.1 (31,523 real articles) built once per test JVM, for tests that must see a real vocabulary
 * (clause limits, fuzzy expansion, ranking). Skips the calling test when the data is absent.
 */
public final class AntIndex {
  private static Path built;

  private AntIndex() {}

  /** The folder of the shared ANT v2.1 index (fahras chain); open it with {@link ArticleIndex#openForSearch}. */
  public static synchronized Path path() throws IOException {
    assumeTrue(Files.isRegularFile(SharedData.ANT_V21), "no " + SharedData.ANT_V21);
    if (built == null) {
      Path dir = Files.createTempDirectory("fahras-ant-");
      try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
        new Indexer(index).ingest(List.of(SharedData.ANT_V21));
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      built = dir;
    }
    return built;
  }

  /** A private writable copy of the ANT index in {@code target} (a fresh folder), for tests that change it. */
  public static Path copyTo(Path target) throws IOException {
    Path source = path();
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException ignored) {
      // a temporary folder left behind
    }
  }
}
