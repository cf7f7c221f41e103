package org.fahras.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One article: a news item or a documentary description. Immutable.
 *
 * <p>{@code id} is required and non-blank; an article needs a non-blank title or body. Every other field may be
 * {@code null} (tags: empty). {@code published} keeps a date-time with its offset; an article dated by day only is
 * stored at midnight UTC of that day.
 *
 * @param id unique identifier; adding an article with an existing id replaces the old one
 * @param title headline, or null
 * @param body article text, or null
 * @param summary short summary, or null
 * @param published publication date-time, or null
 * @param kind news or documentary; {@link Kind#NEWS} when not given
 * @param source publisher, e.g. {@code bbc}, or null
 * @param category section, e.g. {@code sport}, or null
 * @param url address of the original, or null
 * @param author author, or null
 * @param tags free tags, never null
 */
public record Article(
    String id,
    String title,
    String body,
    String summary,
    OffsetDateTime published,
    Kind kind,
    String source,
    String category,
    String url,
    String author,
    List<String> tags) {

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

  /**
   * Validates and normalizes the fields.
   *
   * @throws InvalidArticleException naming the field at fault and the reason
   */
  public Article {
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
    tags = tags == null ? List.of() : List.copyOf(tags);
    checkKeyword("source", source);
    checkKeyword("category", category);
    for (String t : tags) {
      checkKeyword("tags", t);
    }
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
    public Builder tags(List<String> v) { tags = Objects.requireNonNull(v); return this; }

    /** Builds the article, validating it as the record's constructor does. */
    public Article build() {
      return new Article(id, title, body, summary, published, kind, source, category, url, author, tags);
    }
  }
}
