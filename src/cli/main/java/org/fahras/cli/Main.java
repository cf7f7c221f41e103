package org.fahras.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code fahras} command line: reads the command and its options, runs the command's class ({@link IndexCommand},
 * {@link SearchCommand}, {@link RunCommand}, {@link EvalCommand}, {@link AnalyzeCommand}, ...), and turns failures
 * into messages and exit statuses.
 */
public final class Main {
  static final String USAGE = """
      usage:
        fahras index   --index DIR [--analyzer fahras|stock] [--on-error fail|skip] [--report FILE]
                       [--commit-every N] [--kind news|documentary] PATH...|-
        fahras search  --index DIR [--hits N] [--plain] [--filter FIELD=VALUE]... [--facet]
                       [--sort relevance|newest|oldest] [--page N | --cursor C] [--exact-total] [--explain]
                       [--recent] [--ranking R] [--suggest] [--like ID] [--no-snippets] [--raw-snippets] [--json]
                       [--zone UTC|ZONE|local] QUERY...
        fahras run     --index DIR --topics topics.tsv --output run.trec [--hits 100] [--tag TAG] [--ranking R]
        fahras eval    --qrels qrels.txt RUN
        fahras analyze [--analyzer fahras|stock] [--exact] TEXT|-
        fahras demo    [--fixtures DIR]
        fahras lexicon build [--data DIR] [--output FILE] [CORPUS...]
        fahras stemmer-report [--data DIR] [--top N] [CORPUS...]
        fahras variants --index DIR [--output FILE] | --corpus PATH... --output FILE | [--index DIR|--table FILE] WORD...
                       | (--index DIR | --corpus PATH...) --explain A/B [--explain C/D]...
        fahras --version
      fahras CMD --help shows one command's usage; options may be given as --name value or --name=value, the last
      of two wins; -- ends the options. Exit status: 0 done, 1 failed, 2 usage error, 130/143 stopped by SIGINT/SIGTERM.
      """;

