package org.fahras.index;

import org.fahras.schema.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.AnalysisChain;
import org.fahras.document.Article;
import org.fahras.search.Ranking;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.fahras.search.engine.ArticleSearcher;

/**
 * An on-disk article index: the library's entry point.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.openOrCreate(Path.of("idx"), ArticleAnalyzer.FAHRAS)) {
 *   index.add(Article.builder("a1").title("...").body("...").build());
 *   index.commit();                                   // close() does not commit
 *   for (SearchHit hit : index.search("القدس", 10)) { ... }
 * }
 * }</pre>
 *
 * <p>{@link #create} makes a new index (and fails on an existing one), {@link #openOrCreate} opens or makes one,
 * {@link #openForWriting} opens an existing one; each holds Lucene's write lock, and another writer on the same
 * folder gets an {@link IndexLockedException}. {@link #openForSearch} takes no lock. <b>{@link #close()} does not
 * commit</b>: only {@link #commit()} makes changes durable. Searches see every committed article and, through a
 * {@link SearcherManager}, articles added since (near real time: after {@link #refresh()} or the
 * {@link #refreshInterval()}). All methods are thread-safe: many threads may search while one or more add,
 * update, delete and commit. Null arguments are rejected with the parameter's name.
 *
 * <p>The index records in its commit data the analysis chain that built it; opening reads that back, and every
 * search uses that chain.
 */
public final class ArticleIndex implements Closeable {
  private final Path path;
  private final Directory directory;
  private final AnalysisChain chain;
  private final boolean writable;
  /**
   * The writer and the searchers that see its changes. Replaced as a whole when the writer is rolled back or fails
   * (Lucene closes a writer then), so that the index stays open for every other caller.
   */
  private volatile Generation current;
  /**
   * Writes (add, delete, commit) share it; a rollback or a failed writer's replacement takes it alone, so that no
   * write lands on a writer being closed.
   */
  private final ReentrantReadWriteLock writeGate = new ReentrantReadWriteLock();
  private volatile boolean closed;
  private final ArticleSearcher searcher;
  private final SharedTokenization sharedTokenization;
  private volatile long refreshIntervalNanos = DEFAULT_REFRESH_INTERVAL.toNanos();
  private volatile long lastRefresh = System.nanoTime();

  /**
   * File name of an index's own variant-spelling table in its folder ({@code fahras variants --index DIR} writes
   * it); searches use it instead of the bundled table when it is there.
   */
  public static final String VARIANT_TABLE_FILE = "variants.tsv";

  /** How long a writable index's searches may lag behind its changes unless set otherwise. */
  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(1);

  /** A writer (null when read-only) and the searchers over it (or over the folder's commits). */
  private record Generation(IndexWriter writer, SearcherManager searchers) {
    static Generation of(IndexWriter writer, Directory directory) throws IOException {
      return new Generation(writer, writer != null
          ? new SearcherManager(writer, ArticleSearcher.searcherFactory())
          : new SearcherManager(directory, ArticleSearcher.searcherFactory()));
    }
  }

  private ArticleIndex(Path path, Directory directory, AnalysisChain chain, IndexWriter writer) throws IOException {
    this.path = path;
    this.directory = directory;
    this.chain = chain;
    this.writable = writer != null;
    this.current = Generation.of(writer, directory);
    this.searcher = new ArticleSearcher(chain,
        chain.hasExact() ? Ranking.Variants.of(new IndexVariants(path)) : Ranking.NO_VARIANTS);
    this.sharedTokenization = SharedTokenization.of(chain);
  }

  /**
   * Creates a new index at {@code dir} (creating the folder too) and opens it for writing.
   *
   * @throws FileAlreadyExistsException when {@code dir} already holds an index (use {@link #openOrCreate} or
   *     {@link #openForWriting})
   * @throws IndexLockedException when another writer holds the folder's lock
   */
  public static ArticleIndex create(Path dir, ArticleAnalyzer analyzer) throws IOException {
    return create(dir, Objects.requireNonNull(analyzer, "analyzer").chainName());
  }

  /**
   * As {@link #create(Path, ArticleAnalyzer)}, the chain given by name: one of {@link AnalysisChain#NAMES}, or a
   * measurement-only ablation of docs/relevance.md.
   *
   * @throws IllegalArgumentException listing the known names when {@code analyzer} is not one
   */
  public static ArticleIndex create(Path dir, String analyzer) throws IOException {
    return open(dir, analyzer, false);
  }

