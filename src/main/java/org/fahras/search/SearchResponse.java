package org.fahras.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits number of matching articles; exact when {@code totalIsExact}, else a lower bound
 * @param totalIsExact whether {@code totalHits} is exact
 * @param hits the requested page of results, best first
 * @param notes what the engine changed about the query, e.g. that it was truncated to the term limit
 * @param tookMillis time spent searching
 */
public record SearchResponse(
    long totalHits, boolean totalIsExact, List<SearchHit> hits, List<String> notes, long tookMillis) {
  /** Copies the lists. */
  public SearchResponse {
    hits = List.copyOf(hits);
    notes = List.copyOf(notes);
  }
}
