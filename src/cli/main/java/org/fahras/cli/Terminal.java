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
}
