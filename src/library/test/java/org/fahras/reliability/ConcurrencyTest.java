package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.fahras.document.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads search while a writer adds, updates, deletes and commits. Every version of an article writes the
 * same version number into its title and body, so a search that saw a half-applied update would find a title
 * and body of different versions.
 */
class ConcurrencyTest {
  @TempDir Path dir;

  static Article version(int id, int v) {
    return Article.builder("c" + id).title("عنوان الخبر نسخة v" + v).body("نص الخبر عن المدينة نسخة v" + v)
        .source("s" + (id % 3)).build();
  }

  @Test
  void searchersNeverSeeHalfAppliedUpdates() throws Exception {
    int ids = 200;
    Map<Integer, Integer> expected = new HashMap<>(); // id -> version, absent when deleted
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong searches = new AtomicLong();
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      List<Thread> searchers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Thread th = new Thread(() -> {
          try {
            while (!stop.get()) {
              SearchResponse r = index.search(SearchRequest.builder("الخبر المدينة").size(50).highlight(true).build());
              for (SearchHit h : r.hits()) {
                Article a = index.get(h.id()).orElse(null);
                String tv = h.title().substring(h.title().lastIndexOf('v'));
                if (a != null && a.title().equals(h.title())) {
                  String bv = a.body().substring(a.body().lastIndexOf('v'));
                  assertEquals(tv, bv, "title and body of " + h.id() + " from different versions");
                }
              }
              searches.incrementAndGet();
            }
          } catch (Throwable e) {
            errors.add(e);
          }
        });
        th.start();
        searchers.add(th);
      }
      Random random = new Random(7);
      long end = System.nanoTime() + 3_000_000_000L;
      int ops = 0;
      while (System.nanoTime() < end) {
        int id = random.nextInt(ids);
        if (random.nextInt(5) == 0) {
          index.delete("c" + id);
          expected.remove(id);
        } else {
          int v = expected.getOrDefault(id, 0) + 1;
          index.add(version(id, v));
          expected.put(id, v);
        }
        if (++ops % 100 == 0) {
          index.commit();
        }
      }
      index.commit();
      stop.set(true);
      for (Thread th : searchers) {
        th.join();
      }
      assertTrue(errors.isEmpty(), () -> "errors: " + errors.peek());
      assertTrue(searches.get() > 0);
      assertEquals(expected.size(), index.count());
      for (int id = 0; id < ids; id++) {
        Article a = index.get("c" + id).orElse(null);
        if (expected.containsKey(id)) {
          assertEquals(version(id, expected.get(id)).title(), a == null ? null : a.title());
        } else {
          assertEquals(null, a);
        }
      }
    }
  }
}
