package org.fahras.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.fahras.document.Article;
import org.fahras.document.Kind;

/**
 * Reads articles from JSON Lines ({@code .jsonl}, {@code .jsonl.gz}), plain-text article files ({@code .txt}) and
 * folders of them (recursively, in name order), handing each record to a {@link Handler} as an article or as a
 * {@link Rejection}. Nothing is skipped silently: every line that holds something is either an article or a
 * rejection; blank lines of JSON Lines files hold nothing and are not records.
 */
public final class ArticleReader {
  /** Longest accepted record (one JSON line or one text file), in bytes. */
  public static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;

  /** Receives what the reader finds, in file order. */
  public interface Handler {
    /** An article read from {@code file} at {@code line}. */
    void article(Article article, String file, long line) throws IOException;

    /** A record that could not be read. */
    void rejected(Rejection rejection) throws IOException;
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
   * articles, JSON records without {@code "kind"}) get {@code defaultKind}.
   *
   * @throws IOException when a path does not exist, cannot be read, or is a file of an unknown type
   */
  public static void read(List<Path> paths, Kind defaultKind, Handler handler) throws IOException {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IOException(p + ": no such file or folder");
      }
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(p)) {
          files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
        }
        for (Path f : files) {
          readFile(f, defaultKind, handler);
        }
      } else if (isArticleFile(p)) {
        readFile(p, defaultKind, handler);
      } else {
        throw new IOException(p + ": not an article file (expected .jsonl, .jsonl.gz or .txt)");
      }
    }
  }

  /** True for the file names this reader understands. */
  public static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".txt");
  }

  static void readFile(Path f, Kind defaultKind, Handler handler) throws IOException {
    String n = f.getFileName().toString();
    if (n.endsWith(".txt")) {
      readTextArticle(f, defaultKind, handler);
    } else {
      try (InputStream raw = Files.newInputStream(f)) {
        // No BufferedInputStream: it would hold back lines already inflated when a truncated gzip fails.
        InputStream in = n.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        readJsonLines(f.toString(), in, defaultKind, handler);
      }
    }
  }

  /** Reads JSON Lines from {@code in}; {@code name} names the source in errors. */
  static void readJsonLines(String name, InputStream in, Kind defaultKind, Handler handler) throws IOException {
    LineReader lines = new LineReader(in);
    CharsetDecoder decoder = strictUtf8();
    long lineNo = 0;
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
        handler.rejected(new Rejection(name, lineNo, null,
            "record longer than " + MAX_RECORD_BYTES + " bytes"));
        continue;
      }
      if (bytes == null) {
        return;
      }
      lineNo++;
      String text;
      try {
        text = decoder.decode(ByteBuffer.wrap(bytes, 0, lines.length)).toString();
      } catch (CharacterCodingException e) {
        handler.rejected(new Rejection(name, lineNo, null, "invalid UTF-8"));
        continue;
      }
      if (lineNo == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1); // byte order mark
      }
      if (text.isBlank()) {
        continue; // an empty line holds no record
      }
      Object value;
      try {
        value = Json.parse(text);
      } catch (Json.JsonException e) {
        handler.rejected(new Rejection(name, lineNo, null, e.getMessage()));
        continue;
      }
      Article article;
      try {
        article = JsonArticles.toArticle(value, defaultKind);
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
      handler.rejected(new Rejection(name, lineOfBadUtf8(bytes), null, "invalid UTF-8"));
      return;
    }
    String fileName = f.getFileName().toString();
    String id = fileName.substring(0, fileName.length() - ".txt".length());
    TextArticles.Result r = TextArticles.parse(id, text, defaultKind);
    if (r.article() != null) {
      handler.article(r.article(), name, 1);
    } else {
      handler.rejected(new Rejection(name, r.line(), r.field(), r.reason()));
    }
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
