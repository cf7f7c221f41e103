package org.fahras.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/** Cursor encoding: the last hit's sort values, so the next page starts right after it. */
final class Cursors {
  private Cursors() {}

  static String encode(FieldDoc last, SearchRequest.Sort sort) {
    Object primary = last.fields[0];
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String value = primary == null ? "" : primary.toString();
    String raw = sort.name() + "\n" + value + "\n" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static FieldDoc decode(String cursor, SearchRequest.Sort sort, int maxDoc) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException();
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
      Object primary = sort == SearchRequest.Sort.RELEVANCE
          ? (Object) Float.valueOf(parts[1]) : (Object) Long.valueOf(parts[1]);
      // The last doc id: a document with equal sort values (only the cursor's own: ids are unique) counts as
      // already seen.
      return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {primary, new BytesRef(parts[2])});
    } catch (InvalidCursorException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException("invalid cursor \"" + cursor + "\" for sort "
          + sort.name().toLowerCase(Locale.ROOT) + ": pass the next cursor of the previous page of the same search");
    }
  }
}
