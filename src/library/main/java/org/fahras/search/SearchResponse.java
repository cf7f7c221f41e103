package org.fahras.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits number of matching articles; exact when {@code totalIsExact}, else a lower bound
 * @param totalIsExact whether {@code totalHits} is exact
 * @param hits this page of results, in the requested order
 * @param facets when asked for: per dimension ({@code source}, {@code category}, {@code kind}, {@code year}, in
 *     this order), value to count, largest first
 * @param nextCursor pass to {@link SearchRequest#next(String)} for the following page; null on the last page
 * @param notes what the engine changed about the query (truncation, text read as text)
 * @param tookMillis time spent searching
 * @param firstRank rank of this page's first hit in the whole result list (1 on the first page; a later page, by
 *     number or by cursor, goes on where the one before ended)
 */
public record SearchResponse(
    long totalHits,
    boolean totalIsExact,
    List<SearchHit> hits,
    Map<String, Map<String, Long>> facets,
    String nextCursor,
    List<String> notes,
    long tookMillis,
    long firstRank) {
  /** A response whose first hit has rank 1. */
  public SearchResponse(long totalHits, boolean totalIsExact, List<SearchHit> hits,
      Map<String, Map<String, Long>> facets, String nextCursor, List<String> notes, long tookMillis) {
    this(totalHits, totalIsExact, hits, facets, nextCursor, notes, tookMillis, 1);
  }

  /** Copies the collections. */
  public SearchResponse {
    if (firstRank < 1) {
      throw new IllegalArgumentException("firstRank must be at least 1, not " + firstRank);
    }
    hits = List.copyOf(hits);
    // keep the order: dimensions as asked, values largest first
    Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
    facets.forEach((dim, counts) -> ordered.put(dim, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
    facets = Collections.unmodifiableMap(ordered);
    notes = List.copyOf(notes);
  }
}
