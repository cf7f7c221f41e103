package org.fahras.search;

import java.util.Objects;

/**
 * What to search for. Immutable; build with {@link #of(String)} or {@link #builder(String)}.
 *
 * @param query the user's text; never Lucene syntax, no text makes a search fail
 * @param plainText true to take every character as text (how evaluation topics are searched); false to read
 *     fahras's query language (quotes, {@code -word}, {@code source:x}, ...)
 * @param size number of hits wanted, 1 to {@link #MAX_SIZE}
 * @param highlight whether hits carry a highlighted snippet
 */
public record SearchRequest(String query, boolean plainText, int size, boolean highlight) {
  /** Most hits one request returns. */
  public static final int MAX_SIZE = 10_000;

  /**
   * Validates.
   *
   * @throws IllegalArgumentException when size is out of range or query is null
   */
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
  }

  /** The top 10 for {@code query} in the query language, without snippets. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /** A builder with the defaults of {@link #of(String)}. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** Builder of {@link SearchRequest}. */
  public static final class Builder {
    private final String query;
    private boolean plainText;
    private int size = 10;
    private boolean highlight;

    private Builder(String query) {
      this.query = query;
    }

    /** Takes the query as plain text, no syntax. */
    public Builder plainText(boolean v) { plainText = v; return this; }
    /** Number of hits. */
    public Builder size(int v) { size = v; return this; }
    /** Whether to highlight. */
    public Builder highlight(boolean v) { highlight = v; return this; }

    /** Builds the request. */
    public SearchRequest build() {
      return new SearchRequest(query, plainText, size, highlight);
    }
  }
}
