package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.ingest.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and unusual JSON Lines records, one per case: each is either indexed and found, or rejected with its
 * line, field and reason. Then all of them in one file with {@code --on-error skip}: read = indexed + rejected,
 * and the report lists every rejection.
 */
class MalformedInputTest {
  @TempDir Path dir;

  /** A case: name, the record line, and null (indexes) or "field|reason fragment" (rejected). */
  static Stream<Arguments> cases() {
    List<Arguments> c = new ArrayList<>();
    // records that must index
    c.add(ok("minimal", "{\"id\":\"m\",\"body\":\"نص\"}"));
    c.add(ok("title only", "{\"id\":\"m\",\"title\":\"عنوان\"}"));
    c.add(ok("unknown fields ignored", "{\"id\":\"m\",\"body\":\"نص\",\"views\":12,\"meta\":{\"a\":[1,2]}}"));
    c.add(ok("null fields", "{\"id\":\"m\",\"body\":\"نص\",\"title\":null,\"tags\":null,\"published\":null}"));
    c.add(ok("escaped control chars", "{\"id\":\"m\",\"body\":\"a\\u0007b\\u0000c\"}"));
    c.add(ok("bidi overrides", "{\"id\":\"m\",\"body\":\"\u202Eنص\u202C \u2067مصر\u2069\"}"));
    c.add(ok("other scripts", "{\"id\":\"m\",\"body\":\"中文 русский ελληνικά עברית 😀 नमस्ते\"}"));
    c.add(ok("surrogate pair escaped", "{\"id\":\"m\",\"body\":\"\\ud83d\\ude00 نص\"}"));
    c.add(ok("iso date", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"2018-02-28\"}"));
    c.add(ok("iso date-time", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"2018-02-28T10:00:00Z\"}"));
    c.add(ok("iso date-time offset", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"2018-02-28T10:00:00.123+05:30\"}"));
    c.add(ok("dd/MM/yyyy", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"29/02/2016\"}"));
    c.add(ok("rfc 1123", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"Sun, 15 Jul 2018 21:56:56 +0400\"}"));
    c.add(ok("blank published", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"  \"}"));
    c.add(ok("kind upper case", "{\"id\":\"m\",\"body\":\"x\",\"kind\":\"Documentary\"}"));
    c.add(ok("id with spaces and Arabic", "{\"id\":\"مقال 7 / أ\",\"body\":\"x\"}"));
    c.add(ok("id 4096 chars", "{\"id\":\"" + "i".repeat(4096) + "\",\"body\":\"x\"}"));
    c.add(ok("whitespace around", "   {\"id\" : \"m\" , \"body\" : \"x\" }   "));
    c.add(ok("tags with blanks", "{\"id\":\"m\",\"body\":\"x\",\"tags\":[\"a\",\" \",\"b\"]}"));
    c.add(ok("body of 10 MB", "{\"id\":\"m\",\"body\":\"" + "كلمة ".repeat(2_000_000) + "\"}"));
    c.add(ok("one enormous word", "{\"id\":\"m\",\"body\":\"" + "ب".repeat(100_000) + " نص\"}"));
    c.add(ok("number field ignored when unknown", "{\"id\":\"m\",\"body\":\"x\",\"score\":1e400}"));
    // records that must be rejected
    c.add(bad("broken JSON", "{\"id\":\"m\",\"body\":\"x\"", "|invalid JSON"));
    c.add(bad("truncated string", "{\"id\":\"m\",\"body\":\"x", "|unterminated string"));
    c.add(bad("single quotes", "{'id':'m','body':'x'}", "|invalid JSON"));
    c.add(bad("trailing comma", "{\"id\":\"m\",\"body\":\"x\",}", "|invalid JSON"));
    c.add(bad("comment", "{\"id\":\"m\",\"body\":\"x\"} // note", "|invalid JSON"));
    c.add(bad("NaN", "{\"id\":\"m\",\"body\":\"x\",\"n\":NaN}", "|invalid JSON"));
    c.add(bad("array record", "[{\"id\":\"m\",\"body\":\"x\"}]", "|expected a JSON object"));
    c.add(bad("null record", "null", "|expected a JSON object"));
    c.add(bad("string record", "\"m\"", "|expected a JSON object"));
    c.add(bad("number record", "42", "|expected a JSON object"));
    c.add(bad("missing id", "{\"body\":\"x\"}", "id|missing"));
    c.add(bad("empty id", "{\"id\":\"\",\"body\":\"x\"}", "id|missing or blank"));
    c.add(bad("id 10000 chars", "{\"id\":\"" + "i".repeat(10_000) + "\",\"body\":\"x\"}", "id|longer than"));
    c.add(bad("id number", "{\"id\":12,\"body\":\"x\"}", "id|expected a string"));
    c.add(bad("title number", "{\"id\":\"m\",\"title\":5,\"body\":\"x\"}", "title|expected a string"));
    c.add(bad("body array", "{\"id\":\"m\",\"body\":[\"x\"]}", "body|expected a string"));
    c.add(bad("summary bool", "{\"id\":\"m\",\"body\":\"x\",\"summary\":true}", "summary|expected a string"));
    c.add(bad("source object", "{\"id\":\"m\",\"body\":\"x\",\"source\":{}}", "source|expected a string"));
    c.add(bad("url number", "{\"id\":\"m\",\"body\":\"x\",\"url\":1}", "url|expected a string"));
    c.add(bad("author array", "{\"id\":\"m\",\"body\":\"x\",\"author\":[]}", "author|expected a string"));
    c.add(bad("kind number", "{\"id\":\"m\",\"body\":\"x\",\"kind\":1}", "kind|expected a string"));
    c.add(bad("kind unknown", "{\"id\":\"m\",\"body\":\"x\",\"kind\":\"blog\"}", "kind|expected \"news\""));
    c.add(bad("tags string", "{\"id\":\"m\",\"body\":\"x\",\"tags\":\"a\"}", "tags|expected an array"));
    c.add(bad("tags of objects", "{\"id\":\"m\",\"body\":\"x\",\"tags\":[{}]}", "tags|expected an array"));
    c.add(bad("tag too long", "{\"id\":\"m\",\"body\":\"x\",\"tags\":[\"" + "t".repeat(5000) + "\"]}", "tags|longer than"));
    c.add(bad("source too long", "{\"id\":\"m\",\"body\":\"x\",\"source\":\"" + "s".repeat(5000) + "\"}", "source|longer than"));
    c.add(bad("published number", "{\"id\":\"m\",\"body\":\"x\",\"published\":2018}", "published|expected a string"));
    c.add(bad("31 February", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"31/02/2018\"}", "published|cannot parse \"31/02/2018\""));
    c.add(bad("month 13", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"2018-13-01\"}", "published|cannot parse"));
    c.add(bad("29 Feb non-leap", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"2018-02-29\"}", "published|cannot parse"));
    c.add(bad("no offset", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"2018-02-28T10:00:00\"}", "published|cannot parse"));
    c.add(bad("basic format", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"2017-01-22T185600\"}", "published|cannot parse"));
    c.add(bad("words", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"yesterday\"}", "published|cannot parse"));
    c.add(bad("MM/dd/yyyy", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"12/31/2018\"}", "published|cannot parse"));
    c.add(bad("wrong weekday", "{\"id\":\"m\",\"body\":\"x\",\"published\":\"Mon, 15 Jul 2018 21:56:56 +0400\"}", "published|cannot parse"));
    c.add(bad("empty title and body", "{\"id\":\"m\",\"title\":\"\",\"body\":\"\"}", "body|needs a non-blank"));
    c.add(bad("no title no body", "{\"id\":\"m\"}", "body|needs a non-blank"));
    c.add(bad("lone high surrogate", "{\"id\":\"m\",\"body\":\"\\ud800\"}", "body|unpaired surrogate"));
    c.add(bad("lone low surrogate in title", "{\"id\":\"m\",\"title\":\"\\udc00x\",\"body\":\"x\"}", "title|unpaired surrogate"));
    c.add(bad("raw newline escape missing", "{\"id\":\"m\",\"body\":\"a\tb\"}", "|control character"));
    c.add(bad("bad escape", "{\"id\":\"m\",\"body\":\"\\q\"}", "|unknown escape"));
    c.add(bad("bad unicode escape", "{\"id\":\"m\",\"body\":\"\\u12G4\"}", "|bad hex digit"));
    c.add(bad("duplicate key", "{\"id\":\"m\",\"id\":\"n\",\"body\":\"x\"}", "|appears twice"));
    c.add(bad("deep nesting", "{\"id\":\"m\",\"body\":\"x\",\"a\":" + "[".repeat(100) + "]".repeat(100) + "}", "|nested deeper"));
    return c.stream();
  }

