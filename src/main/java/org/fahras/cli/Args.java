package org.fahras.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options ({@code --name value}, {@code --flag}) and positional arguments of one command. */
final class Args {
  private final List<String> args;
  private final boolean[] used;

  Args(List<String> args) {
    this.args = args;
    this.used = new boolean[args.size()];
  }

  String value(String name, String dflt) {
    for (int i = 0; i < args.size(); i++) {
      if (!used[i] && args.get(i).equals(name)) {
        if (i + 1 >= args.size()) {
          throw new UsageException(name + " needs a value");
        }
        used[i] = used[i + 1] = true;
        return args.get(i + 1);
      }
    }
    return dflt;
  }

  Path path(String name, boolean required) {
    String v = value(name, null);
    if (v == null && required) {
      throw new UsageException(name + " is required");
    }
    return v == null ? null : Path.of(v);
  }

  long longValue(String name, long dflt) {
    String v = value(name, null);
    if (v == null) {
      return dflt;
    }
    try {
      long n = Long.parseLong(v);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(name + " takes a non-negative whole number, not \"" + v + "\"");
    }
  }

  boolean flag(String name) {
    for (int i = 0; i < args.size(); i++) {
      if (!used[i] && args.get(i).equals(name)) {
        used[i] = true;
        return true;
      }
    }
    return false;
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
    return out;
  }

  void done() {
    positional().stream().findFirst().ifPresent(s -> {
      throw new UsageException("unexpected argument \"" + s + "\"");
    });
  }
}
