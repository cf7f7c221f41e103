package org.fahras.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A query as fahras's query language reads it. Immutable.
 *
 * @param text the free words, to be ranked (OR of terms)
 * @param phrases quoted phrases, each required, matched on the exact representation
 * @param excludedWords words after {@code -}
 * @param excludedPhrases phrases after {@code -}
 * @param prefixes words written with a trailing {@code *}
 * @param wildcards words with {@code ?} or an inner {@code *}
 * @param filters field filters: {@code source}, {@code kind}, {@code category}, {@code tag} to their values
 * @param after only articles published on or after this instant, or null
 * @param before only articles published before the end of this day, or null
 * @param notes what was read differently than it may look (e.g. a date that did not parse, searched as text)
 */
public record ParsedQuery(
    String text,
    List<String> phrases,
    List<String> excludedWords,
    List<String> excludedPhrases,
    List<String> prefixes,
    List<String> wildcards,
    Map<String, List<String>> filters,
    OffsetDateTime after,
    OffsetDateTime before,
    List<String> notes) {

  /** Copies the collections. */
  public ParsedQuery {
    phrases = List.copyOf(phrases);
    excludedWords = List.copyOf(excludedWords);
    excludedPhrases = List.copyOf(excludedPhrases);
    prefixes = List.copyOf(prefixes);
    wildcards = List.copyOf(wildcards);
    filters = Map.copyOf(filters);
    notes = List.copyOf(notes);
  }

  /** A query that is all text: what plain-text search (and evaluation) uses. */
  public static ParsedQuery plain(String text) {
    return new ParsedQuery(text, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), null, null,
        List.of());
  }
}
