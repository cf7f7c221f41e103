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

  IndexMismatchException(Path path, String analyzer, String message) {
    super(message);
    this.path = path;
    this.analyzer = analyzer;
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