  /**
   * Opens the index at {@code dir} for writing, creating it (and the folder) when there is none.
   *
   * @throws IndexMismatchException when the existing index was built with another chain, chain version or schema
   * @throws IndexLockedException when another writer holds the folder's lock
   */
  public static ArticleIndex openOrCreate(Path dir, ArticleAnalyzer analyzer) throws IOException {
    return openOrCreate(dir, Objects.requireNonNull(analyzer, "analyzer").chainName());
  }

  /** As {@link #openOrCreate(Path, ArticleAnalyzer)}, the chain given by name (see {@link AnalysisChain#NAMES}). */
  public static ArticleIndex openOrCreate(Path dir, String analyzer) throws IOException {
    return open(dir, analyzer, true);
  }

  private static ArticleIndex open(Path dir, String analyzer, boolean existingIsFine) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(analyzer, "analyzer");
    AnalysisChain chain = AnalysisChain.forName(analyzer);
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      if (DirectoryReader.indexExists(directory)) {
        if (!existingIsFine) {
          throw new FileAlreadyExistsException(dir.toString(), null,
              "there is an index there already: open it (openOrCreate, openForWriting) or choose a new folder");
        }
        AnalysisChain existing = IndexFolder.readChain(dir, directory);
        if (!existing.name().equals(chain.name())) {
          throw new IndexMismatchException(dir, existing.name(), IndexMismatchException.Reason.ANALYZER,
              "index at " + dir + " was built with analyzer \"" + existing.name() + "\", not \"" + analyzer
              + "\": to add to it, open it with analyzer \"" + existing.name()
              + "\" (or openForWriting, which reads it from the index); otherwise use a new folder,"
              + " or delete this one to rebuild it");
        }
      }
      IndexWriter w = IndexFolder.openWriter(dir, directory, chain, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      return new ArticleIndex(dir, directory, chain, w);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens an existing index for writing, with the chain it was built with.
   *
   * @throws IOException when there is no index at {@code dir}, it is locked, or it was built by another chain
   *     version
   */
  public static ArticleIndex openForWriting(Path dir) throws IOException {
    return openExisting(dir, true);
  }

  /**
   * Opens an existing index for searching only; takes no lock, so it works while another process writes. Call
   * {@link #refresh()} to see that process's later commits.
   *
   * @throws IOException when there is no index at {@code dir} or it was built by another chain version
   */
  public static ArticleIndex openForSearch(Path dir) throws IOException {
    return openExisting(dir, false);
  }

  private static ArticleIndex openExisting(Path dir, boolean writable) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Directory directory = IndexFolder.openExisting(dir);
    try {
      AnalysisChain chain = IndexFolder.readChain(dir, directory);
      return new ArticleIndex(dir, directory, chain,
          writable ? IndexFolder.openWriter(dir, directory, chain, IndexWriterConfig.OpenMode.APPEND) : null);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The analysis chain this index was built with. */
  public AnalysisChain chain() {
    return chain;
  }

  /** The index folder. */
  public Path path() {
    return path;
  }

  /**
   * Adds {@code article}, replacing any article with the same id. Visible to searches after {@link #refresh()},
   * {@link #commit()} or the {@link #refreshInterval()}; durable after {@link #commit()}.
   *
   * @throws IllegalStateException when the index is open for searching only ({@link #openForSearch})
   * @throws IOException when Lucene cannot write; should Lucene's writer fail for good (a disk error, memory
   *     exhausted), the index reopens its writer at the last commit, says so in the exception, and stays usable
   */
  public void add(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    Document doc = ArticleDocuments.toDocument(article, chain.hasExact(), sharedTokenization);
    write(w -> w.updateDocument(new Term(Schema.ID, article.id()), doc));
  }

  /**
   * Deletes the article with {@code id}, if any.
   *
   * @throws IllegalStateException when the index is open for searching only
   */
  public void delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    write(w -> w.deleteDocuments(new Term(Schema.ID, id)));
  }

  /**
   * Makes every change so far durable (fsync), then refreshes searches.
   *
   * @throws IllegalStateException when the index is open for searching only
   */
  public void commit() throws IOException {
    write(IndexWriter::commit);
    refresh();
  }

  /**
   * Discards every change since the last commit — every caller's, since one writer holds them all — and goes on
   * from that commit: the index stays open, searches go on throughout and see the last commit afterwards.
   *
   * @throws IllegalStateException when the index is open for searching only
   */
  public void rollback() throws IOException {
    requireWritable();
    writeGate.writeLock().lock();
    try {
      ensureOpen();
      Generation old = current;
      try {
        old.writer().rollback();
      } finally {
        replaceWriter(old);
      }
    } finally {
      writeGate.writeLock().unlock();
    }
  }

  private interface WriterAction {
    void apply(IndexWriter w) throws IOException;
  }

  /** Runs a write on the current writer; replaces the writer when Lucene has closed it after a failure. */
  private void write(WriterAction action) throws IOException {
    requireWritable();
    writeGate.readLock().lock();
    Generation g;
    try {
      ensureOpen();
      g = current;
      try {
        action.apply(g.writer());
        return;
      } catch (AlreadyClosedException e) {
        if (g.writer().getTragicException() == null) {
          throw closedException(e);
        }
      } catch (IOException | RuntimeException | Error e) {
        if (g.writer().getTragicException() == null) {
          throw e;
        }
      }
      // the writer is gone: replace it below, outside the shared lock
    } finally {
      writeGate.readLock().unlock();
    }
    Throwable tragedy = g.writer().getTragicException();
    replaceIfBroken(g);
    throw new IOException("index at " + path + ": Lucene's writer failed (" + tragedy
        + "); it was reopened at the last commit, so changes not committed before this one were lost", tragedy);
  }

  /** Replaces {@code g}'s writer when Lucene closed it after a failure and nobody replaced it yet. */
  private void replaceIfBroken(Generation g) throws IOException {
    writeGate.writeLock().lock();
    try {
      if (current == g && !closed && g.writer() != null && !g.writer().isOpen()) {
        replaceWriter(g);
      }
    } finally {
      writeGate.writeLock().unlock();
    }
  }

  /** Opens a new writer at the last commit in place of {@code old} (rolled back or failed); under the write lock. */
  private void replaceWriter(Generation old) throws IOException {
    if (old.writer().isOpen()) {
      old.writer().rollback();
    }
    current = Generation.of(IndexFolder.openWriter(path, directory, chain, IndexWriterConfig.OpenMode.APPEND),
        directory);
    old.searchers().close(); // searches still holding its searchers finish on them
  }

  /**
   * A writable index shows its own changes after {@link #commit()}, {@link #refresh()}, or at most
   * {@link #refreshInterval()} after they were made (near real time), without reopening its reader on every
   * search; a read-only one stays on the commit it opened (or last refreshed to), so that a search costs no look at
   * the folder.
   */
  private void refreshIfDue(Generation g) throws IOException {
    if (writable && System.nanoTime() - lastRefresh >= refreshIntervalNanos) {
      lastRefresh = System.nanoTime();
      g.searchers().maybeRefresh(); // non-blocking: a search never waits for another thread's reopen
    }
  }

  /**
   * Makes searches see the latest changes (this writer's, or other processes' commits when read-only) before
   * this method returns: read-your-writes.
   */
  public void refresh() throws IOException {
    lastRefresh = System.nanoTime();
    for (;;) {
      ensureOpen();
      Generation g = current;
      try {
        g.searchers().maybeRefreshBlocking();
        return;
      } catch (AlreadyClosedException e) {
        retryOrThrow(g, e); // the writer was rolled back or replaced meanwhile: go on with its successor
        continue;
      }
    }
  }

  /** How long a writable index's searches may lag behind its changes (default 1 second). */
  public Duration refreshInterval() {
    return Duration.ofNanos(refreshIntervalNanos);
  }

  /**
   * Sets how long a writable index's searches may lag behind its changes: {@link Duration#ZERO} refreshes before
   * every search that follows a change (slower under writes). {@link #commit()} and {@link #refresh()} always
   * refresh.
   *
   * @throws IllegalArgumentException when {@code interval} is negative
   */
  public void setRefreshInterval(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative, got " + interval);
    }
    refreshIntervalNanos = interval.toNanos();
  }

