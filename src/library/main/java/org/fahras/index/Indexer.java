package org.fahras.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.fahras.document.Article;
import org.fahras.document.Kind;
import org.fahras.ingest.ArticleReader;
import org.fahras.ingest.Rejection;

/**
 * Ingests files into an {@link ArticleIndex}: reads them with {@link ArticleReader}, adds every article, and
 * commits once at the end (and every {@code commitEvery} articles when set).
 *
 * <p>Every path is checked before any is read. With {@link OnError#FAIL} the first bad record stops the ingest;
 * with {@link OnError#SKIP} bad records go to the rejection consumer and the ingest goes on. {@link #stop()} (from
 * another thread, e.g. a signal handler) stops it after the current record. Whenever an ingest stops before its end
 * the changes since the last commit are rolled back ({@link ArticleIndex#rollback()}: the index stays open, and
 * searches by other threads go on) and an {@link IngestException} says what was committed and what was not. The
 * rollback discards every uncommitted change of the index, another caller's too: one Lucene writer holds them all.
 *
 * <p>Besides files, an ingest takes articles built in code ({@link #ingest(Iterable)}) or a JSON Lines stream
 * ({@link #ingest(InputStream)}), with the same accounting. An indexer runs one ingest at a time.
 *
 * <p>An id seen twice in one ingest is not an error: the later article replaces the earlier (as an update would),
 * and {@link Summary#duplicateIds()} counts it. The ids seen are kept as 128-bit hashes (16 bytes each, whatever the
 * id's length), not as strings, so that a large ingest stays within a small heap.
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
   * What an ingest did. {@code read == indexed + rejected + rolledBack} always; {@code indexed} counts only
   * articles that were committed.
   *
   * @param read records read
   * @param indexed articles added and committed (an article whose id repeats counts each time it is added)
   * @param rejected records rejected
   * @param duplicateIds articles whose id had already appeared in this ingest (the later one won)
   * @param rolledBack articles read and added but not committed, because the ingest stopped before its end
   */
  public record Summary(long read, long indexed, long rejected, long duplicateIds, long rolledBack) {
    /** The summary of an ingest that ran to its end: everything added was committed. */
    public Summary(long read, long indexed, long rejected, long duplicateIds) {
      this(read, indexed, rejected, duplicateIds, 0);
    }

    /** {@code read N, indexed M, rejected K} (and {@code , not committed R} when the ingest stopped early). */
    @Override
    public String toString() {
      return "read " + read + ", indexed " + indexed + ", rejected " + rejected
          + (rolledBack > 0 ? ", not committed " + rolledBack : "");
    }
  }

  /**
   * An ingest stopped before its end: by a bad record in {@link OnError#FAIL} mode, by {@link #stop()}, or by a
   * failure to read. Everything since the last commit was rolled back; {@link #summary()} counts as indexed only
   * what was committed.
   */
  public static final class IngestException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;
    private final transient Summary summary;
    private final String lastCommitted;
    private final boolean stopped;

    IngestException(String message, Rejection rejection, boolean stopped, Summary summary, String lastCommitted,
        Throwable cause) {
      super(message, cause);
      this.rejection = rejection;
      this.stopped = stopped;
      this.summary = summary;
      this.lastCommitted = lastCommitted;
    }

    /** The counts when the ingest stopped; {@code indexed} counts only what was committed. */
    public Summary summary() {
      return summary;
    }

    /** The record at fault, or null when the ingest stopped for another reason. */
    public Rejection rejection() {
      return rejection;
    }

    /** True when {@link Indexer#stop()} stopped the ingest. */
    public boolean stopped() {
      return stopped;
    }

    /** {@code file:line} of the last article the last commit of this ingest holds, or null if it committed none. */
    public String lastCommitted() {
      return lastCommitted;
    }

    /** What was kept, in one sentence: "nothing of this ingest was committed", or what the commits hold. */
    public String committedAccount() {
      if (summary.indexed() == 0) {
        return "nothing of this ingest was committed"
            + (summary.rolledBack() == 1 ? " (the 1 article read was rolled back)"
                : summary.rolledBack() > 0 ? " (" + summary.rolledBack() + " articles read were rolled back)" : "");
      }
      return "committed " + summary.indexed() + " articles, up to " + lastCommitted
          + (summary.rolledBack() > 0 ? "; the " + summary.rolledBack() + " read after it were rolled back" : "");
    }
  }

  private final ArticleIndex index;
  private OnError onError = OnError.FAIL;
  private Consumer<Rejection> rejections = r -> {};
  private IngestListener listener = new IngestListener() {};
  private long commitEvery;
  private Kind defaultKind = Kind.NEWS;
  private InputStream stdin;
  private volatile boolean stopRequested;

  /**
   * An indexer writing into {@code index}.
   *
   * @throws IllegalArgumentException when {@code index} is open for searching only
   */
  public Indexer(ArticleIndex index) {
    this.index = Objects.requireNonNull(index, "index");
    if (!index.isWritable()) {
      throw new IllegalArgumentException("index at " + index.path() + " is open for searching only: an indexer needs"
          + " it open for writing (openForWriting, openOrCreate, create)");
    }
  }

  /** What to do with bad records (default {@link OnError#FAIL}). */
  public Indexer onError(OnError v) { onError = Objects.requireNonNull(v, "onError"); return this; }
  /** Receives every rejected record in {@link OnError#SKIP} mode. */
  public Indexer rejections(Consumer<Rejection> v) { rejections = Objects.requireNonNull(v, "rejections"); return this; }
  /**
   * Told of the ingest's progress every few seconds and of the files a folder holds that are not article files
   * (default: nobody). The library prints nothing itself.
   */
  public Indexer listener(IngestListener v) { listener = Objects.requireNonNull(v, "listener"); return this; }

  /** What a running ingest reports; both methods do nothing by default. Called on the ingesting thread. */
  public interface IngestListener {
    /**
     * Every {@value #PROGRESS_SECONDS} seconds or so: the records read, the articles added, the articles committed
     * so far, and the time since the ingest began.
     */
    default void progress(long read, long added, long committed, java.time.Duration elapsed) {}

    /** A file found in a folder that is not an article file and was left out. */
    default void skipped(Path file) {}

    /** About how often {@link #progress} is called. */
    int PROGRESS_SECONDS = 5;
  }
  /**
   * Commit every {@code n} articles as well as at the end (0, the default: only at the end).
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public Indexer commitEvery(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("commitEvery must be 0 (only at the end) or more, got " + n);
    }
    commitEvery = n;
    return this;
  }
  /** Kind given to records that do not state theirs and whose folder has no {@value ArticleReader#KIND_FILE}. */
  public Indexer defaultKind(Kind v) { defaultKind = Objects.requireNonNull(v, "defaultKind"); return this; }
  /** What a path {@code -} reads (JSON Lines, gzipped or not); unset, {@code -} is an ordinary file name. */
  public Indexer standardInput(InputStream v) { stdin = v; return this; }

  /**
   * Asks a running {@link #ingest} to stop after the current record, rolling back what was not committed. Safe to
   * call from any thread (a signal handler, a shutdown hook).
   */
  public void stop() {
    stopRequested = true;
  }

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Ingests {@code paths} and commits.
   *
   * @throws IngestException when the ingest stops before its end (bad record in {@link OnError#FAIL} mode,
   *     {@link #stop()}, a read failure), after rolling back what was not committed
   * @throws IOException when a path is missing, unreadable or of an unknown type (nothing is read then)
   */
  public Summary ingest(List<Path> paths) throws IOException {
    Objects.requireNonNull(paths, "paths");
    for (Path p : paths) {
      Objects.requireNonNull(p, "a path in paths");
    }
    // a bad path (and, failing fast, a .txt that is not an article) fails here, before the index is touched
    ArticleReader.check(paths, stdin != null, onError == OnError.FAIL);
    Run run = new Run();
    return run.go(handler -> ArticleReader.read(paths, defaultKind, stdin, handler));
  }

  /**
   * Ingests JSON Lines (gzipped or not) read from {@code jsonLines}, and commits; rejections name the stream
   * {@value ArticleReader#STDIN_NAME}. The stream is read to its end, not closed.
   *
   * @throws IngestException as {@link #ingest(List)}
   */
  public Summary ingest(InputStream jsonLines) throws IOException {
    Objects.requireNonNull(jsonLines, "jsonLines");
    List<Path> stream = List.of(Path.of("-"));
    return new Run().go(handler -> ArticleReader.read(stream, defaultKind, jsonLines, handler));
  }

  /**
   * Ingests articles built in code, and commits; an article that Lucene refuses is a rejection naming it as
   * {@code articles:N} (its 1-based position).
   *
   * @throws IngestException as {@link #ingest(List)}; a null article is a rejection
   */
  public Summary ingest(Iterable<Article> articles) throws IOException {
    Objects.requireNonNull(articles, "articles");
    return new Run().go(handler -> {
      long n = 0;
      for (Article a : articles) {
        n++;
        if (a == null) {
          handler.rejected(new Rejection(ITERABLE_NAME, n, null, "null article"));
        } else {
          handler.article(a, ITERABLE_NAME, n);
        }
      }
    });
  }

  /** The name articles given in code carry in rejections and positions. */
  static final String ITERABLE_NAME = "articles";

  private interface Source {
    void read(ArticleReader.Handler handler) throws IOException;
  }

  /** One ingest: its counts, the positions committed, and the rollback when it stops early. */
  private final class Run implements ArticleReader.Handler {
    final long startNanos = System.nanoTime();
    long read;
    long added;
    long rejected;
    long duplicates;
    long committed; // added, at the last commit
    long lastReport = startNanos;
    String lastAdded;
    String lastCommitted;
    final IdHashSet seen = new IdHashSet();
    Rejection fatal;

    Summary go(Source source) throws IOException {
      try {
        source.read(this);
        if (stopRequested) {
          throw new Stop(); // stopped while waiting for the end of the input: do not commit
        }
        index.commit();
      } catch (IOException | RuntimeException e) {
        index.rollback();
        Summary s = new Summary(read, committed, rejected, duplicates, added - committed);
        String message = fatal != null ? fatal.toString()
            : e instanceof Stop ? "ingest stopped on request"
            : e.getMessage();
        throw new IngestException(message, fatal, fatal == null && e instanceof Stop, s, lastCommitted,
            e instanceof Stop ? null : e);
      }
      return new Summary(read, added, rejected, duplicates);
    }

    @Override
    public void article(Article article, String file, long line) throws IOException {
      checkStop();
      try {
        index.add(article);
      } catch (IllegalArgumentException e) {
        // Lucene refuses the document (e.g. a term too long to index): a rejection, not a crash.
        rejected(new Rejection(file, line, null, "cannot be indexed: " + e.getMessage()));
        return;
      }
      if (!seen.add(article.id())) {
        duplicates++;
      }
      read++;
      added++;
      lastAdded = file + ":" + line;
      if (commitEvery > 0 && added % commitEvery == 0) {
        index.commit();
        committed = added;
        lastCommitted = lastAdded;
      }
      report();
    }

    @Override
    public void rejected(Rejection r) throws IOException {
      checkStop();
      read++;
      rejected++;
      if (onError == OnError.FAIL) {
        fatal = r;
        throw new Stop();
      }
      rejections.accept(r);
      report();
    }

    @Override
    public void skipped(Path file) {
      listener.skipped(file);
    }

    private void checkStop() {
      if (stopRequested) {
        throw new Stop();
      }
    }

    private void report() {
      long now = System.nanoTime();
      if (now - lastReport > IngestListener.PROGRESS_SECONDS * 1_000_000_000L) {
        lastReport = now;
        listener.progress(read, added, committed, java.time.Duration.ofNanos(now - startNanos));
      }
    }
  }
}
