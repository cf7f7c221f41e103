package org.fahras.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * The checks of option values that picocli leaves to the commands, with the command line's messages: a path is not
 * empty, a number is whole and in its range, a value a parser refuses is a usage error. A value is checked after
 * parsing, so that of an option given twice only the last (the one that counts) is checked.
 */
final class OptionValues {
  private OptionValues() {}

  /** {@code value} as a path; null when the option was not given; a usage error when it is empty. */
  static Path path(String name, String value) {
    if (value != null && value.isEmpty()) {
      throw new UsageException(name + " needs a non-empty path");
    }
    return value == null ? null : Path.of(value);
  }

  /** A whole number from {@code min} to {@code max}; anything else (a fraction, overflow) is a usage error. */
  static long whole(String name, String value, long dflt, long min, long max) {
    if (value == null) {
      return dflt;
    }
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE;
    }
    if (n < min || n > max) {
      throw new UsageException(name + " takes a whole number from " + fmt(min) + " to " + fmt(max)
          + ", not \"" + value + "\"");
    }
    return n;
  }

  static int whole(String name, String value, int dflt, int min, int max) {
    return (int) whole(name, value, dflt, min, (long) max);
  }

  private static String fmt(long n) {
    return n == Long.MAX_VALUE ? "2^63-1" : String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code value} turned into a {@code T}; a value {@code parse} refuses is a usage error. */
  static <T> T parsed(String name, String value, Function<String, T> parse) {
    try {
      return value == null ? null : parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException(name + ": " + e.getMessage());
    }
  }
}
