package org.fahras.index;

import java.util.Locale;

/**
 * The analysis an index is built with. The index records it; searches always use the one that built it.
 * (Measurement-only variants, the ablations of the README, are reachable by name through
 * {@link ArticleIndex#openOrCreate(java.nio.file.Path, String)}.)
 */
public enum ArticleAnalyzer {
  /** fahras's Arabic chain: normalization, stop words, light stemmer, with an exact field beside the stemmed one. */
  FAHRAS,
  /** Lucene's {@code ArabicAnalyzer} (Elasticsearch's {@code arabic}): the baseline. */
  STOCK,
  /** The stock chain with Snowball's Arabic stemmer. */
  SNOWBALL;

  /** The chain name recorded in the index ({@code fahras}, {@code stock}, {@code snowball}). */
  public String chainName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
