package org.fahras.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to search for. Immutable; build with {@link #of(String)} or {@link #builder(String)}.
 *
 * @param query the user's text in fahras's query language (README, "Query language"); no text makes a search fail
 * @param plainText true to take every character as text, no syntax (how evaluation topics are searched)
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 * @param filters required values per field ({@code source}, {@code kind}, {@code category}, {@code tag}); several
 *     values of one field mean any of them
 * @param publishedFrom only articles published at or after this instant, or null
 * @param publishedTo only articles published before this instant, or null
 * @param sort result order
 * @param cursor the {@link SearchResponse#nextCursor()} of the previous page, or null for the first page
 * @param highlight whether hits carry a highlighted snippet
 * @param facets whether the response carries facet counts (source, category, kind, year)
 * @param explain whether hits carry Lucene's explanation of their score
 * @param preferRecent whether to boost newer articles (news archives; off by default): the ranking's recency at
 *     {@link Ranking#DEFAULT_RECENCY_WEIGHT} when the ranking has none
 * @param ranking how matches are scored, or null for the index's default ({@link Ranking#DEFAULT} for
 *     {@code fahras})
 * @param page the page to return, from 1, of {@code size} hits each; a page past the last is empty (the response
 *     still gives the total); not with a cursor
 * @param exactTotal whether to count every match; by default the count stops being exact past
 *     {@value #DEFAULT_EXACT_TOTAL_UP_TO} matches (cheaper; {@link SearchResponse#totalIsExact()} says which)
 * @param rawSnippets whether snippets keep the article text as is; by default it is HTML-escaped around the
 *     {@code <mark>} tags, so that a page can show it safely
 */
public record SearchRequest(
    String query,
    boolean plainText,
    int size,
    Map<String, List<String>> filters,
    OffsetDateTime publishedFrom,
    OffsetDateTime publishedTo,
    Sort sort,
    String cursor,
    boolean highlight,
    boolean facets,
    boolean explain,
    boolean preferRecent,
    Ranking ranking,
    int page,
    boolean exactTotal,
    boolean rawSnippets) {

  /** Most hits one page returns. */
  public static final int MAX_SIZE = 10_000;

  /** Deepest hit a page may reach ({@code page × size}); go further with cursors. */
  public static final int MAX_WINDOW = 100_000;

  /** Up to how many matches the total is exact without {@link #exactTotal()}. */
  public static final int DEFAULT_EXACT_TOTAL_UP_TO = 1000;

  /** Fields that can be filtered on. */
  public static final Set<String> FILTER_FIELDS = Set.of("source", "kind", "category", "tag");

  /** Result order. */
  public enum Sort {
    /** Best match first. */
    RELEVANCE,
    /** Newest first. */
    NEWEST,
    /** Oldest first. */
    OLDEST
  }

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException when size or page is out of range, a page is asked for with a cursor, or a
   *     filter field is unknown
   * @throws NullPointerException naming the parameter, when query, filters or sort is null
   */
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    if (page < 1) {
      throw new IllegalArgumentException("page counts from 1, got " + page);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new IllegalArgumentException("page " + page + " of " + size + " hits reaches past hit " + MAX_WINDOW
          + ": walk further with cursors (nextCursor)");
    }
    if (page > 1 && cursor != null) {
      throw new IllegalArgumentException("a page number and a cursor cannot be combined: the cursor says where the"
          + " page starts");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : filters.entrySet()) {
      if (!FILTER_FIELDS.contains(e.getKey())) {
        throw new IllegalArgumentException("cannot filter on \"" + e.getKey() + "\"; filterable: " + FILTER_FIELDS);
      }
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    filters = java.util.Collections.unmodifiableMap(copy);
  }

  /** The top 10 for {@code query}, by relevance, without snippets. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /** A builder with the defaults of {@link #of(String)}. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** This request for the page after the one that returned {@code nextCursor}. */
  public SearchRequest next(String nextCursor) {
    Objects.requireNonNull(nextCursor, "nextCursor");
    return new SearchRequest(query, plainText, size, filters, publishedFrom, publishedTo, sort, nextCursor,
        highlight, facets, explain, preferRecent, ranking, 1, exactTotal, rawSnippets);
  }

  /** Builder of {@link SearchRequest}. */
  public static final class Builder {
    private final String query;
    private boolean plainText;
    private int size = 10;
    private final Map<String, List<String>> filters = new LinkedHashMap<>();
    private OffsetDateTime from;
    private OffsetDateTime to;
    private Sort sort = Sort.RELEVANCE;
    private String cursor;
    private boolean highlight;
    private boolean facets;
    private boolean explain;
    private boolean preferRecent;
    private Ranking ranking;
    private int page = 1;
    private boolean exactTotal;
    private boolean rawSnippets;

    private Builder(String query) {
      this.query = Objects.requireNonNull(query, "query");
    }

    /** Takes the query as plain text, no syntax. */
    public Builder plainText(boolean v) { plainText = v; return this; }
    /** Hits per page. */
    public Builder size(int v) { size = v; return this; }
    /** Adds a required value for {@code field} (source, kind, category, tag). */
    public Builder filter(String field, String value) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
      filters.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
      return this;
    }
    /** Only articles published at or after {@code v}. */
    public Builder publishedFrom(OffsetDateTime v) { from = v; return this; }
    /** Only articles published before {@code v}. */
    public Builder publishedTo(OffsetDateTime v) { to = v; return this; }
    /** Result order. */
    public Builder sort(Sort v) { sort = v; return this; }
    /** Cursor of the previous page. */
    public Builder cursor(String v) { cursor = v; return this; }
    /** Whether to highlight. */
    public Builder highlight(boolean v) { highlight = v; return this; }
    /** Whether to count facets. */
    public Builder facets(boolean v) { facets = v; return this; }
    /** Whether to explain scores. */
    public Builder explain(boolean v) { explain = v; return this; }
    /** Whether to prefer recent articles. */
    public Builder preferRecent(boolean v) { preferRecent = v; return this; }
    /** How matches are scored; null for the index's default. */
    public Builder ranking(Ranking v) { ranking = v; return this; }
    /** The page to return, from 1 (not with a cursor). */
    public Builder page(int v) { page = v; return this; }
    /** Whether to count every match exactly. */
    public Builder exactTotal(boolean v) { exactTotal = v; return this; }
    /** Whether snippets keep the article text unescaped. */
    public Builder rawSnippets(boolean v) { rawSnippets = v; return this; }

    /** Builds the request. */
    public SearchRequest build() {
      return new SearchRequest(query, plainText, size, filters, from, to, sort, cursor, highlight, facets, explain,
          preferRecent, ranking, page, exactTotal, rawSnippets);
    }
  }
}
