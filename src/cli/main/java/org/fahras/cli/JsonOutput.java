package org.fahras.cli;

import java.util.Map;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchResponse;

/** Writes a search response as one JSON object (the {@code search --json} format). */
final class JsonOutput {
  private JsonOutput() {}

  static String response(SearchResponse r, String suggestion) {
    return response(r, suggestion, java.util.List.of());
  }

  /** The response, with {@code moreNotes} (the command line's own, such as a page past the last) after its notes. */
  static String response(SearchResponse r, String suggestion, java.util.List<String> moreNotes) {
    StringBuilder sb = new StringBuilder("{\"total\":").append(r.totalHits());
    sb.append(",\"total_is_exact\":").append(r.totalIsExact());
    sb.append(",\"hits\":[");
    boolean first = true;
    long rank = r.firstRank();
    for (SearchHit h : r.hits()) {
      sb.append(first ? "" : ",");
      first = false;
      sb.append("{\"rank\":").append(rank++)
          .append(",\"id\":").append(str(h.id()))
          .append(",\"title\":").append(str(h.title()))
          .append(",\"published\":").append(str(h.published() == null ? null
              : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(h.published())))
          .append(",\"published_utc\":").append(str(h.published() == null ? null : date(h.published())))
          .append(",\"source\":").append(str(h.source()))
          .append(",\"kind\":").append(str(h.kind().label()))
          .append(",\"score\":").append(h.score())
          .append(",\"snippet\":").append(str(h.snippet()));
      if (h.explanation() != null) {
        sb.append(",\"explanation\":").append(str(h.explanation()));
      }
      sb.append('}');
    }
    sb.append("],\"facets\":{");
    first = true;
    for (Map.Entry<String, Map<String, Long>> dim : r.facets().entrySet()) {
      sb.append(first ? "" : ",").append(str(dim.getKey())).append(":{");
      first = false;
      boolean f2 = true;
      for (Map.Entry<String, Long> e : dim.getValue().entrySet()) {
        sb.append(f2 ? "" : ",").append(str(e.getKey())).append(':').append(e.getValue());
        f2 = false;
      }
      sb.append('}');
    }
    sb.append("},\"next\":").append(str(r.nextCursor()));
    sb.append(",\"suggestion\":").append(str(suggestion));
    sb.append(",\"notes\":[");
    java.util.List<String> notes = new java.util.ArrayList<>(r.notes());
    notes.addAll(moreNotes);
    for (int i = 0; i < notes.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(str(notes.get(i)));
    }
    sb.append("],\"took_ms\":").append(r.tookMillis()).append('}');
    return sb.toString();
  }

  /**
   * {@code published} is the article's own date-time, with the offset it was published at
   * ({@code 2018-03-01T02:28:00+04:00}: its day is the day the article shows); {@code published_utc} is this:
   * {@code 2016-11-30T00:00:00Z}: UTC, always with seconds (fractions only when there are any), the form jq's
   * {@code fromdateiso8601} and most parsers read.
   */
  static String date(java.time.OffsetDateTime t) {
    return t.toInstant().toString();
  }

  static String str(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
