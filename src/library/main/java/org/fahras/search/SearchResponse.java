package org.fahras.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}. Immutable; the index makes them (the {@link #builder() builder} is there
 * for it and for tests of code that reads responses). A final class rather than a record, so that a field can be
 * added without breaking compiled callers.
 */
public final class SearchResponse {
  private final long totalHits;
  private final boolean totalIsExact;
  private final List<SearchHit> hits;
  private final Map<String, Map<String, Long>> facets;
  private final String nextCursor;
  private final List<String> notes;
  private final long tookMillis;
  private final long firstRank;

  /** Validates and copies the collections. */
  private SearchResponse(Builder b) {
    if (b.firstRank < 1) {
      throw new IllegalArgumentException("firstRank must be at least 1, not " + b.firstRank);
    }
    this.totalHits = b.totalHits;
    this.totalIsExact = b.totalIsExact;
    this.hits = List.copyOf(b.hits);
    // keep the order: dimensions as asked, values largest first
    Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
    b.facets.forEach((dim, counts) -> ordered.put(dim, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
    this.facets = Collections.unmodifiableMap(ordered);
    this.nextCursor = b.nextCursor;
    this.notes = List.copyOf(b.notes);
    this.tookMillis = b.tookMillis;
    this.firstRank = b.firstRank;
  }

  /**
   * A builder of an empty response: no hits, an exact total of 0, no facets, no cursor, no notes, first rank 1.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of matching articles; exact when {@link #totalIsExact()}, else a lower bound. */
  public long totalHits() {
    return totalHits;
  }

  /** Whether {@link #totalHits()} is exact. */
  public boolean totalIsExact() {
    return totalIsExact;
  }

  /** This page of results, in the requested order; unmodifiable. */
  public List<SearchHit> hits() {
    return hits;
  }

  /**
   * When asked for: per dimension ({@code source}, {@code category}, {@code kind}, {@code year}, in this order),
   * value to count, largest first; else empty. Unmodifiable.
   */
  public Map<String, Map<String, Long>> facets() {
    return facets;
  }

  /** Pass to {@link SearchRequest#next(String)} for the following page; null on the last page. */
  public String nextCursor() {
    return nextCursor;
  }

  /** What the engine changed about the query (truncation, text read as text); unmodifiable. */
  public List<String> notes() {
    return notes;
  }

  /** Time spent searching, in milliseconds. */
  public long tookMillis() {
    return tookMillis;
  }

  /**
   * Rank of this page's first hit in the whole result list (1 on the first page; a later page, by number or by
   * cursor, goes on where the one before ended).
   */
  public long firstRank() {
    return firstRank;
  }

  /** Whether {@code o} is a response with equal fields, the time taken included. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SearchResponse r && totalHits == r.totalHits && totalIsExact == r.totalIsExact
        && hits.equals(r.hits) && facets.equals(r.facets) && Objects.equals(nextCursor, r.nextCursor)
        && notes.equals(r.notes) && tookMillis == r.tookMillis && firstRank == r.firstRank;
  }

  @Override
  public int hashCode() {
    return Objects.hash(totalHits, totalIsExact, hits, facets, nextCursor, notes, tookMillis, firstRank);
  }

  /** Every field, named, as a record would print them. */
  @Override
  public String toString() {
    return "SearchResponse[totalHits=" + totalHits + ", totalIsExact=" + totalIsExact + ", hits=" + hits
        + ", facets=" + facets + ", nextCursor=" + nextCursor + ", notes=" + notes + ", tookMillis=" + tookMillis
        + ", firstRank=" + firstRank + "]";
  }

  /** Mutable builder of {@link SearchResponse}. */
  public static final class Builder {
    private long totalHits;
    private boolean totalIsExact = true;
    private List<SearchHit> hits = List.of();
    private Map<String, Map<String, Long>> facets = Map.of();
    private String nextCursor;
    private List<String> notes = List.of();
    private long tookMillis;
    private long firstRank = 1;

    private Builder() {}

    /** Sets the total and whether it is exact. */
    public Builder total(long hits, boolean exact) { totalHits = hits; totalIsExact = exact; return this; }
    /** Sets the hits (copied by {@link #build()}). */
    public Builder hits(List<SearchHit> v) { hits = Objects.requireNonNull(v, "hits"); return this; }
    /** Sets the facet counts (copied by {@link #build()}, orders kept). */
    public Builder facets(Map<String, Map<String, Long>> v) { facets = Objects.requireNonNull(v, "facets"); return this; }
    /** Sets the next page's cursor. */
    public Builder nextCursor(String v) { nextCursor = v; return this; }
    /** Sets the notes (copied by {@link #build()}). */
    public Builder notes(List<String> v) { notes = Objects.requireNonNull(v, "notes"); return this; }
    /** Sets the time spent searching, in milliseconds. */
    public Builder tookMillis(long v) { tookMillis = v; return this; }
    /** Sets the rank of the first hit, from 1. */
    public Builder firstRank(long v) { firstRank = v; return this; }

    /**
     * Builds the response.
     *
     * @throws IllegalArgumentException when the first rank is below 1
     */
    public SearchResponse build() {
      return new SearchResponse(this);
    }
  }
}
