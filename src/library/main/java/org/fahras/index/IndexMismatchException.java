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

  IndexMismatchException(Path path, String message) {
    super(message);
    this.path = path;
  }

  /** The index folder. */
  public Path path() {
    return path;
  }
}
