package org.fahras.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link Main} in the test's JVM and keeps what one command printed, for tests of the command line. */
abstract class InProcessCli {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs one command with {@code in} as its standard input; returns its exit status. */
  int run(InputStream in, String... args) {
    out.reset();
    err.reset();
    return new Main(in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  /** Runs one command with an empty standard input. */
  int run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  /** What the last command printed on standard output. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the last command printed on standard error. */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