  static Arguments ok(String name, String line) {
    return Arguments.of(name, line, null);
  }

  static Arguments bad(String name, String line, String expect) {
    return Arguments.of(name, line, expect);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIndexesOrIsRejectedWithLineFieldAndReason(String name, String line, String expect) throws IOException {
    Path f = dir.resolve("case.jsonl");
    Files.writeString(f, "{\"id\":\"first\",\"body\":\"سطر أول\"}\n" + line + "\n", StandardCharsets.UTF_8);
    List<Rejection> rejected = new ArrayList<>();
    Indexer.Summary s;
    try (ArticleIndex index = ArticleIndex.create(dir.resolve("idx"), "fahras")) {
      s = new Indexer(index).onError(Indexer.OnError.SKIP).rejections(rejected::add).ingest(List.of(f));
      assertEquals(s.read(), s.indexed() + s.rejected());
      if (expect == null) {
        assertEquals(List.of(), rejected, name);
        assertEquals(2, index.count(), name);
      } else {
        assertEquals(1, rejected.size(), name);
        Rejection r = rejected.get(0);
        String[] fr = expect.split("\\|", 2);
        assertEquals(f.toString(), r.file());
        assertEquals(2, r.line(), name);
        assertEquals(fr[0].isEmpty() ? null : fr[0], r.field(), name + ": " + r);
        assertTrue(r.reason().contains(fr[1]), name + ": " + r);
        assertEquals(1, index.count(), name);
      }
    }
    // the default policy stops at the same record and commits nothing
    if (expect != null) {
      Path idx = dir.resolve("idx-fail");
      try (ArticleIndex index = ArticleIndex.create(idx, "fahras")) {
        Indexer.IngestException e = org.junit.jupiter.api.Assertions.assertThrows(Indexer.IngestException.class,
            () -> new Indexer(index).ingest(List.of(f)));
        assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
      }
      try (ArticleIndex index = ArticleIndex.openForSearch(idx)) {
        assertEquals(0, index.count(), name);
      }
    }
  }

  @Test
  void allCasesInOneFileWithSkip() throws IOException {
    List<Arguments> all = cases().toList();
    StringBuilder sb = new StringBuilder();
    int i = 0;
    int expectedBad = 0;
    for (Arguments a : all) {
      // give each case its own id so that nothing replaces anything
      sb.append(((String) a.get()[1]).replace("\"id\":\"m\"", "\"id\":\"case-" + i++ + "\"")).append('\n');
      if (a.get()[2] != null) {
        expectedBad++;
      }
    }
    sb.append("\n\r\n"); // empty lines: not records
    Path f = dir.resolve("all.jsonl");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    List<Rejection> rejected = new ArrayList<>();
    try (ArticleIndex index = ArticleIndex.create(dir.resolve("all-idx"), "fahras")) {
      Indexer.Summary s = new Indexer(index).onError(Indexer.OnError.SKIP).rejections(rejected::add).ingest(List.of(f));
      assertEquals(all.size(), s.read());
      assertEquals(s.read(), s.indexed() + s.rejected());
      assertEquals(expectedBad, s.rejected());
      assertEquals(expectedBad, rejected.size());
      // every accepted record is there; the two sharing an id ("first"-less cases use unique ids) are not doubled
      assertEquals(s.indexed() - s.duplicateIds(), index.count());
      assertTrue(all.size() >= 60, "cases: " + all.size());
    }
  }

  @Test
  void duplicateIdsWithinOneIngestLastOneWins() throws IOException {
    Path f = dir.resolve("dup.jsonl");
    Files.writeString(f, "{\"id\":\"d\",\"title\":\"الأول\"}\n{\"id\":\"d\",\"title\":\"الثاني\"}\n");
    try (ArticleIndex index = ArticleIndex.create(dir.resolve("dup-idx"), "fahras")) {
      Indexer.Summary s = new Indexer(index).ingest(List.of(f));
      assertEquals(new Indexer.Summary(2, 2, 0, 1), s);
      assertEquals(1, index.count());
      assertEquals("الثاني", index.get("d").orElseThrow().title());
    }
  }

  @Test
  void textArticleFilesWithoutDateOrBlankLineAreRejected() throws IOException {
    Files.writeString(dir.resolve("nodate.txt"), "عنوان\n\nنص بلا تاريخ\n");
    Files.writeString(dir.resolve("noblank.txt"), "عنوان\n30/05/2017\nنص\n");
    Files.writeString(dir.resolve("good.txt"), "\uFEFFعنوان\r\n\r\n30/05/2017\r\nنص\r\n");
    List<Rejection> rejected = new ArrayList<>();
    try (ArticleIndex index = ArticleIndex.create(dir.resolve("txt-idx"), "fahras")) {
      Indexer.Summary s = new Indexer(index).onError(Indexer.OnError.SKIP).rejections(rejected::add)
          .ingest(List.of(dir.resolve("nodate.txt"), dir.resolve("noblank.txt"), dir.resolve("good.txt")));
      assertEquals(new Indexer.Summary(3, 1, 2, 0), s);
      assertEquals("published", rejected.get(0).field());
      assertEquals(3, rejected.get(0).line());
      assertEquals(2, rejected.get(1).line());
      assertEquals("عنوان", index.get("good").orElseThrow().title());
    }
  }
}
