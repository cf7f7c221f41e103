package org.fahras.cli;

/** Turns {@code <mark>} spans into bold on a terminal, or brackets where colour is unwelcome. */
final class Terminal {
  private Terminal() {}

  static String mark(String snippet) {
    boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
    return colour
        ? snippet.replace("<mark>", "\u001b[1;33m").replace("</mark>", "\u001b[0m")
        : snippet.replace("<mark>", "[").replace("</mark>", "]");
  }

  /** {@code text} marked as a match: bold on a terminal, else in brackets; the text itself is not read for tags. */
  static String marked(String text) {
    boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
    return colour ? "\u001b[1;33m" + text + "\u001b[0m" : "[" + text + "]";
  }
}
