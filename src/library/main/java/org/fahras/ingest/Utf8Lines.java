package org.fahras.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Bytes into lines before any decoding (a record longer than {@link ArticleReader#MAX_RECORD_BYTES} is skipped
 * without being held), strict UTF-8 decoding, and the words for a line that is not UTF-8.
 */
final class Utf8Lines {
  private Utf8Lines() {}

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
  static boolean looksLikeWindows1256(byte[] bytes, int from, int length) {
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

  static long lineOfBadUtf8(byte[] bytes) {
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
          if (length + n > ArticleReader.MAX_RECORD_BYTES) {
            tooLong = true;
          } else {
            if (length + n > buf.length) {
              buf = Arrays.copyOf(buf, Math.max(length + n, Math.min(ArticleReader.MAX_RECORD_BYTES, buf.length * 2)));
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
}
