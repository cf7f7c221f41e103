package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded CLI jar as built by {@code mvn package} (issue 14, point 10): runs without restricted-method warnings. */
class CliJarIT {
  @TempDir Path dir;

  static final Path JAR = Path.of(System.getProperty("fahras.cli.jar", "target/fahras-cli.jar"));
  static final Path ARTICLES = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures", "articles");

  @Test
  void manifestEnablesNativeAccess() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Manifest m = jar.getManifest();
      assertEquals("ALL-UNNAMED", m.getMainAttributes().getValue("Enable-Native-Access"));
      assertEquals("org.fahras.cli.Main", m.getMainAttributes().getValue("Main-Class"));
    }
  }

  @Test
  void javaDashJarPrintsNoRestrictedMethodWarning() throws Exception {
    Assumptions.assumeTrue(Runtime.version().feature() >= 22, "restricted-method warnings exist from JDK 22");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String err = run(java.toString(), "-Xmx256m", "-jar", JAR.toString(), "index", "--index",
        dir.resolve("ix").toString(), ARTICLES.toString());
    err += run(java.toString(), "-Xmx256m", "-jar", JAR.toString(), "search", "--index", dir.resolve("ix").toString(),
        "مكتبة");
    assertFalse(err.contains("restricted method"), err);
    assertFalse(err.contains("WARNING"), err);
  }

  private String run(String... command) throws Exception {
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process p = new ProcessBuilder(List.of(command)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String e = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), e);
    return e;
  }
}
