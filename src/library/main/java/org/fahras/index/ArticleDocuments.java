package org.fahras.index;

import java.io.IOException;
import java.util.Set;
import org.fahras.schema.HitFields;
import org.fahras.schema.Schema;
import org.fahras.schema.StoredArticle;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.fahras.document.Article;

/** Converts between {@link Article} and the Lucene document of the schema in {@link Schema}. */
final class ArticleDocuments {
  private static final Set<String> BODY = Set.of(Schema.BODY);

  private ArticleDocuments() {}

  /**
   * The document of {@code a}; with {@code shared}, title and body are tokenized once for both representations,
   * else each field is analyzed by the index analyzer, and exact fields are added when {@code exactFields}.
   */
  static Document toDocument(Article a, boolean exactFields, SharedTokenization shared) {
    Document d = new Document();
    d.add(new StringField(Schema.ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Schema.ID, new BytesRef(a.id()))); // the date sorts' tie-break
    // what a hit shows, read without the stored fields (whose compressed blocks hold whole bodies)
    d.add(new BinaryDocValuesField(Schema.HIT, HitFields.encode(a)));
    if (a.title() != null) {
      text(d, Schema.TITLE, Schema.TITLE_EXACT, a.title(), exactFields, shared);
    }
    if (a.body() != null) {
      text(d, Schema.BODY, Schema.BODY_EXACT, a.body(), exactFields, shared);
    }
    // summary, url, author, kind, category and tags as written are in the hit fields only (get(id) reads them
    // there); id, title, body, source and date stay stored, for highlighting, suggestions and variant discovery
    if (a.published() != null) {
      long epoch = a.published().toEpochSecond();
      d.add(new LongPoint(Schema.PUBLISHED, epoch));
      d.add(new NumericDocValuesField(Schema.PUBLISHED, epoch));
      d.add(new StoredField(Schema.PUBLISHED, a.published().toString()));
      d.add(new SortedSetDocValuesField(Schema.YEAR, new BytesRef(String.valueOf(a.published().getYear()))));
    }
    keyword(d, Schema.KIND, a.kind().label());
    if (a.source() != null) {
      keyword(d, Schema.SOURCE, a.source());
    }
    if (a.category() != null) {
      keyword(d, Schema.CATEGORY, a.category());
    }
    for (String t : a.tags()) {
      keyword(d, Schema.TAGS, t);
    }
    return d;
  }

  private static void text(Document d, String field, String exactField, String text, boolean exactFields,
      SharedTokenization shared) {
    if (shared != null) {
      shared.add(d, field, exactField, text);
      return;
    }
    d.add(new TextField(field, text, Field.Store.YES));
    if (exactFields) {
      d.add(new TextField(exactField, text, Field.Store.NO));
    }
  }

  /** Filterable and facetable: matched lower-cased, shown as written (the hit fields; the source also stored). */
  private static void keyword(Document d, String field, String value) {
    String key = Schema.keyword(value);
    d.add(new StringField(field, key, Field.Store.NO));
    d.add(new SortedSetDocValuesField(field, new BytesRef(key)));
    if (field.equals(Schema.SOURCE)) {
      d.add(new StoredField(field, value));
    }
  }

  /** The article of the document {@code doc} of {@code reader}: its hit fields and its stored body. */
  static Article toArticle(IndexReader reader, StoredFields stored, int doc) throws IOException {
    HitFields.Values v = HitFields.read(reader, doc);
    if (v == null) {
      return toArticle(stored.document(doc)); // no hit fields: not written by this schema version
    }
    return Article.builder(v.id()).title(v.title()).body(stored.document(doc, BODY).get(Schema.BODY))
        .summary(v.summary()).published(v.published()).kind(v.kind()).source(v.source()).category(v.category())
        .url(v.url()).author(v.author()).tags(v.tags()).build();
  }

  /** The article of a document's stored fields (of a document without hit fields). */
  static Article toArticle(Document d) {
    return Article.builder(d.get(Schema.ID))
        .title(d.get(Schema.TITLE))
        .body(d.get(Schema.BODY))
        .summary(d.get(Schema.SUMMARY))
        .published(StoredArticle.published(d))
        .kind(StoredArticle.kind(d))
        .source(d.get(Schema.SOURCE))
        .category(d.get(Schema.CATEGORY))
        .url(d.get(Schema.URL))
        .author(d.get(Schema.AUTHOR))
        .tags(StoredArticle.tags(d))
        .build();
  }
}
