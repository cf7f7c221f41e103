package org.fahras.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.fahras.document.Article;
import org.fahras.document.Kind;

/**
 * The fields a search hit shows — everything of an article but its body — packed in one binary doc value
 * ({@link Schema#HIT}), so that a page of hits is read without the stored fields: those are compressed in blocks of
 * several documents, whole bodies included, and reading ten titles from them decompressed the blocks of ten articles
 * (about 220 µs of a 578 µs question, measured on ANT with JFR). A binary doc value is read in place, without
 * decompression, and holds no other article's text.
 *
 * <p>The layout (schema version 2): a vint of presence bits (bit i set when field i is not null, in the order id,
 * title, published, kind, source, category, url, author, summary), then each present field: the text ones as
 * Lucene's {@code writeString} (vint length in UTF-8 bytes, the bytes), the kind as its label, the publication date
 * as zlong epoch seconds, vint nanoseconds and zint offset seconds (exactly the {@link OffsetDateTime} given, with
 * its own offset, and cheaper to read back than its ISO text); then a vint tag count and each tag as a string, as
 * written and in order. Every value is as the article wrote it (the keyword fields' lower-cased keys are in their
 * own doc values, for filters, facets and sorting). The stored fields keep what highlighting, suggestions, variant
 * discovery and {@code get(id)} read there: id, title, body, source and the publication date's ISO text; summary,
 * url, author, kind, category and tags are in the hit fields only ({@code get(id)} reads them here).
 */
public final class HitFields {
  private static final int ID = 0;
  private static final int TITLE = 1;
  private static final int PUBLISHED = 2;
  private static final int KIND = 3;
  private static final int SOURCE = 4;
  private static final int CATEGORY = 5;
  private static final int URL = 6;
  private static final int AUTHOR = 7;
  private static final int SUMMARY = 8;

  private HitFields() {}

  /** An article's hit fields, as read back from {@link Schema#HIT}. */
  public record Values(String id, String title, OffsetDateTime published, Kind kind, String source, String category,
      List<String> tags, String url, String author, String summary) {}

  /** The doc value of {@code a}'s hit fields. */
  public static BytesRef encode(Article a) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      String[] text = new String[9];
      text[ID] = a.id();
      text[TITLE] = a.title();
      text[KIND] = a.kind().label();
      text[SOURCE] = a.source();
      text[CATEGORY] = a.category();
      text[URL] = a.url();
      text[AUTHOR] = a.author();
      text[SUMMARY] = a.summary();
      int present = 0;
      for (int i = 0; i < text.length; i++) {
        if (text[i] != null || (i == PUBLISHED && a.published() != null)) {
          present |= 1 << i;
        }
      }
      out.writeVInt(present);
      for (int i = 0; i < text.length; i++) {
        if (i == PUBLISHED) {
          OffsetDateTime p = a.published();
          if (p != null) {
            out.writeZLong(p.toEpochSecond());
            out.writeVInt(p.getNano());
            out.writeZInt(p.getOffset().getTotalSeconds());
          }
        } else if (text[i] != null) {
          out.writeString(text[i]);
        }
      }
      List<String> tags = a.tags();
      out.writeVInt(tags.size());
      for (String t : tags) {
        out.writeString(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: does not happen
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * The hit fields of the document {@code doc} of {@code reader} (a top-level doc id), or null when it has none.
   * For one document; a page of hits reads its leaves in doc id order instead.
   */
  public static Values read(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(Schema.HIT);
    return values != null && values.advanceExact(doc - leaf.docBase) ? decode(values.binaryValue()) : null;
  }

  /** The hit fields of a doc value written by {@link #encode}. */
  public static Values decode(BytesRef value) {
    try {
      return read(new ByteArrayDataInput(value.bytes, value.offset, value.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: does not happen (a malformed value throws unchecked)
    }
  }

  private static Values read(ByteArrayDataInput in) throws IOException {
    int present = in.readVInt();
    String id = (present & 1 << ID) != 0 ? in.readString() : null;
    String title = (present & 1 << TITLE) != 0 ? in.readString() : null;
    OffsetDateTime published = null;
    if ((present & 1 << PUBLISHED) != 0) {
      long seconds = in.readZLong();
      int nanos = in.readVInt();
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readZInt());
      published = OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), offset);
    }
    Kind kind = (present & 1 << KIND) != 0 ? Kind.parse(in.readString()) : Kind.NEWS;
    String source = (present & 1 << SOURCE) != 0 ? in.readString() : null;
    String category = (present & 1 << CATEGORY) != 0 ? in.readString() : null;
    String url = (present & 1 << URL) != 0 ? in.readString() : null;
    String author = (present & 1 << AUTHOR) != 0 ? in.readString() : null;
    String summary = (present & 1 << SUMMARY) != 0 ? in.readString() : null;
    int n = in.readVInt();
    List<String> tags = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tags.add(in.readString());
    }
    return new Values(id, title, published, kind, source, category, tags, url, author, summary);
  }
}
