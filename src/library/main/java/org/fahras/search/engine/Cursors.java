package org.fahras.search.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.fahras.search.InvalidCursorException;
import org.fahras.search.SearchRequest;

/**
 * Cursor encoding: the last hit's sort values, so the next page starts right after it, and how many hits came
 * before the next page, so that its ranks go on.
 *
 * <p>A date-sorted cursor carries the date and the article id (the sort's tie-break). A relevance cursor carries the
 * score, the article id and the Lucene doc id with the index generation it was made on: relevance order breaks ties
 * by doc id (Lucene's {@code TopScoreDocCollector}, no sort comparators), so on the same generation — the same
 * reader: a read-only index, or a writable one that has not changed since — the next page starts exactly after the
 * last hit. On another generation doc ids may have moved (merges), so the tie position is the article's doc id in
 * the new reader, found by its id (its score, like every score, may also have changed with the collection's
 * statistics: a cursor across a change of the index is as approximate as any score cursor, as before); an article
 * deleted since puts the position before its tied hits, which may then show again rather than be skipped.
 */
final class Cursors {
  private Cursors() {}

  /**
   * A decoded cursor: where the next page starts ({@code doc}: the sort values; for relevance the score and the
   * article id), how many hits came before it, and for relevance the last hit's doc id and the generation it was
   * made on ({@code -1} and null in a cursor without them).
   */
  record After(FieldDoc doc, long seen, int docId, String generation) {
    /** The article id of the last hit. */
    String id() {
      return ((BytesRef) doc.fields[1]).utf8ToString();
    }
  }

  /**
   * The generation of {@code reader} as a cursor records it: the version of a directory reader (it changes with
   * every change of the index), its document counts; empty for another reader (then never the same).
   */
  static String generation(IndexReader reader) {
    if (!(reader instanceof DirectoryReader d)) {
      return "";
    }
    return Long.toHexString(d.getVersion()) + "." + Integer.toHexString(d.maxDoc()) + "."
        + Integer.toHexString(d.numDocs());
  }

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
    return encode(sort.name() + ":" + seen + ":" + fingerprint + "\n" + value + "\n" + id);
  }

  /** A relevance cursor after {@code last}, the hit of article {@code id}, on {@code generation}. */
  static String encodeRelevance(ScoreDoc last, String id, long seen, String fingerprint, String generation) {
    return encode(SearchRequest.Sort.RELEVANCE.name() + ":" + seen + ":" + fingerprint + ":" + last.doc + "@"
        + generation + "\n" + last.score + "\n" + id);
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static After decode(String cursor, SearchRequest.Sort sort, int maxDoc, String fingerprint) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException();
      }
      // SORT:SEEN:FINGERPRINT, and for relevance :DOC@GENERATION; a cursor of an earlier fahras has no count (its
      // page is numbered from 1), no fingerprint (not checked) or no doc id (the tie position is found by the id)
      int colon = parts[0].indexOf(':');
      String counted = colon < 0 ? "" : parts[0].substring(colon + 1);
      int second = counted.indexOf(':');
      String madeFor = second < 0 ? null : counted.substring(second + 1);
      String tie = null;
      if (madeFor != null && madeFor.indexOf(':') >= 0) {
        tie = madeFor.substring(madeFor.indexOf(':') + 1);
        madeFor = madeFor.substring(0, madeFor.indexOf(':'));
      }
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
      // relevance: the last hit's doc id and the reader generation it was made on
      int docId = -1;
      String generation = null;
      if (tie != null) {
        if (sort != SearchRequest.Sort.RELEVANCE) {
          throw new IllegalArgumentException();
        }
        int at = tie.indexOf('@');
        docId = Integer.parseInt(tie.substring(0, Math.max(0, at)));
        if (docId < 0 || docId >= IndexWriter.MAX_DOCS) {
          throw new IllegalArgumentException();
        }
        generation = tie.substring(at + 1);
      }
      // The last doc id: a document with equal sort values (only the cursor's own: ids are unique) counts as
      // already seen.
      return new After(new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {primary, new BytesRef(parts[2])}),
          seen, docId, generation);
    } catch (InvalidCursorException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException("invalid cursor \"" + cursor + "\" for sort "
          + sort.name().toLowerCase(Locale.ROOT) + ": pass the next cursor of the previous page of the same search");
    }
  }
}
