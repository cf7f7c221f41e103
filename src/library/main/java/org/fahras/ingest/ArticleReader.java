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
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Plan plan = plan(paths, defaultKind, stdin != null);
    for (Source s : plan.sources) {
      if (s.file == null) {
        readStdin(stdin, s.kind, handler);
      } else if (s.kind == null) {
        handler.skipped(s.file);
      } else {
        readFile(s.file, s.kind, handler);
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
    plan(paths, Kind.NEWS, stdin, textHeads);
  }

  /** True for the file names this reader understands (extensions in any case). */
  public static boolean isArticleFile(Path p) {
    return type(p) != null;
  }

  private enum Type { JSON_LINES, JSON_LINES_GZ, TEXT }

  private static Type type(Path p) {
    Path name = p.getFileName();
    if (name == null) {
      return null;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    boolean gz = n.endsWith(".gz");
    if (gz) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return gz ? Type.JSON_LINES_GZ : Type.JSON_LINES;
    }
    return !gz && n.endsWith(".txt") ? Type.TEXT : null;
  }

  /** A file to read (null: standard input) with the kind its records get by default; kind null: skipped. */
  private record Source(Path file, Kind kind) {}

  private record Plan(List<Source> sources) {}

  private static Plan plan(List<Path> paths, Kind defaultKind, boolean stdinAllowed) throws IOException {
    return plan(paths, defaultKind, stdinAllowed, false);
  }

  private static Plan plan(List<Path> paths, Kind defaultKind, boolean stdinAllowed, boolean textHeads)
      throws IOException {
    List<String> problems = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    Map<Path, Kind> folderKinds = new HashMap<>();
    boolean stdinSeen = false;
    for (Path p : paths) {
      if (stdinAllowed && p.toString().equals("-")) {
        if (stdinSeen) {
          problems.add("-: standard input given twice");
        }
        stdinSeen = true;
        sources.add(new Source(null, defaultKind));
        continue;
      }
      if (Files.isDirectory(p)) {
        if (!Files.isReadable(p)) {
          problems.add(p + ": permission denied");
          continue;
        }
        walk(p, defaultKind, folderKinds, sources, problems, textHeads);
      } else if (!Files.exists(p)) {
        problems.add(p + ": no such file or folder");
      } else if (type(p) == null) {
        problems.add(p + ": not an article file (expected .jsonl, .ndjson or .json, each optionally .gz, or .txt)");
      } else if (!Files.isReadable(p)) {
        problems.add(p + ": permission denied");
      } else {
        Kind k = kindOf(p.toAbsolutePath().getParent(), defaultKind, folderKinds, problems);
        checkFile(p, problems, textHeads);
        sources.add(new Source(p, k));
      }
    }
    if (!problems.isEmpty()) {
      throw new IOException(String.join("\n", problems));
    }
    return new Plan(sources);
  }

  private static void walk(Path root, Kind defaultKind, Map<Path, Kind> folderKinds, List<Source> sources,
      List<String> problems, boolean textHeads) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return !d.equals(root) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        if (!isHidden(f)) {
          files.add(f);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path f, IOException e) {
        problems.add(f + ": " + reason(e));
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    for (Path f : files) {
      if (type(f) == null) {
        sources.add(new Source(f, null));
      } else if (!Files.isReadable(f)) {
        problems.add(f + ": permission denied");
      } else {
        Kind k = kindOf(f.toAbsolutePath().getParent(), defaultKind, folderKinds, problems);
        checkFile(f, problems, textHeads);
        sources.add(new Source(f, k));
      }
    }
  }

  private static boolean isHidden(Path p) {
    Path n = p.getFileName();
    return n != null && n.toString().startsWith(".") && !n.toString().equals(".") && !n.toString().equals("..");
  }

  /** The kind named by the nearest {@value #KIND_FILE} in {@code folder} or above it, else {@code dflt}. */
  private static Kind kindOf(Path folder, Kind dflt, Map<Path, Kind> cache, List<String> problems) {
    if (folder == null) {
      return dflt;
    }
    Kind cached = cache.get(folder);
    if (cached != null) {
      return cached;
    }
    Path f = folder.resolve(KIND_FILE);
    Kind k;
    if (Files.isRegularFile(f)) {
      try {
        String v = Files.readString(f, StandardCharsets.UTF_8).strip();
        k = Kind.parse(v);
      } catch (IOException e) {
        problems.add(f + ": " + reason(e));
        k = dflt;
      } catch (IllegalArgumentException e) {
        problems.add(f + ": " + e.getMessage());
        k = dflt;
      }
    } else {
      k = kindOf(folder.getParent(), dflt, cache, problems);
    }
    cache.put(folder, k);
    return k;
  }

  /** A JSON Lines file that starts with '[' holds a JSON array: one clear error instead of a rejection per line. */
  private static void checkFile(Path f, List<String> problems, boolean textHeads) {
    Type t = type(f);
    if (t == Type.TEXT) {
      if (textHeads) {
        try {
          String problem = textHeadProblem(f);
          if (problem != null) {
            problems.add(f + ": not a plain-text article (title, blank line, dd/MM/yyyy date, body): " + problem
                + "; move it out of the folder or give the article files by name");
          }
        } catch (IOException e) {
          problems.add(f + ": " + reason(e));
        }
      }
      return;
    }
    try (InputStream raw = Files.newInputStream(f);
        InputStream in = t == Type.JSON_LINES_GZ ? new GZIPInputStream(raw, 4096) : raw) {
      if (startsWithArray(in)) {
        problems.add(arrayProblem(f.toString()));
      }
    } catch (EOFException | ZipException e) {
      // an empty or corrupt gzip: reading reports it on its line, after the records before it
    } catch (IOException e) {
      problems.add(f + ": " + reason(e));
    }
  }

  /** Longest head of a text file read to check its first three lines. */
  private static final int TEXT_HEAD_BYTES = 64 * 1024;

  /** Why the first lines of the text file {@code f} are not an article's, or null when they are (or cannot tell). */
  static String textHeadProblem(Path f) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(f)) {
      head = in.readNBytes(TEXT_HEAD_BYTES);
    }
    java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(head.length);
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(head);
    if (d.decode(bytes, chars, false).isError()) {
      // invalid UTF-8 before the date line: the reader reports it with its line; after, the head is fine so far
      if (lines(chars.flip().toString()).size() <= 3) {
        return null;
      }
    } else {
      chars.flip();
    }
    String text = chars.toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String> lines = lines(text);
    if (lines.size() < 3) {
      return head.length < TEXT_HEAD_BYTES ? "it has no date line (line 3)" : null;
    }
    if (!lines.get(1).isBlank()) {
      return "line 2 is not blank: \"" + abbreviate(lines.get(1)) + "\"";
    }
    try {
      org.fahras.document.PublishedDates.parse(lines.get(2));
    } catch (IllegalArgumentException e) {
      return "line 3 is not a date: \"" + abbreviate(lines.get(2).strip()) + "\"";
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static boolean startsWithArray(InputStream in) throws IOException {
    int b;
    int i = 0;
    while ((b = in.read()) >= 0) {
      // skip a UTF-8 byte order mark and whitespace
      if (i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF) || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        i++;
        continue;
      }
      return b == '[';
    }
    return false;
  }

  private static String arrayProblem(String name) {
    if (name.equals(STDIN_NAME)) {
      return STDIN_NAME + ": holds a JSON array, not JSON Lines (one JSON object per line); pipe it through"
          + " jq -c '.[]' first";
    }
    return name + ": holds a JSON array, not JSON Lines (one JSON object per line); convert it with: jq -c '.[]' "
        + name;
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
    Type t = type(f);
    if (t == Type.TEXT) {
      readTextArticle(f, defaultKind, handler);
    } else {
      try (InputStream raw = Files.newInputStream(f)) {
        // No BufferedInputStream: it would hold back lines already inflated when a truncated gzip fails.
        InputStream in = t == Type.JSON_LINES_GZ ? new GZIPInputStream(raw, 1 << 16) : raw;
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
    LineReader lines = new LineReader(in);
    CharsetDecoder decoder = strictUtf8();
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
      } catch (RecordTooLongException e) {
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
        handler.rejected(new Rejection(name, lineNo, null, invalidUtf8(bytes, 0, lines.length, input.position())));
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
        throw new IOException(arrayProblem(name));
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
      text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      long line = lineOfBadUtf8(bytes);
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
      strictUtf8().decode(input, CharBuffer.allocate(lineEnd - lineStart), true);
      handler.rejected(new Rejection(name, line, null,
          invalidUtf8(bytes, lineStart, lineEnd - lineStart, input.position())));
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

  /**
   * {@code invalid UTF-8 at byte N of the line (0xC7)}, where {@code at} is the offset in {@code bytes} of the first
   * byte that cannot be decoded; with a hint when the line reads as Arabic in Windows-1256, the usual other
   * encoding of Arabic text.
   */
  static String invalidUtf8(byte[] bytes, int from, int length, int at) {
    String reason = "invalid UTF-8 at byte " + (at - from + 1) + " of the line ("
        + String.format(Locale.ROOT, "0x%02X", bytes[Math.min(at, from + length - 1)] & 0xff) + ")";
    return looksLikeWindows1256(bytes, from, length)
        ? reason + "; the file looks like Arabic in Windows-1256: convert it to UTF-8 first, e.g. with"
            + " iconv -f WINDOWS-1256 -t UTF-8"
        : reason;
  }

  /** Whether most bytes above ASCII are Arabic letters in Windows-1256 (and the line is not UTF-8). */
  private static boolean looksLikeWindows1256(byte[] bytes, int from, int length) {
    java.nio.charset.Charset cp1256;
    try {
      cp1256 = java.nio.charset.Charset.forName("windows-1256");
    } catch (IllegalArgumentException e) {
      return false; // not in this runtime
    }
    String text = new String(bytes, from, length, cp1256);
    int high = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7f) {
        high++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c)) {
          arabic++;
        }
      }
    }
    return high >= 3 && arabic * 10 >= high * 8;
  }

  private static long lineOfBadUtf8(byte[] bytes) {
    CharsetDecoder d = strictUtf8();
    long line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          d.decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }

  static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Splits a byte stream on '\n' (dropping a '\r' before it), without decoding; reads in chunks. */
  static final class LineReader {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] buf = new byte[1 << 14];
    int length;

    LineReader(InputStream in) {
      this.in = in;
    }

    /** The next line in a shared buffer (valid up to {@link #length}), or null at end of input. */
    byte[] next() throws IOException {
      length = 0;
      boolean any = false;
      boolean tooLong = false;
      while (true) {
        if (chunkPos == chunkEnd) {
          int n = in.read(chunk);
          if (n <= 0) {
            break;
          }
          chunkPos = 0;
          chunkEnd = n;
        }
        any = true;
        int i = chunkPos;
        while (i < chunkEnd && chunk[i] != '\n') {
          i++;
        }
        int n = i - chunkPos;
        if (!tooLong) {
          if (length + n > MAX_RECORD_BYTES) {
            tooLong = true;
          } else {
            if (length + n > buf.length) {
              buf = Arrays.copyOf(buf, Math.max(length + n, Math.min(MAX_RECORD_BYTES, buf.length * 2)));
            }
            System.arraycopy(chunk, chunkPos, buf, length, n);
            length += n;
          }
        }
        chunkPos = i;
        if (i < chunkEnd) {
          chunkPos++; // the newline
          break;
        }
      }
      if (!any) {
        return null;
      }
      if (tooLong) {
        length = 0;
        throw new RecordTooLongException();
      }
      if (length > 0 && buf[length - 1] == '\r') {
        length--;
      }
      return buf;
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
