package org.fahras.search;

import java.util.Objects;

/**
 * A piece of a hit's snippet as the article writes it, never escaped: a stretch of text, a match of the query, or the
 * ellipsis between two passages. {@link SearchHit#snippetParts()} gives them in order, for callers that lay a
 * snippet out themselves (a terminal, a native widget) instead of reading the HTML of {@link SearchHit#snippet()}.
 *
 * @param text the characters, as stored
 * @param match whether this piece matched the query
 */
public record SnippetPart(String text, boolean match) {
  /** Checks the text. */
  public SnippetPart {
    Objects.requireNonNull(text, "text");
  }
}
