package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fahras.document.Kind;
import org.fahras.index.ArticleIndex;
import org.fahras.index.Indexer;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random query strings through the query language on the fixtures index: no exception, and the run ends
 * (a time-out on each test guards against runaway expansion; speed itself is measured by the JMH suite, not here).
 * {@code -Dfahras.fuzz.queries=1000000} for a longer run. Tagged slow and data: {@code bin/test
 * -DexcludedGroups=slow,data} leaves it out.
 */
@Tag("slow")
@Tag("data")
class QueryFuzzTest {
  static final int QUERIES = Integer.getInteger("fahras.fuzz.queries", 100_000);
  static final long SEED = Long.getLong("fahras.fuzz.seed", 1125L);
  /**
   * Queries on the ANT index (issue 26 asks for 10⁵): about 5 ms each there (multi-term words over a real
   * vocabulary), some 8 minutes on 2 cores; {@code bin/test -DexcludedGroups=slow} leaves them out of a quick run.
   */
  static final int ANT_QUERIES = Integer.getInteger("fahras.fuzz.ant.queries", 100_000);
  static final String SYNTAX = "\"\"--**::+&|!(){}[]^~?\\/ \t\n";
  static final String[] WORDS = {"source:", "kind:", "after:", "before:", "category:", "tag:", "AND", "OR", "NOT",
      "المكتبة", "مسؤول", "الجزائ*", "\"الذكاء الاصطناعي\"", "-درنة", "2018-03-01", "٢٠١٨", "ﻻ", "ـــ", "\u200f",
      "-source:", "-kind:", "title:", "source:\"", "\"fahras news\"", "2018-06-30T10:00:00Z", "~2", "~", " | ",
      " + ", "(", ")", "\\"};

  @TempDir Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void randomQueriesNeverFail() throws Exception {
    Path fixtures = Path.of(System.getProperty("fahras.basedir", "."), "index-fixtures");
    try (ArticleIndex index = ArticleIndex.create(dir, "fahras")) {
      new Indexer(index).ingest(List.of(fixtures.resolve("articles/news.jsonl"), fixtures.resolve("articles/documentaries.jsonl.gz")));
      new Indexer(index).defaultKind(Kind.DOCUMENTARY).ingest(List.of(fixtures.resolve("articles/documentaries")));
      Random r = new Random(SEED);
      int found = 0;
      for (int i = 0; i < QUERIES; i++) {
        String q = randomQuery(r, i);
        SearchResponse resp = index.search(SearchRequest.builder(q).size(1 + r.nextInt(20))
            .highlight(i % 10 == 0).facets(i % 13 == 0)
            .sort(SearchRequest.Sort.values()[i % 3]).build());
        if (i % 50 == 0) {
          index.suggestCorrection(q); // did-you-mean reads the same syntax: never throws either
          index.search(SearchRequest.builder(q).page(1 + r.nextInt(5)).size(3).build());
        }
        found += resp.hits().isEmpty() ? 0 : 1;
        if (resp.nextCursor() != null && i % 7 == 0) {
          index.search(SearchRequest.builder(q).cursor(resp.nextCursor()).sort(SearchRequest.Sort.values()[i % 3])
              .build());
        }
      }
      System.out.println("QueryFuzzTest: " + QUERIES + " queries, seed " + SEED + ", " + found + " found articles");
      assertTrue(found > QUERIES / 20, "the fuzz reached the index: " + found + " queries found articles");
    }
  }

  /**
   * The same random queries, and fuzzy, wildcard and prefix words drawn from a real vocabulary, on the ANT v2.1
   * index (skipped when the data is absent): a real vocabulary is what makes expansions large (issue 26, point 1).
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void randomQueriesNeverFailOnTheAntIndex() throws Exception {
    String[] words = {"ترامب", "سوريا", "مصر", "النفط", "الرئيس", "الحكومة", "كأس", "العالم", "ليفربول", "صلاح",
        "روسيا", "إيران", "الاتحاد", "الأوروبي", "المنتخب", "الاقتصاد", "في", "من", "ال", "و"};
    String[] forms = {"%s~", "%s~1", "%s~2", "%s*", "*%s*", "%s?", "\"%s\"", "-%s", "+%s", "%s"};
    try (ArticleIndex index = ArticleIndex.openForSearch(org.fahras.testdata.AntIndex.path())) {
      Random r = new Random(SEED);
      int found = 0;
      for (int i = 0; i < ANT_QUERIES; i++) {
        String q;
        if (i % 2 == 0) {
          q = randomQuery(r, i);
        } else {
          StringBuilder sb = new StringBuilder();
          for (int k = 1 + r.nextInt(i % 100 == 1 ? 40 : 8); k > 0; k--) {
            String w = words[r.nextInt(words.length)];
            sb.append(String.format(forms[r.nextInt(forms.length)], w.substring(0, 1 + r.nextInt(w.length()))))
                .append(' ');
          }
          q = sb.toString();
        }
        SearchResponse resp = index.search(SearchRequest.builder(q).size(1 + r.nextInt(20))
            .highlight(i % 10 == 0).facets(i % 13 == 0).sort(SearchRequest.Sort.values()[i % 3]).build());
        if (i % 50 == 0) {
          index.suggestCorrection(q);
        }
        found += resp.hits().isEmpty() ? 0 : 1;
        if (resp.nextCursor() != null && i % 7 == 0) {
          index.search(SearchRequest.builder(q).cursor(resp.nextCursor()).sort(SearchRequest.Sort.values()[i % 3])
              .build());
        }
      }
      System.out.println("QueryFuzzTest: " + ANT_QUERIES + " queries on ANT v2.1, seed " + SEED + ", " + found
          + " found articles");
      assertTrue(found > ANT_QUERIES / 4, "the fuzz reached the index: " + found + " queries found articles");
    }
  }

  static String randomQuery(Random r, int i) {
    if (i % 5000 == 1) {
      return "كلمة ".repeat(10_000); // 10,000 words
    }
    if (i % 5000 == 2) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 100_000; k++) {
        sb.append((char) (0x0600 + r.nextInt(256)));
      }
      return sb.toString(); // 100,000 characters
    }
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int k = 0; k < n; k++) {
      switch (r.nextInt(5)) {
        case 0 -> sb.append(SYNTAX.charAt(r.nextInt(SYNTAX.length())));
        case 1 -> sb.append(WORDS[r.nextInt(WORDS.length)]);
        case 2 -> sb.append((char) r.nextInt(0x10000)); // lone surrogates included
        case 3 -> sb.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
        default -> sb.append((char) (0x0600 + r.nextInt(256)));
      }
      if (r.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
