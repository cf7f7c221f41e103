package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static Run.Entry e(String id, double score) {
    return new Run.Entry(id, score);
  }

  @Test
  void handComputedExample() {
    // q1: relevant d2 (grade 1) and d5 (grade 2); run ranks d1 d2 d3 d4 d5.
    // q2: relevant d9; run misses it.  q3: relevant d7; no results at all (counts 0).
    Qrels qrels = new Qrels(Map.of(
        "q1", Map.of("d2", 1, "d5", 2, "d3", 0),
        "q2", Map.of("d9", 1),
        "q3", Map.of("d7", 1)));
    Run run = new Run(Map.of(
        "q1", List.of(e("d1", 5), e("d2", 4), e("d3", 3), e("d4", 2), e("d5", 1)),
        "q2", List.of(e("d8", 1))));
    Metrics m = Metrics.evaluate(qrels, run);
    // MRR: q1 first relevant at rank 2 -> 0.5; q2, q3 -> 0. Mean 0.5/3.
    assertEquals(0.5 / 3, m.mrr10(), 1e-12);
    // nDCG q1: DCG = 1/log2(3) + 2/log2(6); IDCG = 2/log2(2) + 1/log2(3).
    double dcg = 1 / log2(3) + 2 / log2(6);
    double idcg = 2 / log2(2) + 1 / log2(3);
    assertEquals(dcg / idcg / 3, m.ndcg10(), 1e-12);
    // Recall@100: q1 2/2, q2 0, q3 0.
    assertEquals(1.0 / 3, m.recall100(), 1e-12);
    assertEquals(3, m.topics());
    assertEquals("MRR@10=0.1667 nDCG@10=0.1780 R@100=0.3333", m.toString());
  }

  @Test
  void cutoffsApply() {
    Qrels qrels = new Qrels(Map.of("q", Map.of("rel", 1)));
    List<Run.Entry> ranked = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ranked.add(e("x" + i, 100 - i));
    }
    ranked.add(e("rel", 50)); // rank 11: outside MRR@10 and nDCG@10, inside R@100
    Metrics m = Metrics.evaluate(qrels, new Run(Map.of("q", ranked)));
    assertEquals(0, m.mrr10());
    assertEquals(0, m.ndcg10());
    assertEquals(1, m.recall100());
  }

  @Test
  void runFileIsReorderedByScoreAsTrecEvalDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path f = dir.resolve("run.trec");
    java.nio.file.Files.writeString(f, "q Q0 a 1 1.0 t\nq Q0 b 2 3.0 t\nq Q0 c 3 2.0 t\n");
    Run run = Run.read(f);
    assertEquals(List.of("b", "c", "a"), run.results().get("q").stream().map(Run.Entry::docId).toList());
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
