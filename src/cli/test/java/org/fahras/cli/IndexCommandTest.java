package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fahras index} as a new user meets it (issue 14, points 2 to 5). */
class IndexCommandTest extends InProcessCli {
  @TempDir Path dir;

  static final Path ARTICLES = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures", "articles");

  long count(Path idx) throws IOException {
    try (ArticleIndex index = ArticleIndex.openForSearch(idx)) {
      return index.count();
    }
  }

  // point 2: a mistyped path at the end throws nothing away

  @Test
  void everyPathIsCheckedBeforeAnythingIsReadOrCreated() throws IOException {
    Path idx = dir.resolve("ix");
    Path typo = dir.resolve("news.josnl");
    assertEquals(1, run("index", "--index", idx.toString(), ARTICLES.resolve("news.jsonl").toString(),
        typo.toString(), dir.resolve("also-missing").toString()));
    assertEquals("fahras: " + typo + ": no such file or folder\nfahras: " + dir.resolve("also-missing")
        + ": no such file or folder\n", err());
    assertEquals("", out());
    assertFalse(Files.exists(idx), "no index folder for a command that did nothing");
  }

  // point 3: what an ingest that stops kept

  @Test
  void aStoppedIngestSaysWhatItCommitted() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 7; i++) {
      sb.append("{\"id\":\"a").append(i).append("\",\"body\":\"نص\"}\n");
    }
    sb.append("{\"id\":\"bad\",\"body\":\"نص\",\"published\":\"31/02/2018\"}\n");
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, sb);
    Path idx = dir.resolve("ix");
    assertEquals(1, run("index", "--index", idx.toString(), "--commit-every", "3", f.toString()));
    assertEquals("read 8, indexed 6, rejected 1, not committed 1", out().strip());
    assertTrue(err().contains("committed 6 articles, up to " + f + ":6; the 1 read after it were rolled back"), err());
    assertEquals(6, count(idx), "exactly what was said to be committed");
  }

  // point 4: folders, kinds, extensions, standard input, JSON arrays

  @Test
  void theArticlesFolderIndexesInOneCommandWithItsKinds() throws IOException {
    Path idx = dir.resolve("ix");
    assertEquals(0, run("index", "--index", idx.toString(), ARTICLES.toString()), err());
    assertEquals("read 46, indexed 46, rejected 0", out().strip());
    assertEquals(0, run("search", "--index", idx.toString(), "--hits", "100", "--filter", "kind=documentary",
        "--no-snippets", "--json", "--", "-zzzz"));
    assertTrue(out().startsWith("{\"total\":16,"), out());
  }

  @Test
  void standardInputIsReadWithDash() throws IOException {
    Path idx = dir.resolve("ix");
    byte[] input = "{\"id\":\"s1\",\"title\":\"مكتبة\"}\n{\"id\":\"s2\",\"title\":\"مدرسة\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(0, run(new ByteArrayInputStream(input), "index", "--index", idx.toString(), "-"), err());
    assertEquals("read 2, indexed 2, rejected 0", out().strip());
    assertEquals(2, count(idx));
  }

  @Test
  void aBadReportFolderIsListedWithTheBadInputs() {
    Path idx = dir.resolve("ix");
    Path report = dir.resolve("nonesuch").resolve("r.txt");
    Path missing = dir.resolve("missing.jsonl");
    assertEquals(1, run("index", "--index", idx.toString(), "--on-error", "skip", "--report", report.toString(),
        missing.toString()));
    assertTrue(err().contains("for the report (--report)\n"), err());
    assertTrue(err().contains(missing.toString()), err());
    assertFalse(Files.exists(idx));
  }

  @Test
  void aJsonArrayFileIsOneErrorNotARejectionPerLine() throws IOException {
    Path f = dir.resolve("export.json");
    Files.writeString(f, "[\n{\"id\":\"1\",\"body\":\"x\"},\n{\"id\":\"2\",\"body\":\"x\"}\n]\n");
    Path idx = dir.resolve("ix");
    assertEquals(1, run("index", "--index", idx.toString(), "--on-error", "skip", "--report",
        dir.resolve("r.txt").toString(), f.toString()));
    assertEquals("fahras: " + f + ": holds a JSON array, not JSON Lines (one JSON object per line); convert it with: "
        + "jq -c '.[]' " + f + "\n", err());
    assertFalse(Files.exists(idx));
  }

  // point 5: errors with reasons; the report after a committed ingest

  @Test
  void indexFolderErrorsSayWhatIsWrong() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "x");
    assertEquals(1, run("search", "--index", file.toString(), "x"));
    assertEquals("fahras: " + file + ": is a file, not an index folder\n", err());
    assertEquals(1, run("index", "--index", file.toString(), ARTICLES.resolve("news.jsonl").toString()));
    assertEquals("fahras: " + file + ": is a file, not an index folder\n", err());
    assertEquals(1, run("search", "--index", dir.resolve("nope").toString(), "x"));
    assertEquals("fahras: " + dir.resolve("nope") + ": no such index folder\n", err());
    assertEquals(1, run("eval", "--qrels", dir.resolve("q.txt").toString(), dir.resolve("run.trec").toString()));
    assertEquals("fahras: " + dir.resolve("q.txt") + ": no such file or folder\n", err());
  }

  @Test
  void ioFailuresAreDescribedWithTheirReason() {
    assertEquals("/x/a.jsonl: permission denied", Main.describe(new AccessDeniedException("/x/a.jsonl")));
    assertEquals("/x/a.jsonl: no such file or folder", Main.describe(new NoSuchFileException("/x/a.jsonl")));
  }

  @Test
  void anUnreadableFileIsReportedAsPermissionDenied() throws IOException {
    Path f = dir.resolve("secret.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"body\":\"x\"}\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(f), "running as root: every file is readable");
    assertEquals(1, run("index", "--index", dir.resolve("ix").toString(), f.toString()));
    assertEquals("fahras: " + f + ": permission denied\n", err());
  }

  @Test
  void anUnwritableReportAfterACommittedIngestSaysTheIngestWasCommitted() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Path report = reports.resolve("r.txt");
    Path idx = dir.resolve("ix");
    byte[] input = "{\"id\":\"1\",\"body\":\"نص\"}\nnot json\n".getBytes(StandardCharsets.UTF_8);
    // the report's folder disappears while the ingest runs (after the paths were checked)
    InputStream vanishing = new FilterInputStream(new ByteArrayInputStream(input)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          try (Stream<Path> s = Files.list(reports)) {
            for (Path p : s.toList()) {
              Files.delete(p);
            }
          }
          Files.deleteIfExists(reports);
        }
        return n;
      }
    };
    assertEquals(1, run(vanishing, "index", "--index", idx.toString(), "--on-error", "skip", "--report",
        report.toString(), "-"));
    assertTrue(err().contains("fahras: cannot write the report: " + report + ": no such file or folder\n"), err());
    assertTrue(err().contains("fahras: the ingest was committed (read 2, indexed 1, rejected 1); "
        + "the 1 rejected records follow\nfahras: rejected: stdin:2: invalid JSON"), err());
    assertEquals("read 2, indexed 1, rejected 1", out().strip());
    assertEquals(1, count(idx));
  }

  @Test
  void reportFolderIsCheckedBeforeTheIngest() {
    Path idx = dir.resolve("ix");
    assertEquals(1, run("index", "--index", idx.toString(), "--on-error", "skip", "--report",
        dir.resolve("no/such/r.txt").toString(), ARTICLES.resolve("news.jsonl").toString()));
    assertTrue(err().startsWith("fahras: " + dir.resolve("no/such/r.txt") + ": no such folder"), err());
    assertFalse(Files.exists(idx));
  }

  @Test
  void reportIsWrittenWhenAskedForEvenWhenFailingFast() throws IOException {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"body\":\"x\"}\n{\"id\":\"\",\"body\":\"x\"}\n");
    Path report = dir.resolve("r.txt");
    assertEquals(1, run("index", "--index", dir.resolve("ix").toString(), "--report", report.toString(),
        f.toString()));
    assertEquals(List.of(f + ":2: field \"id\": missing or blank"), Files.readAllLines(report));
  }

  // issue 26, point 14: a stray .txt that is not an article is listed before anything is indexed

  @Test
  void strayTextFilesAreListedBeforeAnythingIsIndexed() throws IOException {
    Path folder = dir.resolve("mixed");
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("a1.txt"), "عنوان\n\n12/06/2017\nنص المقال\n");
    Files.writeString(folder.resolve("sub/a2.txt"), "عنوان آخر\n\n2017-06-13\nنص\n");
    Files.writeString(folder.resolve("qrels.txt"), "fx-q01 0 fx-news-001 1\nfx-q01 0 fx-news-002 1\n");
    Files.writeString(folder.resolve("notes.txt"), "ملاحظات\n\nليس تاريخا\n");
    Path idx = dir.resolve("ix");
    assertEquals(1, run("index", "--index", idx.toString(), folder.toString()));
    assertEquals("fahras: " + folder.resolve("notes.txt") + ": not a plain-text article (title, blank line,"
        + " dd/MM/yyyy date, body): line 3 is not a date: \"ليس تاريخا\"; move it out of the folder or give the"
        + " article files by name\nfahras: " + folder.resolve("qrels.txt") + ": not a plain-text article (title,"
        + " blank line, dd/MM/yyyy date, body): line 2 is not blank: \"fx-q01 0 fx-news-002 1\"; move it out of"
        + " the folder or give the article files by name\n", err());
    assertFalse(Files.exists(idx), "nothing indexed, no index folder");
    // skipping bad records, the stray files are rejected records (listed in the report), the articles indexed
    Path report = dir.resolve("report.txt");
    assertEquals(0, run("index", "--index", idx.toString(), "--on-error", "skip", "--report", report.toString(),
        folder.toString()));
    assertEquals(2, count(idx));
    assertTrue(Files.readString(report).contains("qrels.txt"), Files.readString(report));
    // the fixtures' articles folder is accepted as it is
    assertEquals(0, run("index", "--index", dir.resolve("ix2").toString(), ARTICLES.toString()), err());
  }

  // issue 26, point 15

  @Test
  void anEmptyFileCreatesNoIndexAndSaysSo() throws IOException {
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "\n");
    Path idx = dir.resolve("ix");
    assertEquals(1, run("index", "--index", idx.toString(), empty.toString()));
    assertEquals("fahras: no articles in " + empty + ": no index was created\n", err());
    assertFalse(Files.exists(idx));
    // into an existing index: nothing added, said so, not an error
    assertEquals(0, run("index", "--index", idx.toString(), ARTICLES.resolve("news.jsonl").toString()));
    long before = count(idx);
    assertEquals(0, run("index", "--index", idx.toString(), empty.toString()));
    assertTrue(err().contains("no articles in " + empty + ": the index is unchanged"), err());
    assertEquals(before, count(idx));
  }

  @Test
  void theDefaultReportIsWrittenBesideTheIndex() throws IOException {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"body\":\"نص\"}\n{\"id\":\"2\",\"body\":\"نص\",\"published\":\"x\"}\n");
    Path idx = dir.resolve("ix");
    assertEquals(0, run("index", "--index", idx.toString(), "--on-error", "skip", f.toString()));
    Path report = dir.resolve("ix-rejections.txt");
    assertTrue(err().contains("1 rejected records listed in " + report), err());
    assertTrue(Files.readString(report).startsWith(f + ":2: field \"published\""), Files.readString(report));
  }

  @Test
  void aJsonArrayOnStandardInputGetsAHintThatFits() throws IOException {
    Path idx = dir.resolve("ix");
    assertEquals(1, run(new ByteArrayInputStream("[{\"id\":\"1\",\"body\":\"x\"}]\n".getBytes(StandardCharsets.UTF_8)),
        "index", "--index", idx.toString(), "-"));
    assertTrue(err().startsWith("fahras: stdin: holds a JSON array, not JSON Lines (one JSON object per"
        + " line); pipe it through jq -c '.[]' first\n"), err());
    assertFalse(err().contains("' stdin"), err());
  }
}
