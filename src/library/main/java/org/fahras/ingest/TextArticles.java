package org.fahras.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.document.Kind;
import org.fahras.document.PublishedDates;

/** Parses the plain-text article format: line 1 title, line 2 blank, line 3 {@code dd/MM/yyyy}, then the body. */
final class TextArticles {
  /** The parsed article, or the line, field and reason it was rejected for. */
  record Result(Article article, long line, String field, String reason) {}

  private TextArticles() {}

  static Result parse(String id, String text, Kind kind) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String> lines = ArticleReader.lines(text);
    if (lines.size() < 3) {
      return reject(lines.size() + 1, "published",
          "missing date line: expected title, blank line, dd/MM/yyyy date, body");
    }
    String title = lines.get(0).strip();
    if (!lines.get(1).isBlank()) {
      return reject(2, null, "expected a blank line after the title, found \"" + abbreviate(lines.get(1)) + "\"");
    }
    String date = lines.get(2).strip();
    OffsetDateTime published;
    try {
      published = PublishedDates.parse(date);
    } catch (IllegalArgumentException e) {
      return reject(3, "published", e.getMessage());
    }
    String body = String.join("\n", lines.subList(3, lines.size())).strip();
    try {
      // strict UTF-8 decoding already refused lone surrogates: only the record's own rules remain to check
      Article a = Article.builder(id).title(title.isEmpty() ? null : title).body(body.isEmpty() ? null : body)
          .published(published).kind(kind).build();
      return new Result(a, 1, null, null);
    } catch (IllegalArgumentException e) {
      ArticleReader.FieldException f = JsonArticles.fieldError(e);
      return reject(1, f.field, f.getMessage());
    }
  }

  private static Result reject(long line, String field, String reason) {
    return new Result(null, line, field, reason);
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
