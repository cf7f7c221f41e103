package org.fahras.search.engine;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.document.Kind;
import org.fahras.document.PublishedDates;
import org.fahras.search.SearchRequest;

/**
 * Takes fahras's field syntax out of a query before {@link FahrasQueryParser} (Lucene's {@code SimpleQueryParser})
 * reads the rest: {@code field:value}, {@code field:"quoted value"}, {@code -field:value} for the filter fields,
 * {@code after:}/{@code before:} dates, and {@code name:} prefixes of unknown fields. Filters apply to the whole
 * query wherever they are written. Never fails; whatever it reinterprets gets a note. A filter whose value cannot
 * be read (a date that is not one, a kind that does not exist) is listed in {@link ParsedQuery#malformed()}: the
 * search then matches nothing, rather than searching the value as words (which would widen the search).
 */
final class QueryLanguage {
  /** Fields that can be filtered on. */
  static final Set<String> FILTER_FIELDS = SearchRequest.FILTER_FIELDS;

  /**
   * {@code -?name:value} at the start of a word; the value is quoted (no quote inside) or runs to white space or a
   * closing parenthesis. Field names are ASCII letters: a colon inside an Arabic word is not syntax.
   */
  private static final Pattern FIELD =
      Pattern.compile("(-?)([A-Za-z_]{1,32}):(?:\"([^\"]*)\"|([^\\s()\"]*))");

  /**
   * A date without a time of day: it stands for the whole day. Its digits ASCII, Arabic-Indic (٢٠١٨-١٠-٠١) or
   * Persian (۲۰۱۸-۱۰-۰۱), as {@link PublishedDates} reads them; direction marks around them ignored.
   */
  private static final Pattern DAY_ONLY;

  static {
    String d = "[0-9\u0660-\u0669\u06F0-\u06F9]";
    String marks = "[\u200E\u200F\u061C]*";
    DAY_ONLY = Pattern.compile(marks + "(?:" + d + "{4}-" + d + "{2}-" + d + "{2}|" + d + "{2}/" + d + "{2}/" + d
        + "{4})" + marks);
  }

  private QueryLanguage() {}

  /** Splits {@code query}, days in UTC. */
  static ParsedQuery parse(String query) {
    return parse(query, java.time.ZoneOffset.UTC);
  }

  /** Splits {@code query}; a day ({@code after:2018-03-01}) runs from its midnight to the next in {@code zone}. */
  static ParsedQuery parse(String query, java.time.ZoneId zone) {
    StringBuilder text = new StringBuilder(query.length());
    Map<String, List<String>> filters = new LinkedHashMap<>();
    Map<String, List<String>> excluded = new LinkedHashMap<>();
    List<int[]> spans = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    OffsetDateTime after = null;
    OffsetDateTime before = null;
    Matcher m = FIELD.matcher(query);
    int copied = 0;
    int from = 0;
    while (from < query.length() && m.find(from)) {
      int start = m.start();
      from = m.end() > start ? m.end() : start + 1;
      if (start > 0 && !startsWord(query.charAt(start - 1))) {
        from = start + 1; // inside a word (e.g. a URL's path): not syntax
        continue;
      }
      boolean negated = !m.group(1).isEmpty();
      String field = m.group(2).toLowerCase(Locale.ROOT);
      boolean quoted = m.group(3) != null;
      String value = (quoted ? m.group(3) : m.group(4)).strip();
      String written = m.group();
      text.append(query, copied, start);
      copied = m.end();
      spans.add(new int[] {start, m.end()});
      if (value.isEmpty()) {
        notes.add(written + " has no value and was left out");
        continue;
      }
      if (FILTER_FIELDS.contains(field)) {
        (negated ? excluded : filters).computeIfAbsent(field, k -> new ArrayList<>()).add(value);
        if (field.equals("kind") && !knownKind(value)) {
          if (negated) {
            notes.add(written + ": kind is " + kinds() + ", so this excludes nothing");
          } else {
            malformed.add(written + ": kind is " + kinds());
          }
        }
        continue;
      }
      if (field.equals("after") || field.equals("before")) {
        OffsetDateTime d;
        try {
          d = PublishedDates.parse(value);
        } catch (IllegalArgumentException e) {
          malformed.add(written + ": \"" + value + "\" is not a date (accepted: 2018-07-15, 15/07/2018,"
              + " 2018-07-15T21:56:56+04:00)");
          continue;
        }
        boolean wholeDay = DAY_ONLY.matcher(value).matches();
        java.time.LocalDate day = d.toLocalDate();
        if (wholeDay) {
          d = day.atStartOfDay(zone).toOffsetDateTime();
        }
        // A day means the whole day: before: excludes from the next midnight, after: includes from this one.
        // A date-time is exact. A negated bound is the opposite bound.
        boolean lower = field.equals("after") != negated;
        OffsetDateTime bound;
        if (field.equals("after")) {
          bound = d; // after:D → from D; -after:D → before D
        } else {
          bound = wholeDay ? day.plusDays(1).atStartOfDay(zone).toOffsetDateTime() : d.plusSeconds(1); // before:D → to the end of D (exclusive)
        }
        if (negated) {
          notes.add(written + " read as " + (lower ? "after:" : "before:") + " (the other side of that date)");
        }
        if (lower) {
          if (after != null) {
            notes.add("more than one lower date bound: the latest is used");
          }
          after = after == null || bound.isAfter(after) ? bound : after;
        } else {
          if (before != null) {
            notes.add("more than one upper date bound: the earliest is used");
          }
          before = before == null || bound.isBefore(before) ? bound : before;
        }
        continue;
      }
      // An unknown field: its value is searched like any words, in title and body.
      notes.add("no field \"" + m.group(2) + "\" (fields: source, kind, category, tag, after, before): "
          + (negated ? "excluded" : "searched") + " \"" + value + "\" in title and body");
      text.append(' ').append(negated ? "-" : "").append(quoted ? "\"" + value + "\"" : value).append(' ');
    }
    text.append(query, copied, query.length());
    String rest = text.toString();
    syntaxNotes(rest, notes);
    for (String problem : malformed) {
      notes.add(problem + "; nothing matches this filter, so the search matches nothing");
    }
    return new ParsedQuery(rest, filters, excluded, after, before, spans, notes, malformed);
  }

