package org.fahras.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.fahras.document.Kind;

/**
 * What an ingest will read, decided before anything is read: each path's type, the files of folders in name order
 * (hidden ones left out), each file's default kind from the nearest {@value ArticleReader#KIND_FILE}, and every
 * problem found on the way (missing or unreadable paths, JSON arrays, text files that are not articles), all
 * reported at once.
 */
final class IngestPlan {
  private IngestPlan() {}

  enum Type { JSON_LINES, JSON_LINES_GZ, TEXT }

  static Type type(Path p) {
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
  record Source(Path file, Kind kind) {}

  record Plan(List<Source> sources) {}

  static Plan plan(List<Path> paths, Kind defaultKind, boolean stdinAllowed) throws IOException {
    return plan(paths, defaultKind, stdinAllowed, false);
  }

  static Plan plan(List<Path> paths, Kind defaultKind, boolean stdinAllowed, boolean textHeads)
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
        problems.add(f + ": " + ArticleReader.reason(e));
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

  /** The kind named by the nearest {@value ArticleReader#KIND_FILE} in {@code folder} or above it, else {@code dflt}. */
  private static Kind kindOf(Path folder, Kind dflt, Map<Path, Kind> cache, List<String> problems) {
    if (folder == null) {
      return dflt;
    }
    Kind cached = cache.get(folder);
    if (cached != null) {
      return cached;
    }
    Path f = folder.resolve(ArticleReader.KIND_FILE);
    Kind k;
    if (Files.isRegularFile(f)) {
      try {
        String v = Files.readString(f, StandardCharsets.UTF_8).strip();
        k = Kind.parse(v);
      } catch (IOException e) {
        problems.add(f + ": " + ArticleReader.reason(e));
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
          problems.add(f + ": " + ArticleReader.reason(e));
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
      problems.add(f + ": " + ArticleReader.reason(e));
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
      if (ArticleReader.lines(chars.flip().toString()).size() <= 3) {
        return null;
      }
    } else {
      chars.flip();
    }
    String text = chars.toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String> lines = ArticleReader.lines(text);
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

  static String arrayProblem(String name) {
    if (name.equals(ArticleReader.STDIN_NAME)) {
      return ArticleReader.STDIN_NAME + ": holds a JSON array, not JSON Lines (one JSON object per line); pipe it through"
          + " jq -c '.[]' first";
    }
    return name + ": holds a JSON array, not JSON Lines (one JSON object per line); convert it with: jq -c '.[]' "
        + name;
  }

}
