package org.fahras.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The folder holds an index this fahras cannot use as asked: built by another analyzer, another version of the
 * chain or schema (its tokens or fields differ: reindex), or not by fahras at all.
 */
public final class IndexMismatchException extends IOException {
  private static final long serialVersionUID = 1L;
  private final Path path;
  private final String analyzer;
  private final Reason reason;

  /** Why the index cannot be used as asked. */
  public enum Reason {
    /** Built with another analyzer than the one asked for: open it with {@link #analyzer()}, or use a new folder. */
    ANALYZER,
    /** Built by another version of its chain or of the schema: its tokens or fields differ, so reindex. */
    VERSION,
    /** Not built by fahras, or by a chain this fahras does not know. */
    UNKNOWN
  }

  IndexMismatchException(Path path, String analyzer, Reason reason, String message) {
    super(message);
    this.path = path;
    this.analyzer = analyzer;
    this.reason = reason;
  }

  /** Why the index cannot be used as asked. */
  public Reason reason() {
    return reason;
  }

  /**
   * The name of the analyzer the index was built with, as its commit data records it (an {@link ArticleAnalyzer}
   * chain name), or null when the index records none (not built by fahras).
   */
  public String analyzer() {
    return analyzer;
  }

  /** The index folder. */
  public Path path() {
    return path;
  }
}
