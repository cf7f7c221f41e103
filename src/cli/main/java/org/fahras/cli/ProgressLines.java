package org.fahras.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.fahras.index.Indexer;

/** The {@code fahras: …} lines an ingest prints on standard error: its progress, and the files it skipped. */
final class ProgressLines implements Indexer.IngestListener {
  /** Skipped files named one by one; past them, one line counts the rest. */
  static final int SKIPPED_NAMED = 20;

  private final PrintStream err;
  private int skipped;

  ProgressLines(PrintStream err) {
    this.err = err;
  }

  @Override
  public void progress(long read, long added, long committed, Duration elapsed) {
    double secs = Math.max(elapsed.toNanos(), 1) / 1e9;
    err.printf("fahras: %,d records read, %,d added (%,d committed), %,.0f documents/s%n", read, added, committed,
        added / secs);
  }

  @Override
  public void skipped(Path file) {
    if (skipped++ < SKIPPED_NAMED) {
      err.println("fahras: skipped " + file + " (not an article file)");
    }
  }

  /** After the ingest: counts the skipped files not named. */
  void end() {
    if (skipped > SKIPPED_NAMED) {
      err.println("fahras: skipped " + (skipped - SKIPPED_NAMED) + " more files that are not article files");
      skipped = SKIPPED_NAMED; // said once
    }
  }
}
