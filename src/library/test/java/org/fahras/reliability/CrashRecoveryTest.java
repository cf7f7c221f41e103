package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an indexing JVM with SIGKILL at random moments, {@value #CRASHES} times. After each kill: the index
 * opens, CheckIndex finds nothing wrong, every article acknowledged by a completed commit is there, and running
 * the same ingest again leaves exactly one copy of each article.
 */
@Tag("slow")
class CrashRecoveryTest {
  static final int CRASHES = Integer.getInteger("fahras.crashes", 20);
  static final int ARTICLES = 3000;

  @TempDir Path dir;

  @Test
  void indexSurvivesSigkill() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      sb.append("{\"id\":\"a").append(i).append("\",\"title\":\"خبر رقم ").append(i)
          .append("\",\"body\":\"").append("نص المقال عن المدينة والمكتبة والانتخابات ".repeat(20)).append(i)
          .append("\"}\n");
    }
    Files.writeString(input, sb.toString(), StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Random random = new Random(Long.getLong("fahras.crash.seed", 20261125L));
    int survivedMidCommitWindow = 0;
    for (int crash = 0; crash < CRASHES; crash++) {
      Path idx = dir.resolve("idx-" + crash);
      Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
          CrashIndexer.class.getName(), idx.toString(), input.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      AtomicInteger acknowledged = new AtomicInteger(0);
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("COMMITTED ")) {
              acknowledged.set(Integer.parseInt(line.substring(10)));
            }
          }
        } catch (IOException ignored) {
          // the process died: that is the point
        }
      });
      reader.start();
      // Kill once the first commit is acknowledged, after a random further delay.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acknowledged.get() == 0 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(600));
      p.destroyForcibly(); // SIGKILL on Linux
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      reader.join(10_000);
      int acked = acknowledged.get();
      if (acked > 0 && acked < ARTICLES) {
        survivedMidCommitWindow++;
      }
      System.out.println("CrashRecoveryTest: kill " + crash + " after " + acked + " acknowledged articles");

      try (FSDirectory d = FSDirectory.open(idx); CheckIndex check = new CheckIndex(d)) {
        CheckIndex.Status status = check.checkIndex();
        assertTrue(status.clean, "CheckIndex after crash " + crash);
      }
      try (ArticleIndex index = ArticleIndex.openForSearch(idx)) {
        int count = index.count();
        assertTrue(count >= acked, "crash " + crash + ": " + count + " articles, " + acked + " acknowledged");
        for (int i = 0; i < acked; i += 97) {
          assertTrue(index.get("a" + i).isPresent(), "crash " + crash + ": acknowledged a" + i + " missing");
        }
        assertTrue(index.get("a" + (acked - 1)).isPresent());
      }
      // the same ingest again: exactly one copy of each article
      try (ArticleIndex index = ArticleIndex.openForWriting(idx)) {
        Indexer.Summary s = new Indexer(index).ingest(List.of(input));
        assertEquals(ARTICLES, s.indexed());
        assertEquals(ARTICLES, index.count());
        assertEquals(1, index.search(org.fahras.search.SearchRequest.builder("\"خبر رقم 1234\"").build()).totalHits());
      }
    }
    assertTrue(survivedMidCommitWindow >= CRASHES / 2,
        "most kills should land mid-ingest, not after it finished: " + survivedMidCommitWindow);
  }
}
