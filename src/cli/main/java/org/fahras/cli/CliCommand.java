package org.fahras.cli;

import java.io.IOException;

/** A command of the command line: picocli has set its options and parameters; runs it, returns the exit status. */
interface CliCommand {
  int run() throws IOException;
}
