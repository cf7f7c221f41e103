package org.fahras.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built library jar as a module (issue 26, point 4): it exports only the API packages, holds no command line,
 * and the README's embedding example runs on the module path in an application that says
 * {@code requires org.fahras;}.
 */
class ModulePathIT {
  @TempDir Path dir;

  static final Path README = Path.of(System.getProperty("fahras.basedir", "."), "README.md");

  /** The library jar (built by package, before this test) and the runtime jars it needs, from the class path. */
  static List<Path> runtimeJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar") && !name.endsWith("-tests.jar")
          && (name.startsWith("fahras") || name.startsWith("jackson-core")
              || (name.startsWith("lucene-") && !name.startsWith("lucene-test-framework")))) {
        jars.add(Path.of(entry));
      }
    }
    return jars;
  }

  static Path libraryJar() {
    return runtimeJars().stream()
        .filter(p -> p.getFileName().toString().matches("fahras-\\d.*\\.jar"))
        .findFirst().orElseThrow(() -> new AssertionError("no library jar on " + System.getProperty("java.class.path")));
  }

  @Test
  void libraryJarIsTheModuleOrgFahrasExportingTheApiOnly() throws IOException {
    ModuleReference ref = ModuleFinder.of(libraryJar()).findAll().iterator().next();
    ModuleDescriptor d = ref.descriptor();
    assertEquals("org.fahras", d.name());
    assertFalse(d.isAutomatic(), "the jar has a module-info, not only an Automatic-Module-Name");
    Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("org.fahras.document", "org.fahras.eval", "org.fahras.index", "org.fahras.ingest",
        "org.fahras.search"), exported);
    assertTrue(d.packages().contains("org.fahras.schema"), "internal packages are in the jar, not exported");
    Set<String> transitive = d.requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertTrue(transitive.containsAll(Set.of("org.fahras.analysis", "org.apache.lucene.core")), transitive.toString());
    try (JarFile jar = new JarFile(libraryJar().toFile())) {
      assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/fahras/cli/")),
          "the command line ships in its own jar");
    }
  }

  @Test
  void readmeExampleRunsOnTheModulePath() throws Exception {
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Assumptions.assumeTrue(Files.isExecutable(javac), "a JDK is needed to compile");
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Embed it");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String example = readme.substring(start, readme.indexOf("```", start));
    Path src = Files.createDirectories(dir.resolve("src/example"));
    Files.writeString(src.resolve("Example.java"), "package example;\n" + example, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("src/module-info.java"), "module example { requires org.fahras; }\n",
        StandardCharsets.UTF_8);
    String modulePath = runtimeJars().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    Path classes = dir.resolve("classes");
    Path log = dir.resolve("javac.log");
    Process c = new ProcessBuilder(javac.toString(), "-encoding", "UTF-8", "-proc:none", "-d", classes.toString(),
        "--module-path", modulePath, dir.resolve("src/module-info.java").toString(),
        src.resolve("Example.java").toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(c.waitFor(120, TimeUnit.SECONDS), "javac finishes");
    assertEquals(0, c.exitValue(), "the example compiles as a module requiring org.fahras: "
        + Files.readString(log, StandardCharsets.UTF_8));

    Path work = Files.createDirectories(dir.resolve("work"));
    Path out = dir.resolve("out");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "--enable-native-access=org.apache.lucene.core",
        "--module-path", modulePath + File.pathSeparator + classes, "-m", "example/example.Example")
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the example finishes");
    String output = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("افتتاح المكتبة الوطنيّة") && output.contains("<mark>"), output);
  }
}
