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
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code fahras} command line: picocli reads the command and its options into the command's class
 * ({@link IndexCommand}, {@link SearchCommand}, {@link RunCommand}, {@link EvalCommand}, {@link AnalyzeCommand}, ...),
 * which runs it; failures become messages and exit statuses.
 */
public final class Main {
  /** What {@code fahras --help} prints: every command's synopsis, as picocli makes it, then the conventions. */
  static final String USAGE = "usage:\n" + usageOf(commandLine(InputStream.nullInputStream(), null, null))
      + "  fahras --version\n" + """
      fahras CMD --help shows one command's usage; options may be given as --name value or --name=value, the last
      of two wins; -- ends the options. Exit status: 0 done, 1 failed, 2 usage error, 130/143 stopped by SIGINT/SIGTERM.
      """;

  /** The width of the usage text, less the two spaces each of its lines begins with. */
  private static final int USAGE_WIDTH = 118;

  /** {@code fahras}: {@code --help}, {@code --version}, and the commands as its subcommands. */
  @Command(name = "fahras", versionProvider = Root.Version.class)
  static final class Root {
    @Option(names = {"-h", "--help"}, usageHelp = true) boolean help;
    @Option(names = "--version", versionHelp = true) boolean version;

    static final class Version implements CommandLine.IVersionProvider {
      @Override
      public String[] getVersion() {
        return new String[] {version()};
      }
    }
  }

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

  /**
   * The command tree, each command holding the streams it reads and prints to. Options take {@code --name value} or
   * {@code --name=value}; the last of two wins; a value may begin with dashes ({@code --cursor -x}); {@code --} ends
   * the options; an argument beginning with {@code @} is an argument, not a file of them.
   */
  static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
    CommandLine root = new CommandLine(new Root())
        .addSubcommand(new IndexCommand(in, out, err))
        .addSubcommand(new SearchCommand(out, err))
        .addSubcommand(new RunCommand(err))
        .addSubcommand(new EvalCommand(out, err))
        .addSubcommand(new AnalyzeCommand(in, out))
        .addSubcommand(new Demo(out, err))
        .addSubcommand(new CommandLine(new LexiconCommand.Group()).addSubcommand(new LexiconCommand(out))
            .addSubcommand(new EndingsCommand(out)))
        .addSubcommand(new StemmerReportCommand(out))
        .addSubcommand(new TuneCommand(out))
        .addSubcommand(new VariantsCommand(out, err));
    // set after the subcommands are added, so that they apply to every one
    root.setOverwrittenOptionsAllowed(true)
        .setAllowOptionsAsOptionParameters(true)
        // "-word" is a query word, "--word" an unknown option: told apart in unknownOption
        .setUnmatchedOptionsArePositionalParams(true)
        .setExpandAtFiles(false)
        .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setUsageHelpWidth(USAGE_WIDTH);
    for (CommandLine c : all(root)) {
      c.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
    }
    return root;
  }

  private static List<CommandLine> all(CommandLine c) {
    List<CommandLine> list = new java.util.ArrayList<>(List.of(c));
    for (CommandLine sub : c.getSubcommands().values()) {
      list.addAll(all(sub));
    }
    return list;
  }

  /** Runs one command; returns the exit status (0 ok, 1 failure, 2 usage error, 128+N stopped by signal N). */
  int run(String... args) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    CommandLine root = commandLine(in, out, err);
    String first = switch (args[0]) {
      case "help" -> "--help";
      case "version" -> "--version";
      default -> args[0];
    };
    if (root.getCommandSpec().optionsMap().containsKey(first)) {
      // fahras --help, fahras --version: what follows is not read
      root.parseArgs(first);
      if (root.isVersionHelpRequested()) {
        root.printVersionHelp(out, CommandLine.Help.Ansi.OFF);
      } else {
        out.print(USAGE);
      }
      return 0;
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].indexOf('\uFFFD') >= 0) {
        err.println("fahras: " + undecodable(i, args[i]));
        return 2;
      }
    }
    CommandLine command = root.getSubcommands().get(args[0]);
    if (command != null && wantsHelp(List.of(args).subList(1, args.length))) {
      // before the options are read: CMD --bad-option --help shows the usage too
      out.print("usage:\n" + usageOf(command));
      return 0;
    }
    try {
      if (command == null) {
        throw new UsageException("unknown command \"" + args[0] + "\"");
      }
      CommandLine.ParseResult parsed;
      try {
        parsed = root.parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        throw new UsageException(message(e));
      }
      int depth = 0;
      while (parsed.hasSubcommand()) {
        parsed = parsed.subcommand();
        depth++;
      }
      unknownOption(parsed, List.of(args).subList(depth, args.length));
      if (!(parsed.commandSpec().userObject() instanceof CliCommand c)) {
        throw new UsageException(String.join(" ", List.of(args).subList(0, depth)) + ": give the command: "
            + String.join(" or ", parsed.commandSpec().subcommands().keySet()));
      }
      return c.run();
    } catch (UsageException e) {
      err.println("fahras: " + e.getMessage());
      err.print(command == null ? USAGE : "usage:\n" + usageOf(command));
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

  /** True when {@code --help} or {@code -h} is among the options (before any {@code --}). */
  static boolean wantsHelp(List<String> args) {
    for (String s : args) {
      if (s.equals("--")) {
        return false;
      }
      if (s.equals("--help") || s.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses an unknown {@code --option}: picocli takes it for a parameter (as it does {@code -word}, a query word);
   * a parameter that begins with two dashes and came before {@code --} is one. {@code args} are the command's.
   */
  private static void unknownOption(CommandLine.ParseResult parsed, List<String> args) {
    int dashes = args.indexOf("--");
    int afterDashes = dashes < 0 ? 0 : args.size() - dashes - 1;
    List<String> parameters = new java.util.ArrayList<>();
    for (CommandLine.Model.PositionalParamSpec p : parsed.commandSpec().positionalParameters()) {
      parameters.addAll(p.stringValues());
    }
    for (String s : parameters.subList(0, Math.max(0, parameters.size() - afterDashes))) {
      if (s.startsWith("--") && s.length() > 2) {
        throw new UsageException("unknown option " + (s.indexOf('=') > 2 ? s.substring(0, s.indexOf('=')) : s));
      }
    }
  }

  /** picocli's complaint in the words of the command line. */
  private static String message(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String s = u.getUnmatched().get(0);
      return s.startsWith("--") && s.length() > 2
          ? "unknown option " + (s.indexOf('=') > 2 ? s.substring(0, s.indexOf('=')) : s)
          : "unexpected argument \"" + s + "\"";
    }
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
        && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o) {
      return o.longestName() + (String.valueOf(e.getMessage()).startsWith("Missing required option")
          ? " is required" : " needs a value");
    }
    return e.getMessage();
  }

  /**
   * The synopsis of {@code command} as picocli makes it from its options, one per line of {@code usage:}; those of
   * its subcommands for a group ({@code lexicon}), of every command for {@code fahras}.
   */
  static String usageOf(CommandLine command) {
    if (!command.getSubcommands().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (CommandLine sub : command.getSubcommands().values()) {
        sb.append(usageOf(sub));
      }
      return sb.toString();
    }
    // an option and its value as typed, "--index DIR", not picocli's "--index=DIR"; a no-break space while the
    // lines are wrapped, so that no line breaks between them
    String separator = command.getSeparator();
    command.setSeparator("\u00A0");
    try {
      return command.getHelp().synopsis(0).replace('\u00A0', ' ').lines().map(l -> "  " + l + "\n")
          .collect(Collectors.joining());
    } finally {
      command.setSeparator(separator);
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