  private static boolean startsWord(char before) {
    return Character.isWhitespace(before) || before == '(' || before == '+' || before == '|';
  }

  private static boolean knownKind(String value) {
    for (Kind k : Kind.values()) {
      if (k.label().equalsIgnoreCase(value.strip())) {
        return true;
      }
    }
    return false;
  }

  private static String kinds() {
    List<String> out = new ArrayList<>();
    for (Kind k : Kind.values()) {
      out.add(k.label());
    }
    return String.join(" or ", out);
  }

  /** Notes for the syntax that {@code SimpleQueryParser} reads as text: an unclosed quote or parenthesis. */
  private static void syntaxNotes(String text, List<String> notes) {
    int quotes = 0;
    int depth = 0;
    boolean unopened = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes++;
      } else if (c == '(' && quotes % 2 == 0) {
        depth++;
      } else if (c == ')' && quotes % 2 == 0) {
        if (depth == 0) {
          unopened = true;
        } else {
          depth--;
        }
      }
    }
    if (quotes % 2 == 1) {
      notes.add("a quote is not closed: it was left out and the words after it searched as words");
    }
    if (depth > 0) {
      notes.add("a parenthesis is not closed: it was left out");
    }
    if (unopened) {
      notes.add("a closing parenthesis without an opening one was left out");
    }
    operatorWordNotes(text, notes);
  }

  /**
   * A note for each of AND, OR, NOT written as a word outside quotes, as Lucene's classic syntax and most search boxes
   * write them: here they are no operators but words, searched as any word is (or dropped as stopwords), which a
   * user who typed them as operators would not guess.
   */
  private static void operatorWordNotes(String text, List<String> notes) {
    Set<String> seen = new LinkedHashSet<>();
    boolean quoted = false;
    int start = -1;
    boolean startsOutsideQuotes = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean wordChar = i < text.length() && !Character.isWhitespace(c) && c != '(' && c != ')' && c != '"';
      if (wordChar) {
        if (start < 0) {
          start = i;
          startsOutsideQuotes = !quoted;
        }
        if (c == '\\') {
          i++; // an escaped character is a letter of the word (\" is no quote, \AND no AND)
        }
        continue;
      }
      if (start >= 0) {
        String w = text.substring(start, i);
        if (startsOutsideQuotes && (w.equals("AND") || w.equals("OR") || w.equals("NOT"))) {
          seen.add(w);
        }
        start = -1;
      }
      if (c == '"') {
        quoted = !quoted;
      }
    }
    for (String w : seen) {
      notes.add("\"" + w + "\" is not an operator here: it was read as a word; write a + b for both words, a | b for"
          + " either, -a to leave a out");
    }
  }
}
