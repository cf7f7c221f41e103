package org.fahras.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM as requests to stop cleanly (the JVM's default is to exit at once). Uses
 * {@code sun.misc.Signal} from the {@code jdk.unsupported} module, the JDK's only API for it; where a signal
 * cannot be handled (ignored by the parent, or -Xrs) the default stays.
 */
final class Signals {
  private Signals() {}

  /** Calls {@code handler} with the signal number on SIGINT and SIGTERM; returns what restores the defaults. */
  static Runnable onInterrupt(IntConsumer handler) {
    List<Runnable> restore = new ArrayList<>();
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal s = new Signal(name);
        SignalHandler old = Signal.handle(s, sig -> handler.accept(sig.getNumber()));
        restore.add(() -> Signal.handle(s, old));
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // not available here: the signal keeps its default effect
      }
    }
    return () -> restore.forEach(Runnable::run);
  }

  static String name(int signo) {
    return switch (signo) {
      case 2 -> "SIGINT";
      case 15 -> "SIGTERM";
      default -> "signal " + signo;
    };
  }
}
