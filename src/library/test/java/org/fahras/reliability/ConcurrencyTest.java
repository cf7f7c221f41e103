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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads search while a writer adds, updates, deletes and commits. An update is a delete and an add: a
 * searcher that saw it half applied would find an article twice (both versions) or not at all. Articles {@code c0}
 * to {@code c19} are updated but never deleted, so every search must find each of them exactly once; no search may
 * find any article twice.
 */
@Tag("slow")
class ConcurrencyTest {
  @TempDir Path dir;

  static final int STABLE = 20;

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
      for (int id = 0; id < STABLE; id++) {
        index.add(version(id, 1));
        expected.put(id, 1);
      }
      index.commit();
      List<Thread> searchers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Thread th = new Thread(() -> {
          try {
            while (!stop.get()) {
              index.search(SearchRequest.builder("الخبر المدينة").size(10).highlight(true).build()); // snippets too
              SearchResponse r = index.search(SearchRequest.builder("الخبر المدينة").size(ids * 2).exactTotal(true)
                  .build());
              Map<String, Integer> seen = new HashMap<>();
              for (SearchHit h : r.hits()) {
                seen.merge(h.id(), 1, Integer::sum);
              }
              seen.forEach((id, n) -> assertEquals(1, n, id + " found " + n + " times in one search"));
              for (int id = 0; id < STABLE; id++) {
                assertTrue(seen.containsKey("c" + id), "c" + id + " missing from a search");
              }
              assertEquals(r.totalHits(), r.hits().size());
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
      for (int ops = 1; ops <= 1_000; ops++) {
        int id = random.nextInt(ids);
        if (id >= STABLE && random.nextInt(5) == 0) {
          index.delete("c" + id);
          expected.remove(id);
        } else {
          int v = expected.getOrDefault(id, 0) + 1;
          index.add(version(id, v));
          expected.put(id, v);
        }
        if (ops % 50 == 0) {
          index.commit();
        }
      }
      index.commit();
      long after = searches.get();
      while (searches.get() < after + 8 && errors.isEmpty()) {
        Thread.onSpinWait(); // a few searches of the final index too
      }
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
