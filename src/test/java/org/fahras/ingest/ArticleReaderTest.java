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
    assertEquals("invalid UTF-8", c.rejections.get(0).reason());
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
}
