package org.fahras.cli;

/** Shows a snippet's matches in bold on a terminal, or in brackets where colour is unwelcome. */
final class Terminal {
  private Terminal() {}

  /** {@code text} marked as a match: bold on a terminal, else in brackets; the text itself is not read for tags. */
  static String marked(String text) {
    boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
    return colour ? "\u001b[1;33m" + text + "\u001b[0m" : "[" + text + "]";
  }
}
