package org.fahras.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.document.Article;
import org.fahras.document.InvalidArticleException;
import org.fahras.document.Kind;
import org.fahras.document.PublishedDates;
import org.fahras.ingest.ArticleReader.FieldException;

/**
 * Reads one JSON Lines record into an {@link Article} with jackson-core's streaming parser (strict RFC 8259: no
 * comments, NaN, leading zeros, trailing commas or single quotes; a field name twice is an error), naming the field
 * at fault when the record is valid JSON but not an article. Unknown fields are checked for syntax, then ignored.
 */
final class JsonArticles {
  /** Deepest nesting accepted; article records are flat, this only guards against hostile input. */
  static final int MAX_DEPTH = 64;

  /** The fields of the schema; others are ignored (records often carry extra metadata). */
  static final Set<String> KNOWN_FIELDS = Set.of(
      "id", "title", "body", "summary", "published", "kind", "source", "category", "url", "author", "tags");

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(ArticleReader.MAX_RECORD_BYTES)
          .build())
      .build();

  /** Malformed JSON; the message gives the character column. */
  static final class JsonSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonSyntaxException(String message) {
      super(message);
    }
  }

  private JsonArticles() {}

  /**
   * Parses {@code chars[offset..offset+length)} as one record. Syntax errors win over field errors: a record is first of all
   * valid JSON, so the whole line is parsed before a field problem is reported.
   */
  static Article parse(char[] chars, int offset, int length, Kind defaultKind) throws JsonSyntaxException, FieldException {
    Map<String, Object> fields = new HashMap<>(); // field -> String, List<String> or FieldException
    FieldException recordProblem = null;
    try (JsonParser p = FACTORY.createParser(chars, offset, length)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        recordProblem = new FieldException(null, "expected a JSON object, got " + describe(p, t));
        p.skipChildren();
      } else {
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if (!KNOWN_FIELDS.contains(name)) {
            p.skipChildren(); // still tokenized: a syntax error inside an unknown field is reported
          } else if (name.equals("tags")) {
            fields.put(name, tags(p, v));
          } else if (v == JsonToken.VALUE_STRING) {
            fields.put(name, p.getText());
          } else if (v != JsonToken.VALUE_NULL) {
            fields.put(name, new FieldException(name, "expected a string, got " + describe(p, v)));
            p.skipChildren();
          }
        }
      }
      JsonLocation end = p.currentLocation();
      boolean more;
      try {
        more = p.nextToken() != null;
      } catch (JsonProcessingException e) {
        more = true; // whatever follows is not even a token
      }
      if (more) {
        throw new JsonSyntaxException(at(end, "unexpected text after the JSON value"));
      }
    } catch (JsonProcessingException e) {
      throw new JsonSyntaxException(at(e.getLocation(), reason(e)));
    } catch (IOException e) {
      throw new JsonSyntaxException("invalid JSON: " + e.getMessage()); // cannot happen on a char array
    }
    if (recordProblem != null) {
      throw recordProblem;
    }
    return toArticle(fields, defaultKind);
  }

  /** Same checks, in the same order, as the record's fields have always been checked. */
  private static Article toArticle(Map<String, Object> map, Kind defaultKind) throws FieldException {
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
      throw fieldError(e);
    }
  }

  /** The field and reason of an article the record's fields did not make: as the article's validation names them. */
  static FieldException fieldError(IllegalArgumentException e) {
    return e instanceof InvalidArticleException invalid
        ? new FieldException(invalid.field(), invalid.reason())
        : new FieldException(null, e.getMessage());
  }

  private static String string(Map<String, Object> map, String field) throws FieldException {
    Object v = map.get(field);
    if (v instanceof FieldException e) {
      throw e;
    }
    String s = (String) v;
    if (s != null) {
      checkSurrogates(field, s);
    }
    return s;
  }

  @SuppressWarnings("unchecked")
  private static List<String> tags(Map<String, Object> map) throws FieldException {
    Object v = map.get("tags");
    if (v instanceof FieldException e) {
      throw e;
    }
    return v == null ? List.of() : (List<String>) v;
  }

  /** Reads the value of {@code tags}: an array of strings (blank ones dropped), or the problem with it. */
  private static Object tags(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      FieldException e = new FieldException("tags", "expected an array of strings, got " + describe(p, t));
      p.skipChildren();
      return e;
    }
    List<String> out = new ArrayList<>();
    FieldException problem = null;
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (problem == null && e == JsonToken.VALUE_STRING) {
        String s = p.getText();
        try {
          checkSurrogates("tags", s);
        } catch (FieldException x) {
          problem = x;
        }
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      } else if (problem == null) {
        problem = new FieldException("tags", "expected an array of strings, found " + describe(p, e));
      }
      p.skipChildren();
    }
    return problem != null ? problem : out;
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

  /** "a number 12", "an object", ...: what a value is, for messages. */
  private static String describe(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_STRING -> "a string " + abbreviate(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number " + abbreviate(p.getText());
      case VALUE_TRUE, VALUE_FALSE -> "a boolean " + p.getText();
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      default -> "an object";
    };
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static String at(JsonLocation where, String what) {
    return where == null || where.getColumnNr() < 1
        ? "invalid JSON: " + what
        : "invalid JSON at column " + where.getColumnNr() + ": " + what;
  }

  private static final Pattern CONTROL = Pattern.compile("CTRL-CHAR, code (\\d+)");
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.)'");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");

  /** Jackson's message in the words fahras has always used for the common cases; jackson's own otherwise. */
  private static String reason(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    Matcher x;
    if (e instanceof StreamConstraintsException) {
      return m.contains("nesting depth") ? "nested deeper than " + MAX_DEPTH : m;
    }
    if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
      return m.contains("closing quote") ? "unterminated string (truncated record?)"
          : "unexpected end of line (truncated record?)";
    }
    if ((x = CONTROL.matcher(m)).find()) {
      return "control character U+" + String.format(Locale.ROOT, "%04X", Integer.parseInt(x.group(1)))
          + " inside a string must be escaped";
    }
    if ((x = ESCAPE.matcher(m)).find()) {
      return "unknown escape \\" + x.group(1);
    }
    if (m.contains("expected a hex-digit for character escape")) {
      return "bad hex digit in \\u escape";
    }
    if ((x = DUPLICATE.matcher(m)).find()) {
      return "field \"" + x.group(1) + "\" appears twice";
    }
    return m;
  }
}