  /** Number of live articles visible to searches. */
  public int count() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** The stored article with {@code id}. */
  public Optional<Article> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    return withSearcher(s -> {
      TopDocs td = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
      return td.scoreDocs.length == 0
          ? Optional.empty()
          : Optional.of(ArticleDocuments.toArticle(s.getIndexReader(), s.storedFields(), td.scoreDocs[0].doc));
    });
  }

  /** The top {@code hits} articles for {@code query} (query language). */
  public List<SearchHit> search(String query, int hits) throws IOException {
    return search(SearchRequest.builder(query).size(hits).build()).hits();
  }

  /**
   * Runs {@code request}.
   *
   * @throws org.fahras.search.InvalidCursorException when the request's cursor is not the next cursor of a page of
   *     a search with the same sort
   */
  public SearchResponse search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    return withSearcher(s -> searcher.search(s, request));
  }

  /**
   * Articles similar to the one with {@code id}, with {@code request}'s filters, sort and paging. An unknown id
   * (never indexed, or deleted meanwhile) gives an empty response with a note, not an exception.
   *
   * @throws org.fahras.search.InvalidCursorException as {@link #search(SearchRequest)}
   */
  public SearchResponse moreLikeThis(String id, SearchRequest request) throws IOException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    return withSearcher(s -> searcher.moreLikeThis(s, id, request));
  }

  /**
   * "Did you mean": {@code query} (query language) with the words the index does not have replaced by the
   * closest words it has, as articles spell them, and everything else kept as typed; empty when no word needed
   * or found a correction.
   */
  public Optional<String> suggestCorrection(String query) throws IOException {
    return suggestCorrection(query, false);
  }

  /** As {@link #suggestCorrection(String)}; with {@code plainText}, the query has no syntax. */
  public Optional<String> suggestCorrection(String query, boolean plainText) throws IOException {
    Objects.requireNonNull(query, "query");
    return withSearcher(s -> searcher.suggestCorrection(s, query, plainText));
  }

  /**
   * Up to {@code n} (0 to 100) titles completing the typed {@code prefix}; its last word also completes after the
   * article and its proclitics (مكتب → المكتبة, والمكتبة).
   *
   * @throws IllegalArgumentException when {@code n} is outside 0–100
   */
  public List<String> autocomplete(String prefix, int n) throws IOException {
    Objects.requireNonNull(prefix, "prefix");
    return withSearcher(s -> searcher.autocomplete(s, prefix, n));
  }

  private interface SearcherFunction<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> f) throws IOException {
    for (;;) {
      ensureOpen();
      Generation g = current;
      IndexSearcher s;
      try {
        refreshIfDue(g);
        s = g.searchers().acquire();
      } catch (AlreadyClosedException e) {
        retryOrThrow(g, e); // the writer was rolled back or replaced meanwhile: go on with its successor
        continue;
      }
      try {
        return f.apply(s);
      } finally {
        g.searchers().release(s);
      }
    }
  }

  /**
   * After {@code g}'s searchers or writer were found closed: returns when a successor is there to retry with (the
   * index is not closed), throws otherwise.
   */
  private void retryOrThrow(Generation g, AlreadyClosedException e) throws IOException {
    if (closed) {
      throw closedException(e);
    }
    if (g.writer() != null && !g.writer().isOpen()) {
      replaceIfBroken(g); // rolled back (the rollback holds the lock until its successor is in place) or failed
    }
    if (current == g) {
      throw closedException(e);
    }
  }

  private void requireWritable() {
    if (!writable) {
      throw new IllegalStateException("index at " + path + " is open for searching only (openForSearch): open it"
          + " with openForWriting or openOrCreate to change it");
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("index at " + path + " is closed");
    }
  }

  private IllegalStateException closedException(AlreadyClosedException e) {
    return new IllegalStateException("index at " + path + " is closed", e);
  }

  /** Whether this index is open: false once {@link #close()} has been called. */
  public boolean isOpen() {
    return !closed;
  }

  /** Whether this index can be changed: false for {@link #openForSearch}. */
  public boolean isWritable() {
    return writable;
  }

  /**
   * Closes the index <b>without committing</b>: changes since the last {@link #commit()} are discarded, unlike
   * Lucene's {@code IndexWriter}, which commits on close by default. fahras chose this so that an ingest that
   * fails or is interrupted half-way leaves the index as its last deliberate commit: call {@link #commit()} to
   * keep changes.
   */
  @Override
  public void close() throws IOException {
    writeGate.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      Generation g = current;
      try {
        g.searchers().close();
        if (g.writer() != null && g.writer().isOpen()) {
          g.writer().rollback(); // explicit: never a half-intended commit on close
        }
      } finally {
        directory.close();
      }
    } finally {
      writeGate.writeLock().unlock();
    }
  }
}
