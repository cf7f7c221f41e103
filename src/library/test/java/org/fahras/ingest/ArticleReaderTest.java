package org.fahras.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.fahras.document.Article;
import org.fahras.document.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {
  @TempDir Path dir;

  /** Everything the reader reported, in order. */
  static final class Collected implements ArticleReader.Handler {
    final List<Path> skipped = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void article(Article article, String file, long line) {
      articles.add(article);
      lines.add(line);
    }

    @Override
    public void rejected(Rejection r) {
      rejections.add(r);
    }

    @Override
    public void skipped(Path file) {
      skipped.add(file);
    }
  }

  Collected read(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return read(f);
  }

  Collected read(Path f) throws IOException {
    Collected c = new Collected();
    ArticleReader.read(List.of(f), c);
    return c;
  }

  @Test
  void readsJsonLinesWithEveryField() throws IOException {
    Collected c = read("a.jsonl", """
        {"id":"a1","title":"عنوان","body":"نص","summary":"ملخص","published":"2018-02-18T21:35:43+04:00","kind":"documentary","source":"bbc","category":"sport","url":"http://x","author":"س","tags":["t1","t2"],"extra":1}
        """);
    assertEquals(0, c.rejections.size());
    Article a = c.articles.get(0);
    assertEquals("a1", a.id());
    assertEquals("عنوان", a.title());
    assertEquals(OffsetDateTime.parse("2018-02-18T21:35:43+04:00"), a.published());
    assertEquals(Kind.DOCUMENTARY, a.kind());
    assertEquals(List.of("t1", "t2"), a.tags());
    assertEquals("س", a.author());
  }

  @Test
  void readsGzipAndCountsLines() throws IOException {
    Path f = dir.resolve("a.jsonl.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("{\"id\":\"1\",\"body\":\"x\"}\n\n{\"id\":\"2\",\"body\":\"y\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(f, bytes.toByteArray());
    Collected c = read(f);
    assertEquals(List.of("1", "2"), c.articles.stream().map(Article::id).toList());
    assertEquals(List.of(1L, 3L), c.lines);
  }

  @Test
  void truncatedGzipIsRejectedAfterTheArticlesBeforeIt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      for (int i = 0; i < 2000; i++) {
        gz.write(("{\"id\":\"" + i + "\",\"body\":\"نص رقم " + i + " " + "x".repeat(i % 50) + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = bytes.toByteArray();
    Path f = dir.resolve("cut.jsonl.gz");
    Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
    Collected c = read(f);
    assertTrue(c.articles.size() > 0 && c.articles.size() < 2000);
    assertEquals(1, c.rejections.size());
    assertTrue(c.rejections.get(0).reason().contains("truncated"), c.rejections.get(0).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "broken JSON | {\"id\":\"1\",\"body\":\"x\" | | invalid JSON",
      "not an object | [1,2] | | expected a JSON object",
      "missing id | {\"body\":\"x\"} | id | missing",
      "blank id | {\"id\":\"  \",\"body\":\"x\"} | id | missing or blank",
      "id as number | {\"id\":7,\"body\":\"x\"} | id | expected a string",
      "tags as string | {\"id\":\"1\",\"body\":\"x\",\"tags\":\"a\"} | tags | expected an array",
      "tag as number | {\"id\":\"1\",\"body\":\"x\",\"tags\":[1]} | tags | expected an array",
      "published as number | {\"id\":\"1\",\"body\":\"x\",\"published\":2018} | published | expected a string",
      "bad date | {\"id\":\"1\",\"body\":\"x\",\"published\":\"31/02/2018\"} | published | cannot parse \"31/02/2018\"",
      "date without offset | {\"id\":\"1\",\"body\":\"x\",\"published\":\"2017-01-22T185600\"} | published | cannot parse",
      "unknown kind | {\"id\":\"1\",\"body\":\"x\",\"kind\":\"blog\"} | kind | expected \"news\" or \"documentary\"",
      "no title or body | {\"id\":\"1\",\"title\":\"\",\"body\":\" \"} | body | needs a non-blank title or body",
      "lone surrogate | {\"id\":\"1\",\"body\":\"a\\ud800b\"} | body | unpaired surrogate",
      "duplicate field | {\"id\":\"1\",\"id\":\"2\",\"body\":\"x\"} | | appears twice",
      "trailing garbage | {\"id\":\"1\",\"body\":\"x\"} x | | after the JSON value",
      "raw control char | {\"id\":\"1\",\"body\":\"a\u0001b\"} | | control character",
  })
  void badRecordsAreRejectedWithFieldAndReason(String name, String line, String field, String reason)
      throws IOException {
    Collected c = read("bad.jsonl", "{\"id\":\"ok\",\"body\":\"x\"}\n" + line + "\n");
    assertEquals(1, c.articles.size(), name);
    assertEquals(1, c.rejections.size(), name);
    Rejection r = c.rejections.get(0);
    assertEquals(2, r.line());
    assertEquals(field == null || field.isBlank() ? null : field.strip(), r.field());
    assertTrue(r.reason().contains(reason.strip()), r.toString());
    assertTrue(r.toString().startsWith(dir.resolve("bad.jsonl") + ":2: "), r.toString());
  }

  @Test
  void invalidUtf8IsRejectedOnItsLine() throws IOException {
    Path f = dir.resolve("bad.jsonl");
    byte[] good = "{\"id\":\"1\",\"body\":\"x\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(good);
    b.write(bad);
    b.write(good);
    Files.write(f, b.toByteArray());
    Collected c = read(f);
    assertEquals(2, c.articles.size());
    assertEquals(2, c.rejections.get(0).line());
    assertEquals("invalid UTF-8 at byte 8 of the line (0xC3)", c.rejections.get(0).reason());
  }

  @Test
  void windows1256TextGetsAHint() throws IOException {
    byte[] cp1256 = "{\"id\":\"1\",\"body\":\"مكتبة الإسكندرية\"}\n".getBytes(java.nio.charset.Charset.forName("windows-1256"));
    Path f = dir.resolve("arabic-1256.jsonl");
    Files.write(f, cp1256);
    Collected c = read(f);
    assertEquals(0, c.articles.size());
    assertTrue(c.rejections.get(0).reason().startsWith("invalid UTF-8 at byte 19 of the line (0xE3); the file looks"
        + " like Arabic in Windows-1256"), c.rejections.get(0).reason());
    Path t = dir.resolve("t.txt");
    Files.write(t, "مكتبة\n\n12/06/2017\nنص\n".getBytes(java.nio.charset.Charset.forName("windows-1256")));
    Collected ct = read(t);
    assertEquals(1, ct.rejections.get(0).line());
    assertTrue(ct.rejections.get(0).reason().startsWith("invalid UTF-8 at byte 1 of the line (0xE3); the file"
        + " looks like Arabic in Windows-1256"), ct.rejections.get(0).reason());
    // Latin-1 bytes are not taken for Arabic
    Path l = dir.resolve("latin.jsonl");
    Files.write(l, "{\"id\":\"1\",\"body\":\"café\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("invalid UTF-8 at byte 22 of the line (0xE9)", read(l).rejections.get(0).reason());
  }

  @Test
  void bomCrlfAndEmptyLinesAreHandled() throws IOException {
    Collected c = read("crlf.jsonl", "\uFEFF{\"id\":\"1\",\"body\":\"x\"}\r\n\r\n{\"id\":\"2\",\"body\":\"y\"}\r\n");
    assertEquals(List.of("1", "2"), c.articles.stream().map(Article::id).toList());
    assertEquals(0, c.rejections.size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2018-07-15 | 2018-07-15T00:00Z",
      "2018-07-15T21:56:56+04:00 | 2018-07-15T21:56:56+04:00",
      "15/07/2018 | 2018-07-15T00:00Z",
      "'Sun, 15 Jul 2018 21:56:56 +0400' | 2018-07-15T21:56:56+04:00",
  })
  void everyAcceptedDateFormat(String text, String expected) throws IOException {
    Collected c = read("d.jsonl", "{\"id\":\"1\",\"body\":\"x\",\"published\":\"" + text + "\"}\n");
    assertEquals(OffsetDateTime.parse(expected), c.articles.get(0).published());
  }

  @Test
  void textArticleFormat() throws IOException {
    Collected c = read("doc-7.txt", "عنوان الفيلم\n\n30/05/2017\nالسطر الأول\nالسطر الثاني\n");
    Article a = c.articles.get(0);
    assertEquals("doc-7", a.id());
    assertEquals("عنوان الفيلم", a.title());
    assertEquals("السطر الأول\nالسطر الثاني", a.body());
    assertEquals(OffsetDateTime.parse("2017-05-30T00:00Z"), a.published());
  }

  @Test
  void textArticleWithCrLineEnds() throws IOException {
    Collected c = read("cr.txt", "عنوان\r\r30/05/2017\rنص");
    assertEquals("نص", c.articles.get(0).body());
  }

  @Test
  void textArticleProblemsNameTheLine() throws IOException {
    Rejection noBlank = read("a.txt", "عنوان\n30/05/2017\nنص\n").rejections.get(0);
    assertEquals(2, noBlank.line());
    Rejection noDate = read("b.txt", "عنوان\n").rejections.get(0);
    assertEquals("published", noDate.field());
    Rejection badDate = read("c.txt", "عنوان\n\n2017/05/30\nنص").rejections.get(0);
    assertEquals(3, badDate.line());
    assertEquals("published", badDate.field());
  }

  @Test
  void sampleArticleReads() throws IOException {
    Path sample = Path.of(System.getProperty("fahras.basedir", "."), "..", "shared", "samples",
        "000_61e33e4c7f4883a7.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(sample), "sample not present");
    Collected c = read(sample);
    assertEquals("000_61e33e4c7f4883a7", c.articles.get(0).id());
    assertEquals(OffsetDateTime.parse("2017-05-30T00:00Z"), c.articles.get(0).published());
  }

  @Test
  void foldersAreReadRecursivelyAndUnknownFilesNamed() throws IOException {
    Files.createDirectories(dir.resolve("sub/deeper"));
    Files.writeString(dir.resolve("sub/a.jsonl"), "{\"id\":\"1\",\"body\":\"x\"}\n");
    Files.writeString(dir.resolve("sub/deeper/b.txt"), "t\n\n01/01/2018\nb\n");
    Files.writeString(dir.resolve("sub/notes.md"), "ignored: not an article file");
    Collected c = new Collected();
    ArticleReader.read(List.of(dir.resolve("sub")), c);
    assertEquals(List.of("1", "b"), c.articles.stream().map(Article::id).toList());
    IOException e = assertThrows(IOException.class,
        () -> ArticleReader.read(List.of(dir.resolve("sub/notes.md")), new Collected()));
    assertTrue(e.getMessage().contains("not an article file"));
    assertThrows(IOException.class, () -> ArticleReader.read(List.of(dir.resolve("missing")), new Collected()));
  }

  @Test
  void veryLongIdIsRejected() throws IOException {
    Collected c = read("long.jsonl", "{\"id\":\"" + "x".repeat(10_000) + "\",\"body\":\"x\"}\n");
    assertEquals(1, c.rejections.size());
    assertTrue(c.rejections.get(0).reason().contains("longer than"));
    assertEquals("id", c.rejections.get(0).field());
  }

  // --- issue 14, point 9: JSON by jackson-core's strict streaming parser

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "leading zero | {\"id\":\"1\",\"body\":\"x\",\"n\":01} | Leading zeroes",
      "no digit after point | {\"id\":\"1\",\"body\":\"x\",\"n\":1.} | Decimal point not followed by a digit",
      "no digit before point | {\"id\":\"1\",\"body\":\"x\",\"n\":-.5} | expected a valid value",
      "Arabic-Indic hex digits | {\"id\":\"1\",\"body\":\"\\u٠٠٤١\"} | bad hex digit",
      "NaN | {\"id\":\"1\",\"body\":\"x\",\"n\":NaN} | Non-standard token",
      "duplicate in unknown object | {\"id\":\"1\",\"body\":\"x\",\"m\":{\"a\":1,\"a\":2}} | field \"a\" appears twice",
  })
  void numbersAndEscapesAreStrictJson(String name, String line, String reason) throws IOException {
    Collected c = read("strict.jsonl", line.strip() + "\n");
    assertEquals(List.of(), c.articles, name);
    assertEquals(1, c.rejections.size(), name);
    assertTrue(c.rejections.get(0).reason().startsWith("invalid JSON at column "), c.rejections.get(0).toString());
    assertTrue(c.rejections.get(0).reason().contains(reason.strip()), c.rejections.get(0).toString());
  }

  @Test
  void validNumbersAndEscapesInAnyFieldAreAccepted() throws IOException {
    Collected c = read("ok.jsonl", "{\"id\":\"1\",\"body\":\"\\u0041\\u0628\",\"n\":[0,-0.5,1e400,-12E-3],"
        + "\"big\":" + "9".repeat(900) + "}\n");
    assertEquals(List.of(), c.rejections);
    assertEquals("Aب", c.articles.get(0).body());
  }

  @Test
  void syntaxErrorsWinOverFieldErrorsAndColumnsAreCharacters() throws IOException {
    // the id is of the wrong type, but the record is not even JSON: that is what is reported
    Collected c = read("s.jsonl", "{\"id\":7,\"body\":\"نص\",}\n");
    assertEquals(null, c.rejections.get(0).field());
    assertTrue(c.rejections.get(0).reason().startsWith("invalid JSON at column 21:"), c.rejections.get(0).toString());
  }

  // --- issue 14, point 4: what a folder holds, and how files are named

  @Test
  void jsonLinesExtensionsInAnyCase() throws IOException {
    Files.writeString(dir.resolve("a.ndjson"), "{\"id\":\"a\",\"body\":\"x\"}\n");
    Files.writeString(dir.resolve("b.json"), "{\"id\":\"b\",\"body\":\"x\"}\n{\"id\":\"b2\",\"body\":\"x\"}\n");
    Files.writeString(dir.resolve("C.JSONL"), "{\"id\":\"c\",\"body\":\"x\"}\n");
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("D.NDJSON.GZ")))) {
      gz.write("{\"id\":\"d\",\"body\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("E.TXT"), "t\n\n01/01/2018\nb\n");
    Collected c = new Collected();
    ArticleReader.read(List.of(dir), c);
    assertEquals(List.of(), c.rejections);
    assertEquals(List.of("c", "d", "E", "a", "b", "b2"), c.articles.stream().map(Article::id).toList());
  }

  @Test
  void hiddenFilesAndFoldersAreSkippedAndOtherFilesNamed() throws IOException {
    Files.createDirectories(dir.resolve("news/.git"));
    Files.writeString(dir.resolve("news/.git/x.jsonl"), "{\"id\":\"hidden-folder\",\"body\":\"x\"}\n");
    Files.writeString(dir.resolve("news/.draft.jsonl"), "{\"id\":\"hidden-file\",\"body\":\"x\"}\n");
    Files.writeString(dir.resolve("news/a.jsonl"), "{\"id\":\"a\",\"body\":\"x\"}\n");
    Files.writeString(dir.resolve("news/README.md"), "not an article");
    Collected c = new Collected();
    ArticleReader.read(List.of(dir.resolve("news")), c);
    assertEquals(List.of("a"), c.articles.stream().map(Article::id).toList());
    assertEquals(List.of(dir.resolve("news/README.md")), c.skipped);
    // named explicitly, a hidden file is read: only folder walks skip hidden entries
    assertEquals("hidden-file", read(dir.resolve("news/.draft.jsonl")).articles.get(0).id());
  }

  @Test
  void aKindFileGivesItsFolderAndTheFoldersBelowTheirKind() throws IOException {
    Files.createDirectories(dir.resolve("docs/older"));
    Files.writeString(dir.resolve("docs/.fahras-kind"), "documentary\n");
    Files.writeString(dir.resolve("docs/a.txt"), "t\n\n01/01/2018\nb\n");
    Files.writeString(dir.resolve("docs/older/b.jsonl"),
        "{\"id\":\"b\",\"body\":\"x\"}\n{\"id\":\"n\",\"body\":\"x\",\"kind\":\"news\"}\n");
    Files.writeString(dir.resolve("c.txt"), "t\n\n01/01/2018\nb\n");
    Collected c = new Collected();
    ArticleReader.read(List.of(dir.resolve("docs"), dir.resolve("c.txt"), dir.resolve("docs/a.txt")), Kind.NEWS, c);
    assertEquals(List.of("a:DOCUMENTARY", "b:DOCUMENTARY", "n:NEWS", "c:NEWS", "a:DOCUMENTARY"),
        c.articles.stream().map(a -> a.id() + ":" + a.kind()).toList());
    Files.writeString(dir.resolve("docs/.fahras-kind"), "films\n");
    IOException e = assertThrows(IOException.class, () -> ArticleReader.read(List.of(dir.resolve("docs")), new Collected()));
    assertTrue(e.getMessage().startsWith(dir.resolve("docs/.fahras-kind") + ": "), e.getMessage());
  }

  @Test
  void theFixtureDocumentariesCarryTheirKind() throws IOException {
    Path fixtures = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures", "articles");
    Collected c = new Collected();
    ArticleReader.read(List.of(fixtures), c);
    assertEquals(46, c.articles.size());
    assertEquals(16, c.articles.stream().filter(a -> a.kind() == Kind.DOCUMENTARY).count());
    assertTrue(c.articles.stream().filter(a -> a.id().startsWith("fx-txt-")).allMatch(a -> a.kind() == Kind.DOCUMENTARY));
  }

  @Test
  void aJsonArrayFileIsOneClearError() throws IOException {
    Path f = dir.resolve("export.json");
    Files.writeString(f, "\uFEFF[\n  {\"id\":\"1\",\"body\":\"x\"},\n  {\"id\":\"2\",\"body\":\"x\"}\n]\n");
    Collected c = new Collected();
    IOException e = assertThrows(IOException.class, () -> ArticleReader.read(List.of(f), c));
    assertEquals(f + ": holds a JSON array, not JSON Lines (one JSON object per line); convert it with: jq -c '.[]' "
        + f, e.getMessage());
    assertEquals(List.of(), c.articles);
    assertEquals(List.of(), c.rejections);
    // on standard input too, before anything is handed on
    IOException s = assertThrows(IOException.class, () -> ArticleReader.read(List.of(Path.of("-")), Kind.NEWS,
        new java.io.ByteArrayInputStream(Files.readAllBytes(f)), c));
    assertEquals("stdin: holds a JSON array, not JSON Lines (one JSON object per line); pipe it through jq -c '.[]'"
        + " first", s.getMessage()); // not "jq -c '.[]' stdin": there is no file of that name
  }

  @Test
  void everyPathIsCheckedBeforeAnyIsRead() throws IOException {
    Files.writeString(dir.resolve("good.jsonl"), "{\"id\":\"1\",\"body\":\"x\"}\n");
    Files.writeString(dir.resolve("notes.md"), "x");
    Collected c = new Collected();
    IOException e = assertThrows(IOException.class, () -> ArticleReader.read(
        List.of(dir.resolve("good.jsonl"), dir.resolve("news.josnl"), dir.resolve("notes.md")), c));
    assertEquals(List.of(), c.articles, "nothing is read when a path is wrong");
    assertEquals(dir.resolve("news.josnl") + ": no such file or folder\n" + dir.resolve("notes.md")
        + ": not an article file (expected .jsonl, .ndjson or .json, each optionally .gz, or .txt)", e.getMessage());
  }

  @Test
  void standardInputIsReadAsJsonLinesGzippedOrNot() throws IOException {
    byte[] plain = "{\"id\":\"s1\",\"body\":\"x\"}\nnot json\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(plain);
    }
    for (byte[] input : List.of(plain, gz.toByteArray())) {
      Collected c = new Collected();
      ArticleReader.read(List.of(Path.of("-")), Kind.NEWS, new java.io.ByteArrayInputStream(input), c);
      assertEquals("s1", c.articles.get(0).id());
      assertEquals("stdin:2: invalid JSON at column 1: Unrecognized token 'not': was expecting "
          + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", c.rejections.get(0).toString());
    }
  }
}
