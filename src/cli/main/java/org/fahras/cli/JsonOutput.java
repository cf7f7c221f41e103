package org.fahras.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchResponse;

/** Writes a search response as one JSON object (the {@code search --json} format), with jackson-core's generator. */
final class JsonOutput {
  private JsonOutput() {}

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final CharacterEscapes ESCAPES = new SurrogateEscapes();

  static String response(SearchResponse r, String suggestion) {
    return response(r, suggestion, List.of());
  }

  /** The response, with {@code moreNotes} (the command line's own, such as a page past the last) after its notes. */
  static String response(SearchResponse r, String suggestion, List<String> moreNotes) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out).setCharacterEscapes(ESCAPES)) {
      g.writeStartObject();
      g.writeNumberField("total", r.totalHits());
      g.writeBooleanField("total_is_exact", r.totalIsExact());
      g.writeArrayFieldStart("hits");
      long rank = r.firstRank();
      for (SearchHit h : r.hits()) {
        g.writeStartObject();
        g.writeNumberField("rank", rank++);
        g.writeStringField("id", h.id());
        g.writeStringField("title", h.title());
        g.writeStringField("published", h.published() == null ? null
            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(h.published()));
        g.writeStringField("published_utc", h.published() == null ? null : date(h.published()));
        g.writeStringField("source", h.source());
        g.writeStringField("kind", h.kind().label());
        g.writeNumberField("score", h.score());
        g.writeStringField("snippet", h.snippet());
        if (h.explanation() != null) {
          g.writeStringField("explanation", h.explanation());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("facets");
      for (Map.Entry<String, Map<String, Long>> dim : r.facets().entrySet()) {
        g.writeObjectFieldStart(dim.getKey());
        for (Map.Entry<String, Long> e : dim.getValue().entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeStringField("next", r.nextCursor());
      g.writeStringField("suggestion", suggestion);
      g.writeArrayFieldStart("notes");
      List<String> notes = new ArrayList<>(r.notes());
      notes.addAll(moreNotes);
      for (String note : notes) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeNumberField("took_ms", r.tookMillis());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * {@code published} is the article's own date-time, with the offset it was published at
   * ({@code 2018-03-01T02:28:00+04:00}: its day is the day the article shows); {@code published_utc} is this:
   * {@code 2016-11-30T00:00:00Z}: UTC, always with seconds (fractions only when there are any), the form jq's
   * {@code fromdateiso8601} and most parsers read.
   */
  static String date(OffsetDateTime t) {
    return t.toInstant().toString();
  }

  /**
   * JSON's standard escapes, and every UTF-16 surrogate as {@code \\uXXXX}: a lone one (a query can hold it) could
   * not be written as UTF-8, and a pair escaped half by half is still the same character.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
