package org.fahras.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.fahras.document.Article;
import org.fahras.document.Kind;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * Ingests files into an {@link ArticleIndex}: reads them with {@link ArticleReader}, adds every article, and
 * commits once at the end (and every {@code commitEvery} articles when set).
 *
 * <p>With {@link OnError#FAIL} the first bad record stops the ingest: the changes since the last commit are rolled
 * back (which closes the index, see {@link ArticleIndex#rollback()}: reopen it to go on) and an
 * {@link IngestException} names the file, line, field and reason. With {@link OnError#SKIP} bad records
 * go to the rejection consumer and the ingest goes on. An id seen twice in one ingest is not an error: the later
 * article replaces the earlier (as an update would), and {@link Summary#duplicateIds()} counts it.
 */
public final class Indexer {
  /** What to do with a bad record. */
  public enum OnError {
    /** Stop, roll back to the last commit, and throw. */
    FAIL,
    /** Report the record and go on. */
    SKIP
  }

  /**
   * What an ingest did. {@code read == indexed + rejected} always.
   *
   * @param read records read
   * @param indexed articles added (an article whose id repeats counts each time it is added)
   * @param rejected records rejected
   * @param duplicateIds articles whose id had already appeared in this ingest (the later one won)
   */
  public record Summary(long read, long indexed, long rejected, long duplicateIds) {
    /** {@code read N, indexed M, rejected K}. */
    @Override
    public String toString() {
      return "read " + read + ", indexed " + indexed + ", rejected " + rejected;
    }
  }

  /** Thrown in {@link OnError#FAIL} mode for the first bad record. */
  public static final class IngestException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;
    private final transient Summary summary;

    IngestException(Rejection rejection, Summary summary) {
      super(rejection.toString());
      this.rejection = rejection;
      this.summary = summary;
    }

    /** The counts up to and including the bad record; nothing of them was committed. */
    public Summary summary() {
      return summary;
    }

    /** The record at fault. */
    public Rejection rejection() {
      return rejection;
    }
  }

  private final ArticleIndex index;
  private OnError onError = OnError.FAIL;
  private Consumer<Rejection> rejections = r -> {};
  private PrintStream progress;
  private long commitEvery;
  private Kind defaultKind = Kind.NEWS;

  /** An indexer writing into {@code index}, which must be open for writing. */
  public Indexer(ArticleIndex index) {
    this.index = index;
  }

  /** What to do with bad records (default {@link OnError#FAIL}). */
  public Indexer onError(OnError v) { onError = v; return this; }
  /** Receives every rejected record in {@link OnError#SKIP} mode. */
  public Indexer rejections(Consumer<Rejection> v) { rejections = v; return this; }
  /** Where to print progress every few seconds (null: silent). */
  public Indexer progress(PrintStream v) { progress = v; return this; }
  /** Commit every {@code n} articles as well as at the end (0: only at the end). */
  public Indexer commitEvery(long n) { commitEvery = n; return this; }
  /** Kind given to records that do not state theirs (plain-text articles always). */
  public Indexer defaultKind(Kind v) { defaultKind = v; return this; }

  /**
   * Ingests {@code paths} and commits.
   *
   * @throws IngestException in {@link OnError#FAIL} mode, for the first bad record (after rolling back)
   * @throws IOException when a path cannot be read
   */
  public Summary ingest(List<Path> paths) throws IOException {
    long startNanos = System.nanoTime();
    long[] counts = new long[4]; // read, indexed, rejected, duplicates
    long[] lastReport = {startNanos};
    Set<String> seen = new HashSet<>();
    try {
      ArticleReader.read(paths, defaultKind, new ArticleReader.Handler() {
        @Override
        public void article(Article article, String file, long line) throws IOException {
          if (!seen.add(article.id())) {
            counts[3]++;
          }
          try {
            index.add(article);
          } catch (IllegalArgumentException e) {
            // Lucene refuses the document (e.g. a term too long to index): a rejection, not a crash.
            rejected(new Rejection(file, line, null, "cannot be indexed: " + e.getMessage()));
            return;
          }
          counts[0]++;
          counts[1]++;
          if (commitEvery > 0 && counts[1] % commitEvery == 0) {
            index.commit();
          }
          report();
        }

        @Override
        public void rejected(Rejection r) throws IOException {
          counts[0]++;
          counts[2]++;
          if (onError == OnError.FAIL) {
            throw new IngestException(r, new Summary(counts[0], counts[1], counts[2], counts[3]));
          }
          rejections.accept(r);
          report();
        }

        private void report() {
          long now = System.nanoTime();
          if (progress != null && now - lastReport[0] > 5_000_000_000L) {
            lastReport[0] = now;
            double secs = (now - startNanos) / 1e9;
            progress.printf("fahras: %,d records read, %,d indexed, %.0f documents/s%n",
                counts[0], counts[1], counts[1] / secs);
          }
        }
      });
    } catch (IOException | RuntimeException e) {
      index.rollback();
      throw e;
    }
    index.commit();
    return new Summary(counts[0], counts[1], counts[2], counts[3]);
  }
}
