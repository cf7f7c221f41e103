package org.fahras.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.fahras.document.Article;
import org.fahras.document.Kind;

/**
 * Reads articles from JSON Lines files ({@code .jsonl}, {@code .ndjson} or {@code .json}, each optionally
 * gzipped as {@code .gz}; extensions in any case), plain-text article files ({@code .txt}) and folders of them
 * (recursively, in name order, hidden files and folders skipped), handing each record to a {@link Handler} as an
 * article or as a {@link Rejection}. Nothing is skipped silently: every line that holds something is either an
 * article or a rejection; blank lines of JSON Lines files hold nothing and are not records; files in folders that
 * are not article files are named to {@link Handler#skipped}.
 *
 * <p>Every path is checked before anything is read ({@link #check}): a mistyped path at the end of a long list
 * stops the ingest before it starts. A path {@code -} reads the given standard input as JSON Lines (gzip is
 * recognised by its magic bytes). A folder holding a file {@value #KIND_FILE} (one line: {@code news} or
 * {@code documentary}) gives that kind to the records in it and in the folders below it that do not state theirs.
 */
public final class ArticleReader {
  /** Longest accepted record (one JSON line or one text file), in bytes. */
  public static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;

  /** The file that gives the kind of the articles in its folder and below: one line, news or documentary. */
  public static final String KIND_FILE = ".fahras-kind";

  /** The name records read from standard input carry in rejections. */
  public static final String STDIN_NAME = "stdin";

  /** Receives what the reader finds, in file order. */
  public interface Handler {
    /** An article read from {@code file} at {@code line}. */
    void article(Article article, String file, long line) throws IOException;

    /** A record that could not be read. */
    void rejected(Rejection rejection) throws IOException;

    /** A file found in a folder that is not an article file, and was therefore not read. */
    default void skipped(Path file) throws IOException {}
  }

  private ArticleReader() {}

  /**
   * Reads every path: files by extension, folders recursively.
   *
   * @throws IOException when a path does not exist, cannot be read, or is a file of an unknown type
   */
  public static void read(List<Path> paths, Handler handler) throws IOException {
    read(paths, Kind.NEWS, handler);
  }

  /**
   * Reads every path as {@link #read(List, Handler)} does; records that do not give their kind (all plain-text
   * articles, JSON records without {@code "kind"}) get the kind of their folder's {@value #KIND_FILE}, else
   * {@code defaultKind}.
   *
   * @throws IOException when a path does not exist, cannot be read, or is a file of an unknown type
   */
  public static void read(List<Path> paths, Kind defaultKind, Handler handler) throws IOException {
    read(paths, defaultKind, null, handler);
  }

  /**
   * Reads every path as {@link #read(List, Kind, Handler)} does, a path {@code -} reading {@code stdin}.
   *
   * @param stdin what a path {@code -} stands for (null: {@code -} is an ordinary file name)
   * @throws IOException when a path does not exist, cannot be read, or is a file of an unknown type (all paths
   *     are checked before any is read), or when reading fails
   */
  public static void read(List<Path> paths, Kind defaultKind, InputStream stdin, Handler handler) throws IOException {
    IngestPlan.Plan plan = IngestPlan.plan(paths, defaultKind, stdin != null);
    for (IngestPlan.Source s : plan.sources()) {
      if (s.file() == null) {
        readStdin(stdin, s.kind(), handler);
      } else if (s.kind() == null) {
        handler.skipped(s.file());
      } else {
        readFile(s.file(), s.kind(), handler);
      }
    }
  }

  /**
   * Checks every path without reading any article: each exists, can be read, and is a folder or an article file;
   * JSON Lines files do not hold a JSON array; {@value #KIND_FILE} files name a kind. A path {@code -} (standard
   * input) is accepted once.
   *
   * @throws IOException naming every path at fault and why, one per line
   */
  public static void check(List<Path> paths) throws IOException {
    check(paths, true);
  }

  /**
   * Checks every path as {@link #check(List)} does.
   *
   * @param stdin whether a path {@code -} stands for standard input (else it is an ordinary file name)
   * @throws IOException naming every path at fault and why, one per line
   */
  public static void check(List<Path> paths, boolean stdin) throws IOException {
    check(paths, stdin, false);
  }

  /**
   * Checks every path as {@link #check(List, boolean)} does; with {@code textHeads}, also reads the first three
   * lines of every {@code .txt} file, given or found in a folder, and lists each one that is not a plain-text
   * article (title, blank line, date) — a stray {@code qrels.txt} in a folder of articles — so that an ingest that
   * stops at the first bad record can refuse them before indexing anything, instead of rolling back.
   *
   * @param stdin whether a path {@code -} stands for standard input (else it is an ordinary file name)
   * @param textHeads whether to check the first lines of the {@code .txt} files
   * @throws IOException naming every path at fault and why, one per line
   */
  public static void check(List<Path> paths, boolean stdin, boolean textHeads) throws IOException {
    IngestPlan.plan(paths, Kind.NEWS, stdin, textHeads);
  }

  /** True for the file names this reader understands (extensions in any case). */
  public static boolean isArticleFile(Path p) {
    return IngestPlan.type(p) != null;
  }

