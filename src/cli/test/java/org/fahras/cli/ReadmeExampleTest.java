package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example compiles exactly as written (issue 14, point 7). */
class ReadmeExampleTest {
  @TempDir Path dir;

  static final Path README = Path.of(System.getProperty("fahras.basedir", "."), "README.md");

  /** The first {@code java} block after the heading "## Embed it". */
  static String example() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Embed it");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```", start);
    assertTrue(section >= 0 && start > section && end > start, "no java block under ## Embed it");
    return readme.substring(start, end);
  }

  @Test
  void embeddingExampleCompilesAsWritten() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Assumptions.assumeTrue(javac != null, "a JDK is needed to compile");
    String source = example();
    assertTrue(source.startsWith("import "), "the example starts with its imports");
    Path file = dir.resolve("Example.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, null, new PrintStream(diagnostics, true, StandardCharsets.UTF_8),
        List.of("-encoding", "UTF-8", "-proc:none", "-Xlint:all", "-Werror", "-d", dir.toString(),
            "-cp", System.getProperty("java.class.path"), file.toString()).toArray(String[]::new));
    assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
    assertTrue(Files.exists(dir.resolve("Example.class")));
  }
}
