package org.fahras.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another writer (in this or another process) holds the index's write lock. */
public final class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;
  private final Path path;

  IndexLockedException(Path path, Throwable cause) {
    super("index at " + path + " is locked by another writer", cause);
    this.path = path;
  }

  /** The index folder. */
  public Path path() {
    return path;
  }
}
