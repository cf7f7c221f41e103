package org.fahras.cli;

/** A command-line mistake: printed with the usage, exit status 2. */
final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}