  // Held here: the LogManager keeps loggers weakly, and a collected logger forgets the level set on it (the Vector
  // API warning then reappears, depending on when a GC runs).
  private static final java.util.logging.Logger LUCENE_LOGGER = java.util.logging.Logger.getLogger("org.apache.lucene");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this(System.in, out, err);
  }

  Main(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // Lucene logs through java.util.logging that the Vector API is not enabled: noise on a command line.
    LUCENE_LOGGER.setLevel(java.util.logging.Level.SEVERE);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(new Main(System.in, out, err).run(args));
  }

  /** Runs one command; returns the exit status (0 ok, 1 failure, 2 usage error, 128+N stopped by signal N). */
  int run(String... args) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    if (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      out.print(USAGE);
      return 0;
    }
    if (args[0].equals("--version") || args[0].equals("version")) {
      out.println(version());
      return 0;
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].indexOf('\uFFFD') >= 0) {
        err.println("fahras: " + undecodable(i, args[i]));
        return 2;
      }
    }
    String command = args[0];
    List<String> rest = List.of(args).subList(1, args.length);
    if (Args.wantsHelp(rest) && !usageOf(command).isEmpty()) {
      out.print("usage:\n" + usageOf(command));
      return 0;
    }
    try {
      Args a = new Args(rest);
      return switch (args[0]) {
        case "index" -> new IndexCommand(in, out, err).run(a);
        case "search" -> new SearchCommand(out, err).run(a);
        case "run" -> new RunCommand(err).run(a);
        case "eval" -> new EvalCommand(out).run(a);
        case "analyze" -> new AnalyzeCommand(in, out).run(a);
        case "demo" -> new Demo(out, err).run(a);
        case "lexicon" -> new LexiconCommand(out).run(List.of(args).subList(1, args.length));
        case "stemmer-report" -> new StemmerReportCommand(out).run(List.of(args).subList(1, args.length));
        case "variants" -> new VariantsCommand(out, err).run(a);
        default -> throw new UsageException("unknown command \"" + args[0] + "\"");
      };
    } catch (UsageException e) {
      err.println("fahras: " + e.getMessage());
      String usage = usageOf(command);
      err.print(usage.isEmpty() ? USAGE : "usage:\n" + usage);
      return 2;
    } catch (IOException e) {
      printError(describe(e));
      return 1;
    } catch (UncheckedIOException e) {
      printError(describe(e.getCause()));
      return 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      printError(e.getMessage());
      return 1;
    }
  }

  /** {@code fahras 0.1.0 (Lucene 10.6.0, Java 25)}. */
  static String version() {
    String v = "unknown";
    try (InputStream s = Main.class.getResourceAsStream("version.properties")) {
      if (s != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(s);
        v = p.getProperty("version", v);
      }
    } catch (IOException e) {
      // the version is informative only
    }
    return "fahras " + v + " (Lucene " + org.apache.lucene.util.Version.LATEST + ", Java "
        + Runtime.version().feature() + ")";
  }

  /** The synopsis lines of {@code command} in {@link #USAGE}, or "" for no such command. */
  static String usageOf(String command) {
    StringBuilder sb = new StringBuilder();
    boolean in = false;
    for (String line : USAGE.lines().toList()) {
      if (line.startsWith("  fahras ")) {
        String[] w = line.strip().split("\\s+");
        in = w.length > 1 && w[1].equals(command);
      } else if (!line.startsWith("    ")) {
        in = false;
      }
      if (in) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  private static String undecodable(int i, String arg) {
    String cs = System.getProperty("sun.jnu.encoding", "?");
    String which = "argument " + (i + 1);
    return cs.equalsIgnoreCase("UTF-8")
        ? which + " is not valid UTF-8 (some bytes could not be decoded: " + arg.replace('\uFFFD', '?') + ")"
        : which + " could not be decoded: the locale's character set is " + cs
            + ", not UTF-8; run under a UTF-8 locale (LC_ALL=C.UTF-8), as bin/fahras does by itself";
  }

  /** An I/O failure with its reason: "FILE: no such file or folder", "FILE: permission denied", ... */
  static String describe(IOException e) {
    if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
        && (e.getMessage() == null || e.getMessage().startsWith(fs.getFile()))) {
      String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
          : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
          : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
          : e instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
          : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
      return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + reason;
    }
    if (e instanceof java.nio.charset.MalformedInputException || e instanceof java.nio.charset.UnmappableCharacterException) {
      return "a file is not valid UTF-8 (" + e.getMessage() + ")";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Prints a message of one or more lines, each prefixed {@code fahras: }. */
  private void printError(String message) {
    printError(err, message);
  }

  /** Prints a message of one or more lines on {@code err}, each prefixed {@code fahras: }. */
  static void printError(PrintStream err, String message) {
    for (String line : String.valueOf(message).split("\n")) {
      err.println("fahras: " + line);
    }
  }

  /** Checks that {@code dir} can be an index folder to read: it exists, is a folder and can be read. */
  static void checkIndexFolder(Path dir, boolean mustExist) throws IOException {
    if (!Files.exists(dir)) {
      if (mustExist) {
        throw new IOException(dir + ": no such index folder");
      }
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": is a file, not an index folder");
    }
    if (!Files.isReadable(dir) || !mustExist && !Files.isWritable(dir)) {
      throw new IOException(dir + ": permission denied");
    }
  }

  /** All of {@code in} as strict UTF-8: an invalid byte is reported with its offset, never replaced. */
  static String readUtf8(InputStream in, String name) throws IOException {
    byte[] bytes = in.readAllBytes();
    java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer c = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult r = d.decode(b, c, true);
    if (!r.isError()) {
      r = d.flush(c);
    }
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < b.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new IOException(name + " is not valid UTF-8: byte " + (b.position() + 1) + " (line " + line + ") is "
          + String.format(Locale.ROOT, "0x%02X", bytes[b.position()] & 0xff) + "; give UTF-8 text");
    }
    return c.flip().toString();
  }
}
