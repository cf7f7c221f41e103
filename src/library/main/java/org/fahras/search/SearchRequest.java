package org.fahras.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fahras.search.engine.ArticleSearcher;

/**
 * What to search for. Immutable; build with {@link #of(String)} or {@link #builder(String)}, and change a copy
 * with {@link #toBuilder()}. A final class rather than a record, so that a field can be added without breaking
 * compiled callers. Two requests are equal when every field is (the ranking compares as {@link Ranking#equals}
 * says).
 */
public final class SearchRequest {

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

  private final String query;
  private final boolean plainText;
  private final int size;
  private final Map<String, List<String>> filters;
  private final OffsetDateTime publishedFrom;
  private final OffsetDateTime publishedTo;
  private final Sort sort;
  private final String cursor;
  private final boolean highlight;
  private final boolean facets;
  private final boolean explain;
  private final boolean preferRecent;
  private final Ranking ranking;
  private final int page;
  private final boolean exactTotal;
  private final boolean rawSnippets;
  private final ZoneId zone;

  /**
   * Validates and copies; {@link Builder#build()} and {@link #next(String)} call it.
   *
   * @throws IllegalArgumentException when size or page is out of range, a page is asked for with a cursor, or a
   *     filter field is unknown
   * @throws NullPointerException naming the parameter, when query, filters or sort is null
   */
  private SearchRequest(String query, boolean plainText, int size, Map<String, List<String>> filters,
      OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Sort sort, String cursor, boolean highlight,
      boolean facets, boolean explain, boolean preferRecent, Ranking ranking, int page, boolean exactTotal,
      boolean rawSnippets, ZoneId zone) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE + ", got " + size);
    }
    if (size == 0 && (page > 1 || cursor != null)) {
      throw new IllegalArgumentException("size 0 returns no hits (only the total and facets): a page or cursor"
          + " has nothing to choose");
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
    this.query = query;
    this.plainText = plainText;
    this.size = size;
    this.filters = Collections.unmodifiableMap(copy);
    this.publishedFrom = publishedFrom;
    this.publishedTo = publishedTo;
    this.sort = sort;
    this.cursor = cursor;
    this.highlight = highlight;
    this.facets = facets;
    this.explain = explain;
    this.preferRecent = preferRecent;
    this.ranking = ranking;
    this.page = page;
    this.exactTotal = exactTotal;
    this.rawSnippets = rawSnippets;
    this.zone = zone == null ? ZoneOffset.UTC : zone;
  }

  /** The top 10 for {@code query}, by relevance, without snippets. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /** A builder with the defaults of {@link #of(String)}. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /**
   * A builder holding this request's fields: change some and build a new request. Its dates are this request's
   * instants ({@link #publishedFrom()}, {@link #publishedTo()}); the builder's day filters start unset.
   */
  public Builder toBuilder() {
    Builder b = new Builder(query).plainText(plainText).size(size).publishedFrom(publishedFrom)
        .publishedTo(publishedTo).zone(zone).sort(sort).cursor(cursor).highlight(highlight).facets(facets)
        .explain(explain).preferRecent(preferRecent).ranking(ranking).page(page).exactTotal(exactTotal)
        .rawSnippets(rawSnippets);
    filters.forEach((field, values) -> b.filters.put(field, new ArrayList<>(values)));
    return b;
  }

  /** This request for the page after the one that returned {@code nextCursor}. */
  public SearchRequest next(String nextCursor) {
    Objects.requireNonNull(nextCursor, "nextCursor");
    return new SearchRequest(query, plainText, size, filters, publishedFrom, publishedTo, sort, nextCursor,
        highlight, facets, explain, preferRecent, ranking, 1, exactTotal, rawSnippets, zone);
  }

  /** The user's text in fahras's query language (README, "Query language"); no text makes a search fail. */
  public String query() {
    return query;
  }

  /** Whether every character is taken as text, no syntax (how evaluation topics are searched). */
  public boolean plainText() {
    return plainText;
  }

  /**
   * Hits per page, 0 to {@link #MAX_SIZE}; 0 returns no hits, only the total and (when asked for) the facets, as
   * Elasticsearch's {@code size: 0} (then no page past the first, no cursor).
   */
  public int size() {
    return size;
  }

  /**
   * Values per field ({@code source}, {@code kind}, {@code category}, {@code tag}), matched without regard to
   * case: an article must match every field, and any one of a field's values (values of one field are ORed, fields
   * ANDed: {@code source=a, source=b, kind=news} is (a or b) and news). Unmodifiable, in the order added.
   */
  public Map<String, List<String>> filters() {
    return filters;
  }

  /** Only articles published at or after this instant (inclusive), or null. */
  public OffsetDateTime publishedFrom() {
    return publishedFrom;
  }

  /**
   * Only articles published before this instant (exclusive: a half-open range, so that consecutive ranges neither
   * overlap nor leave a gap), or null. The query language's {@code before:} and
   * {@link Builder#publishedOnOrBefore(LocalDate)} name an inclusive day instead.
   */
  public OffsetDateTime publishedTo() {
    return publishedTo;
  }

  /** Result order. */
  public Sort sort() {
    return sort;
  }

  /**
   * The {@link SearchResponse#nextCursor()} of the previous page, or null for the first page; a cursor of another
   * search (another query, filters, dates, zone, ranking or sort) is refused ({@link InvalidCursorException}).
   */
  public String cursor() {
    return cursor;
  }

  /** Whether hits carry a highlighted snippet. */
  public boolean highlight() {
    return highlight;
  }

  /** Whether the response carries facet counts (source, category, kind, year). */
  public boolean facets() {
    return facets;
  }

  /** Whether hits carry Lucene's explanation of their score. */
  public boolean explain() {
    return explain;
  }

  /**
   * Whether to boost newer articles (news archives; off by default): the ranking's recency at
   * {@link Ranking#DEFAULT_RECENCY_WEIGHT} when the ranking has none.
   */
  public boolean preferRecent() {
    return preferRecent;
  }

  /** How matches are scored, or null for the index's default ({@link Ranking#DEFAULT} for {@code fahras}). */
  public Ranking ranking() {
    return ranking;
  }

  /**
   * The page to return, from 1, of {@code size} hits each; a page past the last is empty (the response still gives
   * the total); not with a cursor.
   */
  public int page() {
    return page;
  }

  /**
   * Whether to count every match; by default the count stops being exact past
   * {@value #DEFAULT_EXACT_TOTAL_UP_TO} matches (cheaper; {@link SearchResponse#totalIsExact()} says which), and
   * the total is then {@value #DEFAULT_EXACT_TOTAL_UP_TO}, a lower bound, the same on every page. With
   * {@code facets} every match is counted anyway, and the total is exact.
   */
  public boolean exactTotal() {
    return exactTotal;
  }

  /**
   * Whether snippets keep the article text as is; by default it is HTML-escaped around the {@code <mark>} tags, so
   * that a page can show it safely.
   */
  public boolean rawSnippets() {
    return rawSnippets;
  }

  /**
   * The time zone whose days the day filters name ({@code after:2018-03-01}, {@code before:},
   * {@link Builder#publishedOnOrAfter(LocalDate)}): a day runs from its midnight to the next in this zone. UTC
   * unless set: a day then names the same instants on every machine. Date-times with an offset
   * ({@code after:2018-03-01T06:00+04:00}) are exact whatever the zone. Never null.
   */
  public ZoneId zone() {
    return zone;
  }

  /** Whether {@code o} is a request with equal fields. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SearchRequest r && query.equals(r.query) && plainText == r.plainText && size == r.size
        && filters.equals(r.filters) && Objects.equals(publishedFrom, r.publishedFrom)
        && Objects.equals(publishedTo, r.publishedTo) && sort == r.sort && Objects.equals(cursor, r.cursor)
        && highlight == r.highlight && facets == r.facets && explain == r.explain && preferRecent == r.preferRecent
        && Objects.equals(ranking, r.ranking) && page == r.page && exactTotal == r.exactTotal
        && rawSnippets == r.rawSnippets && zone.equals(r.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, plainText, size, filters, publishedFrom, publishedTo, sort, cursor, highlight, facets,
        explain, preferRecent, ranking, page, exactTotal, rawSnippets, zone);
  }

  /** Every field, named, as a record would print them. */
  @Override
  public String toString() {
    return "SearchRequest[query=" + query + ", plainText=" + plainText + ", size=" + size + ", filters=" + filters
        + ", publishedFrom=" + publishedFrom + ", publishedTo=" + publishedTo + ", sort=" + sort + ", cursor="
        + cursor + ", highlight=" + highlight + ", facets=" + facets + ", explain=" + explain + ", preferRecent="
        + preferRecent + ", ranking=" + ranking + ", page=" + page + ", exactTotal=" + exactTotal + ", rawSnippets="
        + rawSnippets + ", zone=" + zone + "]";
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
    private boolean strictFilters;
    private ZoneId zone = ZoneOffset.UTC;
    private LocalDate fromDay;
    private LocalDate toDay;

    private Builder(String query) {
      this.query = Objects.requireNonNull(query, "query");
    }

    /** Takes the query as plain text, no syntax. */
    public Builder plainText(boolean v) { plainText = v; return this; }
    /** Hits per page; 0 for only the total and facets. */
    public Builder size(int v) { size = v; return this; }
    /**
     * Adds a value for {@code field} (source, kind, category, tag), matched without regard to case. Values of one
     * field are alternatives (an article needs one of them); different fields are all required.
     */
    public Builder filter(String field, String value) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
      filters.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
      return this;
    }
    /** Only articles published at or after {@code v} (inclusive). */
    public Builder publishedFrom(OffsetDateTime v) { from = v; return this; }
    /** Only articles published before {@code v} (exclusive; for an inclusive day see {@link #publishedOnOrBefore}). */
    public Builder publishedTo(OffsetDateTime v) { to = v; return this; }
    /** Only articles published on {@code day} or later, days of the {@link #zone(ZoneId) zone}; null for none. */
    public Builder publishedOnOrAfter(LocalDate day) { fromDay = day; return this; }
    /**
     * Only articles published on {@code day} or earlier (inclusive: the whole day, as {@code before:} in the
     * query), days of the {@link #zone(ZoneId) zone}; null for none.
     */
    public Builder publishedOnOrBefore(LocalDate day) { toDay = day; return this; }
    /** The time zone of day filters; UTC by default ({@link SearchRequest#zone()}). */
    public Builder zone(ZoneId v) { zone = Objects.requireNonNull(v, "zone"); return this; }
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

    /**
     * Whether {@link #build()} refuses a query whose filter part has a value that cannot be read
     * ({@code after:2018/10/01}, {@code kind:zzz}). Off by default: such a search matches nothing, with a note
     * naming the part (never wider than asked, as searching the value as words would be).
     */
    public Builder strictFilters(boolean v) { strictFilters = v; return this; }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when size or page is out of range, a page is asked for with a cursor, or a
     *     filter field is unknown; and with {@link #strictFilters(boolean)} when a filter in the query has a value
     *     that cannot be read (the message names each one and why)
     * @throws NullPointerException naming the field, when sort is null
     */
    public SearchRequest build() {
      if (strictFilters && !plainText) {
        List<String> malformed = ArticleSearcher.malformedFilters(query, zone);
        if (!malformed.isEmpty()) {
          throw new IllegalArgumentException(String.join("; ", malformed));
        }
      }
      OffsetDateTime lo = from;
      OffsetDateTime hi = to;
      if (fromDay != null) {
        OffsetDateTime d = fromDay.atStartOfDay(zone).toOffsetDateTime();
        lo = lo == null || d.isAfter(lo) ? d : lo;
      }
      if (toDay != null) {
        OffsetDateTime d = toDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        hi = hi == null || d.isBefore(hi) ? d : hi;
      }
      return new SearchRequest(query, plainText, size, filters, lo, hi, sort, cursor, highlight, facets, explain,
          preferRecent, ranking, page, exactTotal, rawSnippets, zone);
    }
  }
}
