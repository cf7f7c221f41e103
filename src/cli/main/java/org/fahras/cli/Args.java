package org.fahras.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Options ({@code --name value}, {@code --name=value}, {@code --flag}) and positional arguments of one command.
 * An option given twice takes its last value (as in most Unix tools), except list options read with
 * {@link #values}; {@code --} ends the options, so that what follows is positional even if it starts with dashes.
 */
final class Args {
  private final List<String> args = new ArrayList<>();
  private final List<String> afterDashes = new ArrayList<>();
  private final boolean[] used;

  Args(List<String> given) {
    boolean options = true;
    for (String s : given) {
      if (options && s.equals("--")) {
        options = false;
      } else if (!options) {
        afterDashes.add(s);
      } else if (s.startsWith("--") && s.indexOf('=') > 2) {
        args.add(s.substring(0, s.indexOf('=')));
        args.add(s.substring(s.indexOf('=') + 1));
      } else {
        args.add(s);
      }
    }
    this.used = new boolean[args.size()];
  }

  /** True when {@code --help} or {@code -h} is among the options. */
  static boolean wantsHelp(List<String> given) {
    for (String s : given) {
      if (s.equals("--")) {
        return false;
      }
      if (s.equals("--help") || s.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** The option's value, the last one if it is given more than once; {@code dflt} if it is not given. */
  String value(String name, String dflt) {
    String v = dflt;
    for (int i = 0; i < args.size(); i++) {
      if (!used[i] && args.get(i).equals(name)) {
        if (i + 1 >= args.size()) {
          throw new UsageException(name + " needs a value");
        }
        used[i] = used[i + 1] = true;
        v = args.get(i + 1);
      }
    }
    return v;
  }

  /** Every value of a list option ({@code --filter a --filter b}), in order. */
  List<String> values(String name) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (!used[i] && args.get(i).equals(name)) {
        if (i + 1 >= args.size()) {
          throw new UsageException(name + " needs a value");
        }
        used[i] = used[i + 1] = true;
        out.add(args.get(++i));
      }
    }
    return out;
  }

  /** True when the option is given (with or without a value); does not consume it. */
  boolean has(String name) {
    for (int i = 0; i < args.size(); i++) {
      if (!used[i] && args.get(i).equals(name)) {
        return true;
      }
    }
    return false;
  }

  Path path(String name, boolean required) {
    String v = value(name, null);
    if (v == null && required) {
      throw new UsageException(name + " is required");
    }
    if (v != null && v.isEmpty()) {
      throw new UsageException(name + " needs a non-empty path");
    }
    return v == null ? null : Path.of(v);
  }

  /** A whole number from {@code min} to {@code max}; anything else (a fraction, overflow) is a usage error. */
  long longValue(String name, long dflt, long min, long max) {
    String v = value(name, null);
    if (v == null) {
      return dflt;
    }
    long n;
    try {
      n = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE;
    }
    if (n < min || n > max) {
      throw new UsageException(name + " takes a whole number from " + fmt(min) + " to " + fmt(max)
          + ", not \"" + v + "\"");
    }
    return n;
  }

  long longValue(String name, long dflt) {
    return longValue(name, dflt, 0, Long.MAX_VALUE);
  }

  int intValue(String name, int dflt, int min, int max) {
    return (int) longValue(name, dflt, min, max);
  }

  private static String fmt(long n) {
    return n == Long.MAX_VALUE ? "2^63-1" : String.format(Locale.ROOT, "%,d", n);
  }

  /** The option's value turned into a {@code T}; a value {@code parse} refuses is a usage error. */
  <T> T parsed(String name, String dflt, Function<String, T> parse) {
    String v = value(name, dflt);
    try {
      return v == null ? null : parse.apply(v);
    } catch (IllegalArgumentException e) {
      throw new UsageException(name + ": " + e.getMessage());
    }
  }

  boolean flag(String name) {
    boolean found = false;
    for (int i = 0; i < args.size(); i++) {
      if (!used[i] && args.get(i).equals(name)) {
        used[i] = true;
        found = true;
      }
    }
    return found;
  }

  /** Everything not consumed as an option; an unknown {@code --option} is an error. */
  List<String> positional() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (!used[i]) {
        String s = args.get(i);
        if (s.startsWith("--") && s.length() > 2) {
          throw new UsageException("unknown option " + s);
        }
        out.add(s);
        used[i] = true;
      }
    }
    out.addAll(afterDashes);
    afterDashes.clear();
    return out;
  }

  void done() {
    positional().stream().findFirst().ifPresent(s -> {
      throw new UsageException("unexpected argument \"" + s + "\"");
    });
  }
}
