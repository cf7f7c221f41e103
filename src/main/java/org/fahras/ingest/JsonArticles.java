package org.fahras.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.document.Article;
import org.fahras.document.Kind;
import org.fahras.document.PublishedDates;
import org.fahras.ingest.ArticleReader.FieldException;

/** Maps one parsed JSON Lines record to an {@link Article}, naming the field at fault when it cannot. */
final class JsonArticles {
  /** The fields of the schema; others are ignored (records often carry extra metadata). */
  static final Set<String> KNOWN_FIELDS = Set.of(
      "id", "title", "body", "summary", "published", "kind", "source", "category", "url", "author", "tags");

  private JsonArticles() {}

  static Article toArticle(Object value, Kind defaultKind) throws FieldException {
    if (!(value instanceof Map<?, ?> map)) {
      throw new FieldException(null, "expected a JSON object, got " + typeName(value));
    }
    String id = string(map, "id");
    if (id == null || id.isBlank()) {
      throw new FieldException("id", "missing or blank");
    }
    if (id.length() > Article.MAX_ID_LENGTH) {
      throw new FieldException("id", id.length() + " characters, longer than the maximum " + Article.MAX_ID_LENGTH);
    }
    String title = string(map, "title");
    String body = string(map, "body");
    if (isBlank(title) && isBlank(body)) {
      throw new FieldException("body", "an article needs a non-blank title or body");
    }
    String published = string(map, "published");
    String kind = string(map, "kind");
    Article.Builder b = Article.builder(id)
        .title(title)
        .body(body)
        .summary(string(map, "summary"))
        .source(string(map, "source"))
        .category(string(map, "category"))
        .url(string(map, "url"))
        .author(string(map, "author"))
        .tags(tags(map))
        .kind(defaultKind);
    if (published != null && !published.isBlank()) {
      try {
        b.published(PublishedDates.parse(published));
      } catch (IllegalArgumentException e) {
        throw new FieldException("published", e.getMessage());
      }
    }
    if (kind != null && !kind.isBlank()) {
      try {
        b.kind(Kind.parse(kind));
      } catch (IllegalArgumentException e) {
        throw new FieldException("kind", e.getMessage());
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw fieldError(e.getMessage());
    }
  }

  /** Splits the record's {@code field "x": reason} message into field and reason. */
  static FieldException fieldError(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^field \"(\\w+)\": (.*)$").matcher(message);
    return m.matches() ? new FieldException(m.group(1), m.group(2)) : new FieldException(null, message);
  }

  private static String string(Map<?, ?> map, String field) throws FieldException {
    Object v = map.get(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new FieldException(field, "expected a string, got " + typeName(v) + " " + abbreviate(v));
    }
    checkSurrogates(field, s);
    return s;
  }

  private static List<String> tags(Map<?, ?> map) throws FieldException {
    Object v = map.get("tags");
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new FieldException("tags", "expected an array of strings, got " + typeName(v) + " " + abbreviate(v));
    }
    List<String> out = new ArrayList<>(list.size());
    for (Object o : list) {
      if (!(o instanceof String s)) {
        throw new FieldException("tags", "expected an array of strings, found " + typeName(o) + " " + abbreviate(o));
      }
      checkSurrogates("tags", s);
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** Lone surrogates (possible through \\u escapes) cannot be stored as UTF-8: reject rather than mangle. */
  static void checkSurrogates(String field, String s) throws FieldException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new FieldException(field, "unpaired surrogate U+" + String.format("%04X", (int) c) + " at character " + i);
      }
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static String typeName(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof Number) {
      return "a number";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    if (v instanceof List) {
      return "an array";
    }
    return "an object";
  }

  private static String abbreviate(Object v) {
    String s = String.valueOf(v);
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
