package org.fahras.search;

/** Limits of the search side, in one place for the README's "Guarantees". */
final class ArticleSearcherLimits {
  /** Longest stored text the highlighter reads for one snippet (a 10 MB body is highlighted in its first 1 MB). */
  static final int MAX_HIGHLIGHT_CHARS = 1_000_000;

  private ArticleSearcherLimits() {}
}