  /** The reason of an I/O failure in words ("no such file or folder", "permission denied", ...). */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static void readFile(Path f, Kind defaultKind, Handler handler) throws IOException {
    IngestPlan.Type t = IngestPlan.type(f);
    if (t == IngestPlan.Type.TEXT) {
      readTextArticle(f, defaultKind, handler);
    } else {
      try (InputStream raw = Files.newInputStream(f)) {
        // No BufferedInputStream: it would hold back lines already inflated when a truncated gzip fails.
        InputStream in = t == IngestPlan.Type.JSON_LINES_GZ ? new GZIPInputStream(raw, 1 << 16) : raw;
        readJsonLines(f.toString(), in, defaultKind, handler);
      }
    }
  }

  static void readStdin(InputStream stdin, Kind defaultKind, Handler handler) throws IOException {
    PushbackInputStream in = new PushbackInputStream(stdin, 2);
    byte[] magic = in.readNBytes(2);
    in.unread(magic);
    boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    readJsonLines(STDIN_NAME, gzip ? new GZIPInputStream(in, 1 << 16) : in, defaultKind, handler);
  }

  /** Reads JSON Lines from {@code in}; {@code name} names the source in errors. */
  static void readJsonLines(String name, InputStream in, Kind defaultKind, Handler handler) throws IOException {
    Utf8Lines.LineReader lines = new Utf8Lines.LineReader(in);
    CharsetDecoder decoder = Utf8Lines.strictUtf8();
    CharBuffer chars = CharBuffer.allocate(1 << 14);
    long lineNo = 0;
    boolean firstRecord = true;
    while (true) {
      byte[] bytes;
      try {
        bytes = lines.next();
      } catch (EOFException | ZipException e) {
        handler.rejected(new Rejection(name, lineNo + 1, null,
            "file ends abruptly (truncated or corrupt gzip): " + e.getMessage()));
        return;
      } catch (Utf8Lines.RecordTooLongException e) {
        lineNo++;
        firstRecord = false;
        handler.rejected(new Rejection(name, lineNo, null,
            "record longer than " + MAX_RECORD_BYTES + " bytes"));
        continue;
      }
      if (bytes == null) {
        return;
      }
      lineNo++;
      if (chars.capacity() < lines.length) {
        chars = CharBuffer.allocate(lines.length); // UTF-8 never decodes to more chars than bytes
      }
      chars.clear();
      decoder.reset();
      ByteBuffer input = ByteBuffer.wrap(bytes, 0, lines.length);
      CoderResult cr = decoder.decode(input, chars, true);
      if (!cr.isError()) {
        cr = decoder.flush(chars);
      }
      if (cr.isError()) {
        firstRecord = false;
        handler.rejected(new Rejection(name, lineNo, null, Utf8Lines.invalidUtf8(bytes, 0, lines.length, input.position())));
        continue;
      }
      char[] a = chars.array();
      int len = chars.position();
      int from = lineNo == 1 && len > 0 && a[0] == '\uFEFF' ? 1 : 0; // byte order mark
      int start = from;
      while (start < len && Character.isWhitespace(a[start])) {
        start++;
      }
      if (start == len) {
        continue; // an empty line holds no record
      }
      if (firstRecord && a[start] == '[') {
        throw new IOException(IngestPlan.arrayProblem(name));
      }
      firstRecord = false;
      Article article;
      try {
        article = JsonArticles.parse(a, from, len - from, defaultKind);
      } catch (JsonArticles.JsonSyntaxException e) {
        handler.rejected(new Rejection(name, lineNo, null, e.getMessage()));
        continue;
      } catch (FieldException e) {
        handler.rejected(new Rejection(name, lineNo, e.field, e.getMessage()));
        continue;
      }
      handler.article(article, name, lineNo);
    }
  }

  /** The plain-text article: title line, blank line, {@code dd/MM/yyyy} line, body; id is the file name. */
  static void readTextArticle(Path f, Kind defaultKind, Handler handler) throws IOException {
    String name = f.toString();
    long size = Files.size(f);
    if (size > MAX_RECORD_BYTES) {
      handler.rejected(new Rejection(name, 1, null, "file longer than " + MAX_RECORD_BYTES + " bytes"));
      return;
    }
    byte[] bytes = Files.readAllBytes(f);
    String text;
    try {
      text = Utf8Lines.strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      long line = Utf8Lines.lineOfBadUtf8(bytes);
      int lineStart = 0;
      for (long l = 1; l < line; lineStart++) {
        if (bytes[lineStart] == '\n') {
          l++;
        }
      }
      int lineEnd = lineStart;
      while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
        lineEnd++;
      }
      ByteBuffer input = ByteBuffer.wrap(bytes, lineStart, lineEnd - lineStart);
      Utf8Lines.strictUtf8().decode(input, CharBuffer.allocate(lineEnd - lineStart), true);
      handler.rejected(new Rejection(name, line, null,
          Utf8Lines.invalidUtf8(bytes, lineStart, lineEnd - lineStart, input.position())));
      return;
    }
    String fileName = f.getFileName().toString();
    String id = fileName.substring(0, fileName.length() - ".txt".length()); // any case: .txt, .TXT
    TextArticles.Result r = TextArticles.parse(id, text, defaultKind);
    if (r.article() != null) {
      handler.article(r.article(), name, 1);
    } else {
      handler.rejected(new Rejection(name, r.line(), r.field(), r.reason()));
    }
  }

  /** A field-level problem: the field's name and what is wrong with it. */
  static final class FieldException extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;

    FieldException(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }
}
