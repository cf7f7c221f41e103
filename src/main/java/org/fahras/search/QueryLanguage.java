package org.fahras.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.document.PublishedDates;

/**
 * Reads fahras's query language. Never fails: anything that is not well-formed syntax is searched as text.
 *
 * <ul>
 *   <li>{@code word word} — ranked words (any may match; more matches rank higher);
 *   <li>{@code "a phrase"} — required, exact words in this order; an unclosed quote is text;
 *   <li>{@code -word}, {@code -"a phrase"} — exclude articles containing it;
 *   <li>{@code source:bbc}, {@code kind:documentary}, {@code category:sport}, {@code tag:x} — filters (several
 *       values of one field: any of them);
 *   <li>{@code after:2018-03-01}, {@code before:2018-06-30} — publication date range, both days included (any
 *       accepted date format);
 *   <li>{@code word*} — words starting with {@code word} (at least {@value #MIN_PREFIX} letters before the star);
 *   <li>{@code w?rd}, {@code w*d} — wildcards ({@code ?} one character, {@code *} any), at least
 *       {@value #MIN_PREFIX} letters besides them; a {@code ?} ending a word is punctuation.
 * </ul>
 */
public final class QueryLanguage {
  /** Shortest prefix before a {@code *}; shorter ones are searched as words. */
  public static final int MIN_PREFIX = 2;

  static final Set<String> FILTER_FIELDS = Set.of("source", "kind", "category", "tag");

  private QueryLanguage() {}

  /** Parses {@code query}. */
  public static ParsedQuery parse(String query) {
    StringBuilder text = new StringBuilder();
    List<String> phrases = new ArrayList<>();
    List<String> excludedWords = new ArrayList<>();
    List<String> excludedPhrases = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    List<String> wildcards = new ArrayList<>();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    OffsetDateTime after = null;
    OffsetDateTime before = null;
    List<String> notes = new ArrayList<>();

    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1));
      int start = negated ? i + 1 : i;
      if (start < n && query.charAt(start) == '"') {
        int close = query.indexOf('"', start + 1);
        if (close > start + 1) {
          String phrase = query.substring(start + 1, close).strip();
          if (!phrase.isEmpty()) {
            (negated ? excludedPhrases : phrases).add(phrase);
          }
          i = close + 1;
          continue;
        }
        // unclosed or empty quote: the rest of this word is text
      }
      int end = start;
      while (end < n && !Character.isWhitespace(query.charAt(end))) {
        end++;
      }
      String word = query.substring(start, end);
      i = end;
      if (word.isEmpty()) {
        continue;
      }
      int colon = word.indexOf(':');
      if (!negated && colon > 0 && colon < word.length() - 1) {
        String field = word.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        String value = word.substring(colon + 1);
        if (FILTER_FIELDS.contains(field)) {
          filters.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
          continue;
        }
        if (field.equals("after") || field.equals("before")) {
          try {
            OffsetDateTime d = PublishedDates.parse(value);
            if (field.equals("after")) {
              after = d;
            } else {
              before = d.plusDays(1); // the whole day is included
            }
          } catch (IllegalArgumentException e) {
            notes.add(field + ":" + value + " is not a date, searched as text");
            text.append(word.replace(':', ' ')).append(' ');
          }
          continue;
        }
      }
      if (negated) {
        excludedWords.add(word);
        continue;
      }
      if (word.endsWith("*")) {
        String p = stripTrailing(word, '*');
        if (p.codePointCount(0, p.length()) >= MIN_PREFIX && p.indexOf('*') < 0 && p.indexOf('?') < 0) {
          prefixes.add(p);
          continue;
        }
      }
      // a ? that ends a word is punctuation (Macron?), not a wildcard
      String pattern = stripTrailing(word, '?');
      if ((pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0) && literalChars(pattern) >= MIN_PREFIX) {
        wildcards.add(pattern);
        continue;
      }
      text.append(word).append(' ');
    }
    return new ParsedQuery(text.toString().strip(), phrases, excludedWords, excludedPhrases, prefixes, wildcards,
        filters, after, before, notes);
  }

  private static String stripTrailing(String word, char c) {
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == c) {
      end--;
    }
    return word.substring(0, end);
  }

  private static int literalChars(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != '*' && c != '?') {
        n++;
      }
    }
    return n;
  }
}
