/**
 * TREC-style evaluation: topics ({@link org.fahras.eval.Topics}), relevance judgements
 * ({@link org.fahras.eval.Qrels}), runs ({@link org.fahras.eval.Run}) and their metrics
 * ({@link org.fahras.eval.Metrics}: MRR@10, nDCG@10, Recall@100).
 */
package org.fahras.eval;
