package org.fahras.document;

import java.util.Locale;

/** What an article is: a news item or the description of a documentary. */
public enum Kind {
  /** A news article. */
  NEWS,
  /** The description of a documentary film or programme. */
  DOCUMENTARY;

  /** The lower-case name used in JSON, the index and the query language ({@code news}, {@code documentary}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code news} or {@code documentary} (any case).
   *
   * @throws IllegalArgumentException naming the accepted values when {@code text} is neither
   */
  public static Kind parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    for (Kind k : values()) {
      if (k.label().equalsIgnoreCase(text.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException("expected \"news\" or \"documentary\", got \"" + text + "\"");
  }
}
