package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/fahras} as a process, where the locale and signals matter (issue 14, points 1 and 3). The launcher runs
 * on this build's classes ({@code FAHRAS_CLASSPATH}), so no jar is built.
 */
@Tag("slow")
class LauncherTest {
  @TempDir Path dir;

  static final Path BASE = Path.of(System.getProperty("fahras.basedir", ".")).toAbsolutePath();
  static final Path LAUNCHER = BASE.resolve("bin/fahras");

  record Result(int status, String out, String err) {}

  @BeforeEach
  void needsBash() {
    Assumptions.assumeTrue(Files.isExecutable(LAUNCHER) && Files.isExecutable(Path.of("/bin/bash")),
        "bin/fahras and bash are needed");
  }

  /** An environment as bare as {@code env -i PATH=$PATH}, plus what finds the JDK and the classes. */
  static Map<String, String> bareEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("FAHRAS_CLASSPATH", System.getProperty("java.class.path"));
    env.put("FAHRAS_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
    return env;
  }

  static ProcessBuilder builder(Map<String, String> env, List<String> command) {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().clear();
    pb.environment().putAll(env);
    return pb;
  }

  Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(builder(env, command));
  }

  Result run(ProcessBuilder pb) throws IOException, InterruptedException {
    Path o = dir.resolve("stdout");
    Path e = dir.resolve("stderr");
    pb.directory(dir.toFile()).redirectOutput(o.toFile()).redirectError(e.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/fahras did not finish");
    return new Result(p.exitValue(), Files.readString(o, StandardCharsets.UTF_8), Files.readString(e, StandardCharsets.UTF_8));
  }

  @Test
  void arabicArgumentsArriveIntactUnderLcAllC() throws Exception {
    Map<String, String> env = bareEnv();
    env.put("LC_ALL", "C");
    Result r = run(env, "analyze", "abc وبال xyz");
    assertEquals(0, r.status(), r.err());
    // what the same command prints in this JVM, where the argument is a Java string and no locale is involved
    java.io.ByteArrayOutputStream inProcess = new java.io.ByteArrayOutputStream();
    assertEquals(0, new Main(new java.io.PrintStream(inProcess, true, StandardCharsets.UTF_8), System.err)
        .run("analyze", "abc وبال xyz"));
    String expected = inProcess.toString(StandardCharsets.UTF_8);
    assertEquals(3, expected.lines().count(), expected); // abc, the Arabic word, xyz: nothing lost
    assertEquals(expected, r.out());
  }

  @Test
  void arabicFileNamesAndQueriesWorkWithAnEmptyEnvironment() throws Exception {
    Path news = dir.resolve("أخبار.jsonl");
    Files.copy(BASE.resolve("index-fixtures/articles/news.jsonl"), news);
    Map<String, String> env = bareEnv(); // no LANG, no LC_*: the C locale
    Result r = run(env, "index", "--index", dir.resolve("ix").toString(), news.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("read 30, indexed 30, rejected 0\n", r.out());
    env.put("LC_ALL", "C");
    r = run(env, "search", "--index", dir.resolve("ix").toString(), "--no-snippets", "المكتبات");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().matches("(?s)[1-9]\\d* hits.*"), r.out());
  }

  @Test
  void bytesThatAreNotUtf8AreReportedInOneLine() throws Exception {
    Map<String, String> env = bareEnv();
    env.put("LC_ALL", "C");
    env.put("LAUNCHER", LAUNCHER.toString());
    Result r = run(builder(env, List.of("/bin/bash", "-c", "\"$LAUNCHER\" analyze \"$(printf 'ab\\xff')\"")));
    assertEquals(2, r.status(), r.err());
    assertEquals("fahras: argument 2 is not valid UTF-8 (some bytes could not be decoded: ab?)\n", r.err());
  }

  @Test
  void sigtermStopsAnIngestCleanlyAndSaysWhatWasCommitted() throws Exception {
    Path idx = dir.resolve("ix");
    ProcessBuilder pb = builder(bareEnv(), List.of(LAUNCHER.toString(), "index", "--index", idx.toString(),
        "--commit-every", "5", "-"));
    Path o = dir.resolve("stdout");
    Path e = dir.resolve("stderr");
    pb.directory(dir.toFile()).redirectOutput(o.toFile()).redirectError(e.toFile());
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      for (int i = 1; i <= 12; i++) {
        in.write(("{\"id\":\"a" + i + "\",\"body\":\"نص\"}\n").getBytes(StandardCharsets.UTF_8));
      }
      in.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (committed(idx) < 10) { // the second periodic commit is on disk
        assertTrue(System.nanoTime() < deadline, "no commit of 10 articles: " + Files.readString(e));
        assertTrue(p.isAlive(), Files.readString(e));
        Thread.sleep(100);
      }
      Thread.sleep(1000); // records 11 and 12 were in the same read as 10: let them be added
      // kill(1), not Process.destroy(): destroy also closes the pipes, and an end of input that comes with the
      // signal may be read first (the ingest then ends, and commits, before it sees the signal)
      assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
      while (!Files.readString(e, StandardCharsets.UTF_8).contains("stopping after the current record")) {
        assertTrue(System.nanoTime() < deadline, "the signal was not seen: " + Files.readString(e));
        Thread.sleep(50); // the JVM runs signal handlers on a thread of their own: wait for it
      }
    } // end of input: the ingest must not commit the 2 articles after the signal
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String err = Files.readString(e, StandardCharsets.UTF_8);
    assertEquals(143, p.exitValue(), err + "\nstdout: " + Files.readString(o, StandardCharsets.UTF_8));
    assertEquals("read 12, indexed 10, rejected 0, not committed 2\n", Files.readString(o, StandardCharsets.UTF_8));
    assertTrue(err.contains("fahras: stopped by SIGTERM; committed 10 articles, up to stdin:10; the 2 read after "
        + "it were rolled back"), err);
    assertEquals(10, committed(idx));
  }

  private static long committed(Path idx) {
    try (ArticleIndex index = ArticleIndex.openForSearch(idx)) {
      return index.count();
    } catch (IOException | RuntimeException e) {
      return -1; // not created yet
    }
  }
}
