package org.fahras.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One article: a news item or a documentary description. Immutable.
 *
 * <p>{@code id} is required and non-blank; an article needs a non-blank title or body. Every other field may be
 * {@code null} (tags: empty). {@code published} keeps a date-time with its offset; an article dated by day only is
 * stored at midnight UTC of that day. Build one with {@link #builder(String)}; {@link #toBuilder()} copies one to
 * change it. A final class rather than a record, so that a field can be added without breaking compiled callers.
 */
public final class Article {

  /** Longest accepted id, in chars: ids are stored as single index terms, which Lucene caps at 32766 bytes. */
  public static final int MAX_ID_LENGTH = 4096;

  /** Longest source, category or tag, in chars: they are single index terms too. */
  public static final int MAX_KEYWORD_LENGTH = 1000;

  /**
   * Most characters of text one article may hold, title, body, summary, url and author together (16 Mi, some
   * 6,000 pages; as much Arabic as the file reader's 32 MiB record holds): a larger article takes Lucene's writer
   * far beyond its buffer (a 40-million-character body exhausts a 1.5 GB heap, and Lucene then closes its writer
   * for good).
   */
  public static final int MAX_TEXT_LENGTH = 16 * 1024 * 1024;

  private final String id;
  private final String title;
  private final String body;
  private final String summary;
  private final OffsetDateTime published;
  private final Kind kind;
  private final String source;
  private final String category;
  private final String url;
  private final String author;
  private final List<String> tags;

  /** Validates and normalizes the fields; {@link Builder#build()} calls it. */
  private Article(String id, String title, String body, String summary, OffsetDateTime published, Kind kind,
      String source, String category, String url, String author, List<String> tags) {
    if (id == null || id.isBlank()) {
      throw new InvalidArticleException("id", "missing or blank");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new InvalidArticleException("id",
          id.length() + " characters, longer than the maximum " + MAX_ID_LENGTH);
    }
    if (isBlank(title) && isBlank(body)) {
      throw new InvalidArticleException(null,
          "fields \"title\" and \"body\": an article needs a title or a body");
    }
    checkText(title, body, summary, url, author);
    kind = kind == null ? Kind.NEWS : kind;
    if (tags != null) {
      for (String t : tags) { // not contains(null): immutable lists throw on it
        if (t == null) {
          throw new InvalidArticleException("tags", "a tag is null");
        }
      }
    }
    tags = tags == null ? List.of() : List.copyOf(tags);
    checkKeyword("source", source);
    checkKeyword("category", category);
    for (String t : tags) {
      checkKeyword("tags", t);
    }
    this.id = id;
    this.title = title;
    this.body = body;
    this.summary = summary;
    this.published = published;
    this.kind = kind;
    this.source = source;
    this.category = category;
    this.url = url;
    this.author = author;
    this.tags = tags;
  }

  /** Unique identifier; adding an article with an existing id replaces the old one. */
  public String id() {
    return id;
  }

  /** Headline, or null. */
  public String title() {
    return title;
  }

  /** Article text, or null. */
  public String body() {
    return body;
  }

  /** Short summary, or null. */
  public String summary() {
    return summary;
  }

  /** Publication date-time, or null. */
  public OffsetDateTime published() {
    return published;
  }

  /** News or documentary; {@link Kind#NEWS} when not given. */
  public Kind kind() {
    return kind;
  }

  /** Publisher, e.g. {@code bbc}, or null. */
  public String source() {
    return source;
  }

  /** Section, e.g. {@code sport}, or null. */
  public String category() {
    return category;
  }

  /** Address of the original, or null. */
  public String url() {
    return url;
  }

  /** Author, or null. */
  public String author() {
    return author;
  }

  /** Free tags, never null. */
  public List<String> tags() {
    return tags;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a && id.equals(a.id) && Objects.equals(title, a.title)
        && Objects.equals(body, a.body) && Objects.equals(summary, a.summary)
        && Objects.equals(published, a.published) && kind == a.kind && Objects.equals(source, a.source)
        && Objects.equals(category, a.category) && Objects.equals(url, a.url) && Objects.equals(author, a.author)
        && tags.equals(a.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, body, summary, published, kind, source, category, url, author, tags);
  }

  /** The id, title and publication date, for logs (not the body). */
  @Override
  public String toString() {
    return "Article[id=" + id + ", title=" + title + ", published=" + published + "]";
  }

  private static void checkText(String title, String body, String summary, String url, String author) {
    String[] names = {"title", "body", "summary", "url", "author"};
    String[] values = {title, body, summary, url, author};
    long total = 0;
    for (int i = 0; i < values.length; i++) {
      int n = values[i] == null ? 0 : values[i].length();
      if (n > MAX_TEXT_LENGTH) {
        throw new InvalidArticleException(names[i], n + " characters, longer than the maximum " + MAX_TEXT_LENGTH
            + " characters of text an article may hold");
      }
      total += n;
    }
    if (total > MAX_TEXT_LENGTH) {
      throw new InvalidArticleException(null, "fields \"title\", \"body\", \"summary\", \"url\" and \"author\""
          + " together: " + total + " characters, longer than the maximum " + MAX_TEXT_LENGTH);
    }
  }

  private static void checkKeyword(String field, String value) {
    if (value != null && value.length() > MAX_KEYWORD_LENGTH) {
      throw new InvalidArticleException(field, value.length()
          + " characters, longer than the maximum " + MAX_KEYWORD_LENGTH);
    }
  }

  /** A builder starting from an id, for code that fills fields one at a time. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding this article's fields: change some and build a new article (the same id). */
  public Builder toBuilder() {
    return new Builder(id).title(title).body(body).summary(summary).published(published).kind(kind).source(source)
        .category(category).url(url).author(author).tags(tags);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Mutable builder of {@link Article}; {@link #build()} validates. */
  public static final class Builder {
    private final String id;
    private String title;
    private String body;
    private String summary;
    private OffsetDateTime published;
    private Kind kind;
    private String source;
    private String category;
    private String url;
    private String author;
    private List<String> tags = List.of();

    private Builder(String id) {
      this.id = id;
    }

    /** Sets the title. */
    public Builder title(String v) { title = v; return this; }
    /** Sets the body. */
    public Builder body(String v) { body = v; return this; }
    /** Sets the summary. */
    public Builder summary(String v) { summary = v; return this; }
    /** Sets the publication date-time. */
    public Builder published(OffsetDateTime v) { published = v; return this; }
    /** Sets the kind. */
    public Builder kind(Kind v) { kind = v; return this; }
    /** Sets the source. */
    public Builder source(String v) { source = v; return this; }
    /** Sets the category. */
    public Builder category(String v) { category = v; return this; }
    /** Sets the url. */
    public Builder url(String v) { url = v; return this; }
    /** Sets the author. */
    public Builder author(String v) { author = v; return this; }
    /** Sets the tags. */
    public Builder tags(List<String> v) { tags = Objects.requireNonNull(v, "tags"); return this; }

    /** Builds the article, validating it as the record's constructor does. */
    public Article build() {
      return new Article(id, title, body, summary, published, kind, source, category, url, author, tags);
    }
  }
}
