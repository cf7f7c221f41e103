package org.fahras.schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.fahras.document.Kind;

/**
 * Reads an article's stored fields back as the index wrote them: the one place that knows how the date, the kind
 * and the tags are stored (the text fields are plain strings: {@code d.get(Schema.TITLE)}). Used to rebuild whole
 * articles ({@code ArticleIndex.get}), search hits and the variant discovery's corpus.
 */
public final class StoredArticle {
  private StoredArticle() {}

  /** The publication date-time with the offset it was given, or null. */
  public static OffsetDateTime published(Document d) {
    String published = d.get(Schema.PUBLISHED);
    return published == null ? null : OffsetDateTime.parse(published);
  }

  /** The kind; {@link Kind#NEWS} when not stored (as {@code Article} defaults it). */
  public static Kind kind(Document d) {
    String kind = d.get(Schema.KIND);
    return kind == null ? Kind.NEWS : Kind.parse(kind);
  }

  /** The tags as written, in order. */
  public static List<String> tags(Document d) {
    List<String> tags = new ArrayList<>();
    for (IndexableField f : d.getFields(Schema.TAGS)) {
      tags.add(f.stringValue());
    }
    return tags;
  }
}
