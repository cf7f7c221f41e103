package org.fahras.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MRR@10, nDCG@10 and Recall@100 of a run, computed as trec_eval computes {@code recip_rank} (cut at 10),
 * {@code ndcg_cut_10} and {@code recall_100}, averaged over every topic of the qrels that has a relevant document;
 * a topic the run does not answer scores 0.
 *
 * @param mrr10 mean reciprocal rank of the first relevant document in the top 10
 * @param ndcg10 mean nDCG at 10 (gain = relevance grade, discount log2(rank + 1))
 * @param recall100 mean fraction of relevant documents in the top 100
 * @param topics number of topics averaged
 */
public record Metrics(double mrr10, double ndcg10, double recall100, int topics) {

  /** Scores {@code run} against {@code qrels}. */
  public static Metrics evaluate(Qrels qrels, Run run) {
    double mrr = 0;
    double ndcg = 0;
    double recall = 0;
    int n = 0;
    for (Map.Entry<String, Map<String, Integer>> t : qrels.judgments().entrySet()) {
      Map<String, Integer> judged = t.getValue();
      long relevant = judged.values().stream().filter(r -> r > 0).count();
      if (relevant == 0) {
        continue; // trec_eval skips topics with no relevant document
      }
      n++;
      List<Run.Entry> ranked = run.results().getOrDefault(t.getKey(), List.of());
      for (int i = 0; i < Math.min(10, ranked.size()); i++) {
        if (judged.getOrDefault(ranked.get(i).docId(), 0) > 0) {
          mrr += 1.0 / (i + 1);
          break;
        }
      }
      double dcg = 0;
      for (int i = 0; i < Math.min(10, ranked.size()); i++) {
        int rel = judged.getOrDefault(ranked.get(i).docId(), 0);
        if (rel > 0) {
          dcg += rel / log2(i + 2);
        }
      }
      List<Integer> ideal = new ArrayList<>(judged.values().stream().filter(r -> r > 0).toList());
      ideal.sort(java.util.Comparator.reverseOrder());
      double idcg = 0;
      for (int i = 0; i < Math.min(10, ideal.size()); i++) {
        idcg += ideal.get(i) / log2(i + 2);
      }
      ndcg += dcg / idcg;
      int found = 0;
      for (int i = 0; i < Math.min(100, ranked.size()); i++) {
        if (judged.getOrDefault(ranked.get(i).docId(), 0) > 0) {
          found++;
        }
      }
      recall += (double) found / relevant;
    }
    return n == 0 ? new Metrics(0, 0, 0, 0) : new Metrics(mrr / n, ndcg / n, recall / n, n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** {@code MRR@10=0.6041 nDCG@10=0.6553 R@100=0.9068}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MRR@10=%.4f nDCG@10=%.4f R@100=%.4f", mrr10, ndcg10, recall100);
  }
}
