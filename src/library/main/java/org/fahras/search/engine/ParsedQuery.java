package org.fahras.search.engine;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A query split by {@link QueryLanguage}: the part {@link FahrasQueryParser} reads, and the field filters and
 * date bounds taken out of it. Immutable.
 *
 * @param text what is left for the query parser (words, phrases, operators)
 * @param filters required values per filter field (any of a field's values)
 * @param excludedFilters excluded values per filter field (none of them)
 * @param after only articles published at or after this instant, or null
 * @param before only articles published before this instant (exclusive), or null
 * @param fieldSpans where the taken-out parts were in the query text, {@code [start, end)} pairs, in order
 * @param notes what was read differently than it may look
 * @param malformed the filter parts whose value cannot be read ({@code after:2018/10/01}, {@code kind:zzz}), each
 *     with the reason: a query with one matches nothing rather than searching wider than asked
 */
record ParsedQuery(
    String text,
    Map<String, List<String>> filters,
    Map<String, List<String>> excludedFilters,
    OffsetDateTime after,
    OffsetDateTime before,
    List<int[]> fieldSpans,
    List<String> notes,
    List<String> malformed) {

  ParsedQuery {
    malformed = List.copyOf(malformed);
    filters = Map.copyOf(filters);
    excludedFilters = Map.copyOf(excludedFilters);
    fieldSpans = List.copyOf(fieldSpans);
    notes = List.copyOf(notes);
  }

  /** True when the query has field filters or date bounds. */
  boolean hasFilters() {
    return !filters.isEmpty() || !excludedFilters.isEmpty() || after != null || before != null;
  }
}
