package org.fahras.search;

/**
 * A {@link SearchRequest}'s cursor that is not the next cursor of a page of a search with the same sort: a mistake
 * of the caller (mistyped, cut, or from another sort), reported when the search runs, since only then is the sort
 * checked against it.
 */
public final class InvalidCursorException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}, which names the cursor and what is wrong with it. */
  public InvalidCursorException(String message) {
    super(message);
  }
}
