package org.fahras.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.fahras.document.Kind;

/**
 * One ranked result, with every stored field of the article but its body. Immutable; the index makes them (the
 * {@link #builder(String) builder} is there for it and for tests of code that reads hits). A final class rather
 * than a record, so that a field can be added without breaking compiled callers.
 */
public final class SearchHit {
  private final String id;
  private final String title;
  private final OffsetDateTime published;
  private final String source;
  private final Kind kind;
  private final String category;
  private final List<String> tags;
  private final String url;
  private final String author;
  private final String summary;
  private final float score;
  private final String snippet;
  private final List<SnippetPart> snippetParts;
  private final String explanation;

  private SearchHit(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.title = b.title;
    this.published = b.published;
    this.source = b.source;
    this.kind = b.kind;
    this.category = b.category;
    this.tags = List.copyOf(b.tags);
    this.url = b.url;
    this.author = b.author;
    this.summary = b.summary;
    this.score = b.score;
    this.snippet = b.snippet;
    this.snippetParts = List.copyOf(b.snippetParts);
    this.explanation = b.explanation;
  }

  /** A builder of the hit for the article {@code id}; every other field starts null (tags empty, score 0). */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Article id. */
  public String id() {
    return id;
  }

  /** Title as stored, or null. */
  public String title() {
    return title;
  }

  /** Publication date-time, at the article's own offset, or null. */
  public OffsetDateTime published() {
    return published;
  }

  /** Source as stored, or null. */
  public String source() {
    return source;
  }

  /** News or documentary. */
  public Kind kind() {
    return kind;
  }

  /** Category as stored, or null. */
  public String category() {
    return category;
  }

  /** Tags as stored (empty when none); unmodifiable. */
  public List<String> tags() {
    return tags;
  }

  /** Url, or null. */
  public String url() {
    return url;
  }

  /** Author, or null. */
  public String author() {
    return author;
  }

  /** Summary, or null. */
  public String summary() {
    return summary;
  }

  /** Relevance score (higher is better; comparable only within one response). */
  public float score() {
    return score;
  }

  /**
   * Highlighted excerpt with matches in {@code <mark>…</mark>}, the rest HTML-escaped unless raw snippets were
   * asked for; null when not asked for or nothing matched in title or body.
   */
  public String snippet() {
    return snippet;
  }

  /**
   * The snippet in pieces, as the article writes them (never escaped): text, matches and the ellipsis between
   * passages; empty when there is no snippet.
   */
  public List<SnippetPart> snippetParts() {
    return snippetParts;
  }

  /** Why the hit scored what it did, when asked for; else null. */
  public String explanation() {
    return explanation;
  }

  /** Whether {@code o} is a hit with equal fields (scores compared as {@link Float#compare} does). */
  @Override
  public boolean equals(Object o) {
    return o instanceof SearchHit h && id.equals(h.id) && Objects.equals(title, h.title)
        && Objects.equals(published, h.published) && Objects.equals(source, h.source) && kind == h.kind
        && Objects.equals(category, h.category) && tags.equals(h.tags) && Objects.equals(url, h.url)
        && Objects.equals(author, h.author) && Objects.equals(summary, h.summary)
        && Float.compare(score, h.score) == 0 && Objects.equals(snippet, h.snippet) && snippetParts.equals(h.snippetParts)
        && Objects.equals(explanation, h.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, published, source, kind, category, tags, url, author, summary, score, snippet,
        explanation);
  }

  /** The id, title, publication date and score, for logs (not the snippet or explanation). */
  @Override
  public String toString() {
    return "SearchHit[id=" + id + ", title=" + title + ", published=" + published + ", score=" + score + "]";
  }

  /** Mutable builder of {@link SearchHit}. */
  public static final class Builder {
    private final String id;
    private String title;
    private OffsetDateTime published;
    private String source;
    private Kind kind;
    private String category;
    private List<String> tags = List.of();
    private String url;
    private String author;
    private String summary;
    private float score;
    private String snippet;
    private List<SnippetPart> snippetParts = List.of();
    private String explanation;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** Sets the title. */
    public Builder title(String v) { title = v; return this; }
    /** Sets the publication date-time. */
    public Builder published(OffsetDateTime v) { published = v; return this; }
    /** Sets the source. */
    public Builder source(String v) { source = v; return this; }
    /** Sets the kind. */
    public Builder kind(Kind v) { kind = v; return this; }
    /** Sets the category. */
    public Builder category(String v) { category = v; return this; }
    /** Sets the tags (copied by {@link #build()}). */
    public Builder tags(List<String> v) { tags = Objects.requireNonNull(v, "tags"); return this; }
    /** Sets the url. */
    public Builder url(String v) { url = v; return this; }
    /** Sets the author. */
    public Builder author(String v) { author = v; return this; }
    /** Sets the summary. */
    public Builder summary(String v) { summary = v; return this; }
    /** Sets the score. */
    public Builder score(float v) { score = v; return this; }
    /** Sets the snippet. */
    public Builder snippet(String v) { snippet = v; return this; }
    /** Sets the snippet's pieces. */
    public Builder snippetParts(List<SnippetPart> v) { snippetParts = Objects.requireNonNull(v, "snippetParts"); return this; }
    /** Sets the explanation. */
    public Builder explanation(String v) { explanation = v; return this; }

    /** Builds the hit. */
    public SearchHit build() {
      return new SearchHit(this);
    }
  }
}
