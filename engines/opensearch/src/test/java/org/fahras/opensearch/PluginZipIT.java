package org.fahras.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.opensearch.Version;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;

/**
 * The installable zip that {@code mvn package} built: a descriptor OpenSearch 3.9.0 reads and accepts, the plugin
 * jar at the root (the layout {@code opensearch-plugin install} expects) carrying the plugin, the library's
 * analysis classes and every resource of the library (word lists, lexicons), and no other jar.
 */
public class PluginZipIT extends LuceneTestCase {
  static final Path ZIP = Path.of(System.getProperty("fahras.plugin.zip", "target/fahras-opensearch.zip"));
  static final Path RESOURCES = Path.of(System.getProperty("fahras.basedir", "../..")).resolve("src/analysis/main/resources");

  public void testZipInstallsAsOpenSearchExpects() throws IOException {
    assertTrue("no plugin zip at " + ZIP + ": run mvn package", Files.exists(ZIP));
    Path dir = createTempDir("fahras-plugin");
    List<String> files = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        assertFalse("entries at the root only: " + e.getName(), e.getName().contains("/"));
        files.add(e.getName());
        Files.copy(zip, dir.resolve(e.getName()));
      }
    }
    String jar = ZIP.getFileName().toString().replaceAll("\\.zip$", ".jar");
    assertEquals(new TreeSet<>(List.of("plugin-descriptor.properties", jar)), new TreeSet<>(files));

    PluginInfo info = PluginInfo.readFromProperties(dir);
    assertEquals("fahras", info.getName());
    assertEquals(FahrasPlugin.class.getName(), info.getClassname());
    assertEquals("21", info.getJavaVersion());
    // the check a node makes before loading a plugin: built for this OpenSearch, on a JVM it supports
    PluginsService.verifyCompatibility(info);
    assertTrue(info.getOpenSearchVersionRangesString(), info.getOpenSearchVersionRanges().stream()
        .allMatch(r -> r.isSatisfiedBy(Version.CURRENT)));

    Set<String> entries = new TreeSet<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(dir.resolve(jar)))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.add(e.getName());
      }
    }
    assertTrue(entries.contains("org/fahras/opensearch/FahrasPlugin.class"));
    assertTrue(entries.contains("org/fahras/analysis/FahrasAnalyzer.class"));
    assertTrue(entries.contains("org/fahras/analysis/ArabicLightStemmer.class"));
    assertFalse("only the analysis package of the library",
        entries.stream().anyMatch(e -> e.startsWith("org/fahras/") && !e.endsWith("/") && !e.startsWith("org/fahras/analysis/")
            && !e.startsWith("org/fahras/opensearch/")));
    assertFalse("no Lucene inside: the node provides it", entries.stream().anyMatch(e -> e.startsWith("org/apache/")));
    try (Stream<Path> resources = Files.walk(RESOURCES)) {
      for (Path r : resources.filter(Files::isRegularFile).toList()) {
        String name = RESOURCES.relativize(r).toString().replace('\\', '/');
        if (!name.startsWith("org/fahras/analysis/") && !name.startsWith("META-INF/services/")) {
          continue; // resources of other packages (the variant table) are not the plugin's
        }
        assertTrue("analysis resource " + name + " is in the plugin jar", entries.contains(name));
      }
    }
  }
}
