package org.fahras.search.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.fahras.search.InvalidCursorException;
import org.fahras.search.SearchRequest;

/**
 * Cursor encoding: the last hit's sort values, so the next page starts right after it, and how many hits came
 * before the next page, so that its ranks go on.
 */
final class Cursors {
  private Cursors() {}

  /** A decoded cursor: where the next page starts, and how many hits came before it. */
  record After(FieldDoc doc, long seen) {}

  /**
   * What a cursor is valid for: the request's query, filters, dates, zone and ranked query (which stands for the
   * ranking and, in more-like-this, the article), as 8 hex digits. Size and page are not part of it: a later page
   * may be longer or shorter.
   */
  static String fingerprint(SearchRequest r, Object ranked) {
    int h = java.util.Objects.hash(r.query(), r.plainText(), r.filters(),
        r.publishedFrom() == null ? null : r.publishedFrom().toInstant(),
        r.publishedTo() == null ? null : r.publishedTo().toInstant(), r.zone(), r.preferRecent(), String.valueOf(ranked));
    return String.format(Locale.ROOT, "%08x", h);
  }

  static String encode(FieldDoc last, SearchRequest.Sort sort, long seen, String fingerprint) {
    Object primary = last.fields[0];
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String value = primary == null ? "" : primary.toString();
    String raw = sort.name() + ":" + seen + ":" + fingerprint + "\n" + value + "\n" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static After decode(String cursor, SearchRequest.Sort sort, int maxDoc, String fingerprint) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException();
      }
      // SORT:SEEN:FINGERPRINT; a cursor of an earlier fahras has no count (its page is numbered from 1) or no
      // fingerprint (not checked)
      int colon = parts[0].indexOf(':');
      String counted = colon < 0 ? "" : parts[0].substring(colon + 1);
      int second = counted.indexOf(':');
      String madeFor = second < 0 ? null : counted.substring(second + 1);
      long seen = colon < 0 ? 0 : Long.parseLong(second < 0 ? counted : counted.substring(0, second));
      if (seen < 0 || seen > IndexWriter.MAX_DOCS) { // no search ranks more hits than an index can hold
        throw new IllegalArgumentException();
      }
      if (colon >= 0) {
        parts[0] = parts[0].substring(0, colon);
      }
      if (!parts[0].equals(sort.name())) {
        boolean known = java.util.Arrays.stream(SearchRequest.Sort.values()).anyMatch(x -> x.name().equals(parts[0]));
        if (known) {
          throw new InvalidCursorException("the cursor \"" + cursor + "\" is from a search sorted by "
              + parts[0].toLowerCase(Locale.ROOT) + ", this one is sorted by " + sort.name().toLowerCase(Locale.ROOT)
              + ": pass the next cursor of the previous page of the same search");
        }
        throw new IllegalArgumentException();
      }
      if (madeFor != null && !madeFor.equals(fingerprint)) {
        throw new InvalidCursorException("the cursor \"" + cursor + "\" is from another search (another query,"
            + " filters, dates or ranking): pass the next cursor of the previous page of the same search");
      }
      Object primary = sort == SearchRequest.Sort.RELEVANCE
          ? (Object) Float.valueOf(parts[1]) : (Object) Long.valueOf(parts[1]);
      if ((primary instanceof Float f && !Float.isFinite(f)) || parts[2].isEmpty()) {
        throw new IllegalArgumentException(); // no hit has such a score, no article an empty id
      }
      // The last doc id: a document with equal sort values (only the cursor's own: ids are unique) counts as
      // already seen.
      return new After(new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {primary, new BytesRef(parts[2])}),
          seen);
    } catch (InvalidCursorException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException("invalid cursor \"" + cursor + "\" for sort "
          + sort.name().toLowerCase(Locale.ROOT) + ": pass the next cursor of the previous page of the same search");
    }
  }
}
